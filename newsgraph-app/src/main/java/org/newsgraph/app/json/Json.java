package org.newsgraph.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.TimexType;

/**
 * The one JSON mapper of the API and of every {@code --json} output, and so the one place the JSON conventions are
 * set: field names in snake_case ({@code said_until}, {@code article_id}), derived from the response records'
 * component names; dates as ISO strings; our own vocabularies (stance, modality, kind, role) in lower case, codes of
 * outside standards and types (entity types, TIMEX3 types) in upper case as they are written there.
 */
public final class Json {
  /** How a record component's name becomes a JSON field name ({@code saidUntil} → {@code said_until}). */
  public static final PropertyNamingStrategies.NamingBase NAMING = new PropertyNamingStrategies.SnakeCaseStrategy();
  /** Enums written as their names; every other enum is written in lower case. */
  private static final Set<Class<?>> UPPER_CASE_ENUMS = Set.of(EntityType.class, TimexType.class);

  public static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .registerModule(new SimpleModule("newsgraph-enums").addSerializer(new EnumWriter()))
      .setPropertyNamingStrategy(NAMING)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Json() {}

  /** The JSON string an enum constant is written as. */
  public static String written(Enum<?> e) {
    return UPPER_CASE_ENUMS.contains(e.getDeclaringClass()) ? e.name() : e.name().toLowerCase(Locale.ROOT);
  }

  /**
   * A JSON object whose keys keep the order given ({@code Map.of} would let the order change from one run to the
   * next): {@code object("p", 0.5, "r", 0.4)}. For the figures of evaluations; API answers are records.
   */
  public static Map<String, Object> object(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must come in pairs");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  public static String pretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** Writes enums as {@link #written} says. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class EnumWriter extends StdSerializer<Enum> {
    EnumWriter() {
      super(Enum.class);
    }

    @Override
    public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(written(value));
    }
  }
}
