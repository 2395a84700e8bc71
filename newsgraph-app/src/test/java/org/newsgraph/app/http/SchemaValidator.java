package org.newsgraph.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks a JSON value against a schema in the subset of JSON Schema (OpenAPI 3.0 dialect) that the API's
 * description uses: {@code type}, {@code format} (date, date-time), {@code enum}, {@code required},
 * {@code properties}, {@code additionalProperties}, {@code items}, {@code nullable}, {@code $ref} and
 * {@code allOf}. A keyword outside that subset is a problem too, so that the document cannot grow a rule this
 * check silently skips.
 */
final class SchemaValidator {
  private static final Set<String> KEYWORDS = Set.of("type", "format", "enum", "required", "properties",
      "additionalProperties", "items", "nullable", "$ref", "allOf", "description");
  private static final String REF = "#/components/schemas/";
  private final JsonNode schemas;

  /** @param schemas the named schemas ({@code components.schemas} of an OpenAPI document) */
  SchemaValidator(JsonNode schemas) {
    this.schemas = schemas;
  }

  /** Every way {@code value} falls short of {@code schema}, each with the JSON path to it; empty when it fits. */
  List<String> problems(JsonNode value, JsonNode schema) {
    List<String> out = new ArrayList<>();
    check(value, schema, "$", out);
    return out;
  }

  private void check(JsonNode value, JsonNode schema, String at, List<String> out) {
    for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYWORDS.contains(k)) {
        out.add(at + ": the schema uses '" + k + "', which this check does not know");
      }
    }
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        out.add(at + ": null where the schema allows none");
      }
      return;
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      JsonNode target = ref.startsWith(REF) ? schemas.get(ref.substring(REF.length())) : null;
      if (target == null) {
        out.add(at + ": unknown reference " + ref);
      } else {
        check(value, target, at, out);
      }
    }
    for (JsonNode part : schema.path("allOf")) {
      check(value, part, at, out);
    }
    if (schema.has("type")) {
      checkType(value, schema, at, out);
    }
  }

  private void checkType(JsonNode value, JsonNode schema, String at, List<String> out) {
    String type = schema.get("type").asText();
    boolean fits = switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      default -> {
        out.add(at + ": unknown type " + type);
        yield true;
      }
    };
    if (!fits) {
      out.add(at + ": " + value.getNodeType().name().toLowerCase() + " where the schema wants " + type);
      return;
    }
    switch (type) {
      case "object" -> checkObject(value, schema, at, out);
      case "array" -> {
        int i = 0;
        for (JsonNode item : value) {
          check(item, schema.get("items"), at + "[" + i++ + "]", out);
        }
      }
      case "string" -> checkString(value.asText(), schema, at, out);
      default -> { }
    }
  }

  private void checkObject(JsonNode value, JsonNode schema, String at, List<String> out) {
    for (JsonNode name : schema.path("required")) {
      if (!value.has(name.asText())) {
        out.add(at + ": required field '" + name.asText() + "' is missing");
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (properties.has(field)) {
        check(value.get(field), properties.get(field), at + "." + field, out);
      } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
        out.add(at + ": field '" + field + "' is not in the schema");
      } else if (additional != null && additional.isObject()) {
        check(value.get(field), additional, at + "." + field, out);
      }
    }
  }

  private static void checkString(String s, JsonNode schema, String at, List<String> out) {
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode v : schema.get("enum")) {
        listed |= v.asText().equals(s);
      }
      if (!listed) {
        out.add(at + ": '" + s + "' is not one of " + schema.get("enum"));
      }
    }
    String format = schema.path("format").asText("");
    try {
      if (format.equals("date")) {
        LocalDate.parse(s);
      } else if (format.equals("date-time")) {
        Instant.parse(s);
      } else if (!format.isEmpty()) {
        out.add(at + ": unknown format " + format);
      }
    } catch (DateTimeParseException e) {
      out.add(at + ": '" + s + "' is not a " + format);
    }
  }
}
