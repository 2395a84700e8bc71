package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.Event;
import org.newsgraph.core.Span;
import org.newsgraph.extract.events.export.JsonText;

/** The scoring arithmetic, the crosswalk read backwards, format detection and the JSON round trip. */
class EventEvaluationTest {
  @TempDir Path dir;

  @Test
  void label_scores_count_a_missing_answer_against_recall_only() {
    LabelScores s = new LabelScores();
    s.add("A", "A");
    s.add("A", "B");
    s.add("B", "B");
    s.add("B", LabelScores.NONE);
    assertEquals(0.5, s.accuracy(), 1e-9);
    // micro: 2 right of 3 answered, of 4 items: P 2/3, R 1/2
    assertEquals(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), s.microF1(), 1e-9);
    // A: P 1/1 R 1/2 -> 2/3; B: P 1/2 R 1/2 -> 1/2; weighted by support 2 and 2
    assertEquals((2.0 / 3 + 0.5) / 2, s.weightedF1(List.of("A", "B")), 1e-9);
    assertEquals(2.0 / 3, s.weightedF1(List.of("A")), 1e-9);
  }

  @Test
  void the_crosswalk_maps_type_and_mode_back_to_a_label() throws IOException {
    Path csv = dir.resolve(EventEvaluation.CASE_MAPPING);
    Files.writeString(csv, String.join("\n",
        "case_label,acled_event_type,acled_sub_event_type,plover_event,plover_mode,mapping_quality,note",
        "ARMED_CLASH,B,Armed clash,ASSAULT,,direct,two-sided",
        "AIR_STRIKE,E,Air strike,ASSAULT,aerial|drone,direct,",
        "ATTACK,V,Attack,ASSAULT,,direct,one-sided",
        "AGREEMENT,S,Agreement,SUPPORT,,ambiguous,signed deals=SUPPORT; promises=AGREE",
        "OTHER,S,Other,,,none,"), StandardCharsets.UTF_8);
    CaseMapping m = CaseMapping.read(csv);
    assertEquals(List.of("ARMED_CLASH", "AIR_STRIKE", "ATTACK", "AGREEMENT"), m.covered());
    assertEquals("AIR_STRIKE", m.label(event("ASSAULT", "drone"), "strike", Set.of()));
    assertEquals("ATTACK", m.label(event("ASSAULT", null), "kill", Set.of("kill")));
    assertEquals("ARMED_CLASH", m.label(event("ASSAULT", null), "kill", Set.of("clash", "kill")));
    assertEquals("AGREEMENT", m.label(event("AGREE", null), "agree", Set.of()), "from the note");
    assertEquals(LabelScores.NONE, m.label(event("CONSULT", "visit"), "visit", Set.of()));
  }

  private static Event event(String type, String mode) {
    return new Event("e1", type, mode, new Span(0, 1), List.of(), List.of(), null, null, null, null, false,
        Event.Modality.ASSERTED, null, 0.5, 0);
  }

  @Test
  void the_format_is_read_from_the_content() throws IOException {
    Path jsonl = dir.resolve("g.txt");
    Files.writeString(jsonl, "\n{\"id\": \"x\"}\n");
    assertEquals(EventEvaluation.Format.PLOVER_GSR, EventEvaluation.detect(jsonl));
    Path tsv = dir.resolve("g.dat");
    Files.writeString(tsv, "id\tEventSnippet\tSubType\n1\tx\tOTHER\n");
    assertEquals(EventEvaluation.Format.CASE2021, EventEvaluation.detect(tsv));
    Path other = dir.resolve("o.tsv");
    Files.writeString(other, "something else\n");
    assertThrows(IllegalArgumentException.class, () -> EventEvaluation.detect(other));
  }

  @Test
  void json_written_is_json_read() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", "a\"b\\c\n");
    m.put("events", List.of(Map.of("event", "AGREE"), List.of(1.5, true)));
    m.put("none", null);
    assertEquals(m.toString(), JsonReader.parse(JsonText.write(m)).toString());
    assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{\"a\": }"));
  }
}
