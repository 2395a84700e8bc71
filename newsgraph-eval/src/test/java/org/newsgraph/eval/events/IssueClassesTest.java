package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The screen of {@code eval uncoded} for the classes of text issue 16 wants no event from. */
class IssueClassesTest {
  private static UncodedCheck.Found found(String kind, String type, String lemma, String sentence) {
    return new UncodedCheck.Found("doc", kind, type, lemma, lemma, "asserted", 0.7, "", "", sentence);
  }

  @Test
  void each_class_is_screened_by_its_words_or_by_a_sports_article() {
    assertEquals("bond yield", IssueClasses.candidate(found("reuters business", "CONCEDE", "price",
        "The notes were priced at 99.875 to yield 8.386 pct.")));
    assertEquals("offer", IssueClasses.candidate(found("bbc tech", "AGREE", "offer",
        "The new handset offers more power.")));
    assertEquals("product release", IssueClasses.candidate(found("bbc tech", "RETREAT", "release",
        "Sony released the console in Japan.")));
    assertEquals("sports result or fixture", IssueClasses.candidate(found("bbc business", "ASSAULT", "beat",
        "Leeds beat Derby 2-0.")));
    assertEquals("sports result or fixture", IssueClasses.candidate(found("bbc sport", "ACCUSE", "charge",
        "The sprinters were charged after missing drugs tests.")));
  }

  @Test
  void other_events_are_no_candidate_and_every_class_is_listed_even_when_empty() {
    UncodedCheck.Found arrest = found("bbc business", "COERCE", "arrest", "Police arrested the chief executive.");
    assertNull(IssueClasses.candidate(arrest));
    assertEquals(IssueClasses.CLASSES, List.copyOf(IssueClasses.candidates(List.of(arrest)).keySet()));
    assertEquals(List.of(), IssueClasses.candidates(List.of(arrest)).get("offer"));
  }
}
