package org.newsgraph.app.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Schemas (in the dialect of OpenAPI 3.0) of the response records, derived from the records themselves as
 * {@link Json} writes them: a record is an object whose properties are its components, named as {@link Json#NAMING}
 * names them, all required (those marked {@code @JsonInclude(NON_NULL)} aside, which are left out when null) and
 * none other allowed; a component marked {@link Nullable} may be null; enums list the strings {@link Json} writes.
 * Records become named schemas ({@link #components()}) that the others refer to.
 */
public final class JsonSchemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final String refPrefix;
  private final Map<String, ObjectNode> components = new TreeMap<>();
  private final Map<String, Class<?>> owners = new HashMap<>();

  /** @param refPrefix where the named schemas live: {@code #/components/schemas/} in an OpenAPI document */
  public JsonSchemas(String refPrefix) {
    this.refPrefix = refPrefix;
  }

  /** The named schemas made so far, by name. */
  public Map<String, ObjectNode> components() {
    return components;
  }

  /** The schema of a value of {@code type}: inline for plain values and lists, a reference for a record. */
  public ObjectNode schemaOf(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)) {
      ObjectNode s = NODES.objectNode().put("type", "array");
      s.set("items", schemaOf(p.getActualTypeArguments()[0]));
      return s;
    }
    if (!(type instanceof Class<?> c)) {
      throw new IllegalArgumentException("no JSON schema for " + type);
    }
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      return NODES.objectNode().put("type", "integer");
    }
    if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
      return NODES.objectNode().put("type", "number");
    }
    if (c == boolean.class || c == Boolean.class) {
      return NODES.objectNode().put("type", "boolean");
    }
    if (c == String.class) {
      return NODES.objectNode().put("type", "string");
    }
    if (c == LocalDate.class) {
      return NODES.objectNode().put("type", "string").put("format", "date");
    }
    if (c == Instant.class) {
      return NODES.objectNode().put("type", "string").put("format", "date-time");
    }
    if (c.isEnum()) {
      ObjectNode s = NODES.objectNode().put("type", "string");
      ArrayNode values = s.putArray("enum");
      for (Object constant : c.getEnumConstants()) {
        values.add(Json.written((Enum<?>) constant));
      }
      return s;
    }
    if (JsonNode.class.isAssignableFrom(c)) {
      return NODES.objectNode().put("type", "object");
    }
    if (c.isRecord()) {
      return NODES.objectNode().put("$ref", refPrefix + define(c));
    }
    throw new IllegalArgumentException("no JSON schema for " + c.getName() + ": answers are records");
  }

  /** Makes the named schema of a record (once); its name is the record's simple name, which must be unique. */
  private String define(Class<?> record) {
    String name = record.getSimpleName();
    Class<?> owner = owners.putIfAbsent(name, record);
    if (owner != null) {
      if (owner != record) {
        throw new IllegalStateException("two answer records are called " + name + ": " + owner.getName() + ", "
            + record.getName());
      }
      return name;
    }
    ObjectNode s = NODES.objectNode().put("type", "object");
    components.put(name, s); // before the components, so that a record may refer to itself
    ArrayNode required = s.putArray("required");
    ObjectNode properties = s.putObject("properties");
    for (RecordComponent rc : record.getRecordComponents()) {
      String field = Json.NAMING.translate(rc.getName());
      ObjectNode p = schemaOf(rc.getGenericType());
      if (rc.isAnnotationPresent(Nullable.class)) {
        p = nullable(p);
      }
      properties.set(field, p);
      JsonInclude include = rc.getAccessor().getAnnotation(JsonInclude.class);
      if (include == null || include.value() == JsonInclude.Include.ALWAYS) {
        required.add(field);
      }
    }
    s.put("additionalProperties", false);
    return name;
  }

  /** The schema that also allows null (OpenAPI 3.0 ignores the siblings of a reference, hence the allOf). */
  private static ObjectNode nullable(ObjectNode s) {
    if (s.has("$ref")) {
      ObjectNode wrapped = NODES.objectNode();
      wrapped.putArray("allOf").add(s);
      s = wrapped;
    }
    return s.put("nullable", true);
  }
}
