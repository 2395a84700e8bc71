package org.newsgraph.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrases and their counts follow conlleval's rules, whatever the tag scheme. */
class ConllScorerTest {
  private static List<ConllScorer.Phrase> phrases(String tags) {
    return ConllScorer.phrases(List.of(tags.split(" ")));
  }

  @Test
  void iob1_iob2_and_iobes_give_the_same_phrases() {
    List<ConllScorer.Phrase> expected = List.of(new ConllScorer.Phrase(0, 1, "PER"),
        new ConllScorer.Phrase(2, 2, "PER"), new ConllScorer.Phrase(4, 4, "LOC"));
    assertEquals(expected, phrases("I-PER I-PER B-PER O I-LOC"));
    assertEquals(expected, phrases("B-PER I-PER B-PER O B-LOC"));
    assertEquals(expected, phrases("B-PER E-PER S-PER O S-LOC"));
  }

  @Test
  void a_change_of_type_ends_a_phrase_and_an_inside_tag_after_o_starts_one() {
    assertEquals(List.of(new ConllScorer.Phrase(0, 0, "ORG"), new ConllScorer.Phrase(1, 2, "LOC"),
        new ConllScorer.Phrase(4, 4, "MISC")), phrases("I-ORG I-LOC I-LOC O I-MISC"));
  }

  @Test
  void a_phrase_counts_only_with_the_same_first_token_last_token_and_type() {
    ConllScorer s = new ConllScorer();
    s.add(List.of("B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"),
        List.of("B-PER", "I-PER", "O", "B-LOC", "I-LOC", "B-MISC"));
    ConllScorer.Figures all = s.overall();
    assertEquals(1, all.correct()); // the person; the place runs one token long, the organisation has a wrong type
    assertEquals(3, all.predicted());
    assertEquals(3, all.gold());
    assertEquals(1.0 / 3, all.f1(), 1e-9);
    assertEquals(List.of("LOC", "MISC", "ORG", "PER"), s.byType().stream().map(ConllScorer.Figures::type).toList());
    assertEquals(1.0, s.byType().get(3).f1(), 1e-9);
    assertEquals(4.0 / 6, s.tokenAccuracy(), 1e-9);
  }

  @Test
  void tag_lists_of_different_lengths_are_refused() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new ConllScorer().add(List.of("O"), List.of("O", "O")));
  }
}
