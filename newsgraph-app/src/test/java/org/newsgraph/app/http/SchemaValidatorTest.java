package org.newsgraph.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.json.Json;

/** The small validator the contract test relies on rejects what it must, so a passing contract test means something. */
class SchemaValidatorTest {
  private static final String SCHEMAS = """
      {"Answer": {"type": "object", "required": ["id", "when", "stance", "items", "note"],
        "properties": {"id": {"type": "string"}, "when": {"type": "string", "format": "date"},
          "stance": {"type": "string", "enum": ["asserted", "denied"]},
          "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
          "note": {"allOf": [{"$ref": "#/components/schemas/Item"}], "nullable": true}},
        "additionalProperties": false},
       "Item": {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}},
        "additionalProperties": false}}""";
  private static final String GOOD = """
      {"id": "a", "when": "2025-01-31", "stance": "denied", "items": [{"n": 1}, {"n": 2}], "note": null}""";

  private static List<String> problems(String json) throws Exception {
    JsonNode schemas = Json.MAPPER.readTree(SCHEMAS);
    return new SchemaValidator(schemas).problems(Json.MAPPER.readTree(json),
        Json.MAPPER.readTree("{\"$ref\": \"#/components/schemas/Answer\"}"));
  }

  @Test
  void a_value_that_fits_has_no_problems() throws Exception {
    assertEquals(List.of(), problems(GOOD));
    assertEquals(List.of(), problems(GOOD.replace("\"note\": null", "\"note\": {\"n\": 3}")));
  }

  @Test
  void every_kind_of_misfit_is_reported_with_where_it_is() throws Exception {
    assertEquals(List.of("$: required field 'note' is missing"), problems(GOOD.replace(", \"note\": null", "")));
    assertEquals(List.of("$: field 'extra' is not in the schema"),
        problems(GOOD.replace("\"note\": null", "\"note\": null, \"extra\": 1")));
    assertEquals(List.of("$.items[1].n: string where the schema wants integer"),
        problems(GOOD.replace("{\"n\": 2}", "{\"n\": \"2\"}")));
    assertEquals(List.of("$.id: null where the schema allows none"), problems(GOOD.replace("\"a\"", "null")));
    assertTrue(problems(GOOD.replace("denied", "Denied")).get(0).startsWith("$.stance: 'Denied' is not one of"));
    assertEquals(List.of("$.when: '2025-02-30' is not a date"), problems(GOOD.replace("2025-01-31", "2025-02-30")));
    List<String> inNote = problems(GOOD.replace("\"note\": null", "\"note\": {\"m\": 3}"));
    assertEquals(2, inNote.size(), inNote.toString());
    assertTrue(inNote.contains("$.note: required field 'n' is missing"), inNote.toString());
    assertTrue(inNote.contains("$.note: field 'm' is not in the schema"), inNote.toString());
  }

  @Test
  void a_schema_keyword_it_does_not_know_is_a_problem_not_a_pass() throws Exception {
    JsonNode schemas = Json.MAPPER.readTree("{}");
    List<String> p = new SchemaValidator(schemas).problems(Json.MAPPER.readTree("\"abc\""),
        Json.MAPPER.readTree("{\"type\": \"string\", \"maxLength\": 2}"));
    assertEquals(List.of("$: the schema uses 'maxLength', which this check does not know"), p);
  }
}
