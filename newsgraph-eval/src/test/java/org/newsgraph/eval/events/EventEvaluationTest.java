package org.newsgraph.eval.events;

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
import org.newsgraph.core.MiniJson;
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
    assertEquals("AIR_STRIKE", m.label(event("ASSAULT", "drone"), words("strike", Set.of())));
    assertEquals("ATTACK", m.label(event("ASSAULT", null), words("kill", Set.of("kill"))));
    assertEquals("ARMED_CLASH", m.label(event("ASSAULT", null), words("kill", Set.of("clash", "kill"))));
    assertEquals("AGREEMENT", m.label(event("AGREE", null), words("agree", Set.of())), "from the note");
    assertEquals(LabelScores.NONE, m.label(event("CONSULT", "visit"), words("visit", Set.of())));
  }

  @Test
  void acled_definitions_split_what_plover_cannot() throws IOException {
    Path csv = dir.resolve(EventEvaluation.CASE_MAPPING);
    Files.writeString(csv, String.join("\n",
        "case_label,acled_event_type,acled_sub_event_type,plover_event,plover_mode,mapping_quality,note",
        "ARMED_CLASH,B,Armed clash,ASSAULT,,direct,two-sided",
        "GOV_REGAINS_TERIT,B,Government regains territory,ASSAULT,,approximate,",
        "NON_STATE_ACTOR_OVERTAKES_TER,B,Non-state actor overtakes territory,ASSAULT,,approximate,",
        "REM_EXPLOS,E,Remote explosive/landmine/IED,ASSAULT,explosives,direct,",
        "GRENADE,E,Grenade,ASSAULT,explosives,direct,",
        "ATTACK,V,Attack,ASSAULT,,direct,one-sided",
        "PEACE_PROTEST,P,Peaceful protest,PROTEST,demo,direct,",
        "PROTEST_WITH_INTER,P,Protest with intervention,PROTEST,demo,approximate,",
        "FORCE_AGAINST_PROTEST,P,Excessive force against protesters,ASSAULT,crowd-control|firearms,approximate,",
        "VIOL_DEMONSTR,R,Violent demonstration,PROTEST,riot,direct,",
        "DISR_WEAP,S,Disrupted weapons use,COERCE,seize,approximate,"), StandardCharsets.UTF_8);
    CaseMapping m = CaseMapping.read(csv);
    assertEquals("GRENADE", m.label(event("ASSAULT", "explosives"), words("explode", Set.of("grenade", "explode"))));
    assertEquals("REM_EXPLOS", m.label(event("ASSAULT", "explosives"), words("explode", Set.of("landmine"))));
    Set<String> retook = Set.of("army", "retake", "town");
    assertEquals("GOV_REGAINS_TERIT", m.label(event("ASSAULT", null),
        new AcledRules.Words("retake", retook, retook, Set.of("MIL"))));
    assertEquals("NON_STATE_ACTOR_OVERTAKES_TER", m.label(event("COERCE", "seize"),
        new AcledRules.Words("seize", Set.of("rebel", "seize", "city"), Set.of("seize", "city"), Set.of("REB"))));
    assertEquals("ATTACK", m.label(event("ASSAULT", null), new AcledRules.Words("attack",
        Set.of("militant", "attack", "village"), Set.of("attack", "village"), Set.of("REB"))),
        "the attackers' own weapons do not make a battle");
    assertEquals("ARMED_CLASH", m.label(event("ASSAULT", null), words("attack", Set.of("attack", "checkpoint"))));
    assertEquals("DISR_WEAP", m.label(event("COERCE", "seize"), words("seize", Set.of("seize", "ammunition"))));
    assertEquals(LabelScores.NONE, m.label(event("COERCE", "seize"), words("seize", Set.of("seize", "cocaine"))));
    assertEquals("PEACE_PROTEST", m.label(event("PROTEST", "demo"), words("march", Set.of("march", "protester"))));
    assertEquals("PROTEST_WITH_INTER", m.label(event("PROTEST", "demo"),
        words("march", Set.of("march", "police", "tear", "gas", "disperse"))));
    assertEquals("FORCE_AGAINST_PROTEST", m.label(event("PROTEST", "demo"),
        words("rally", Set.of("rally", "police", "kill"))));
    assertEquals("VIOL_DEMONSTR", m.label(event("PROTEST", "demo"), words("protest", Set.of("protest", "stone"))));
    assertEquals("ATTACK", m.label(event("ASSAULT", "firearms"), new AcledRules.Words("fire",
        Set.of("gunman", "fire", "teahouse"), Set.of("fire", "teahouse"), Set.of())),
        "shots with no protest in sight are no force against protesters");
  }

  private static AcledRules.Words words(String trigger, Set<String> lemmas) {
    return new AcledRules.Words(trigger, lemmas, lemmas, Set.of());
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
    assertEquals(m.toString(), MiniJson.parse(JsonText.write(m)).toString());
    assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\"a\": }"));
  }
}
