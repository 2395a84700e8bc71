package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.testkit.Nlp;
import org.newsgraph.testkit.TestArticles;

/** Each time expression's confidence, from what the tagger knows of it, on sentences written for these tests. */
@Tag("models")
class TimeConfidenceTest {
  private static final TimeTagger TAGGER = new TimeTagger();
  private static final LocalDate ANCHOR = LocalDate.of(2024, 6, 5);

  private static AnalyzedArticle nlp(String text) {
    return Nlp.parse(TestArticles.oneParagraph(text, ANCHOR));
  }

  private static <T> T find(String text, List<T> items, java.util.function.Function<T, TimeExpression> time,
      String covered) {
    for (T t : items) {
      if (time.apply(t).span().of(text).equals(covered)) {
        return t;
      }
    }
    fail("no time expression \"" + covered + "\"");
    return null;
  }

  @Test
  void every_time_expression_gets_a_confidence_between_0_and_1() {
    String text = "The minister said on Tuesday that the plant, closed since March 2019, would reopen next year"
        + " after three months of repairs.";
    List<TimeExpression> times = TAGGER.tag(text, nlp(text).sentences(), ANCHOR);
    assertTrue(times.size() >= 3, times.toString());
    for (TimeExpression t : times) {
      assertNotNull(t.confidence(), t.toString());
      assertTrue(t.confidence() >= 0 && t.confidence() <= 1, t.toString());
    }
  }

  @Test
  void a_date_written_out_in_full_is_surer_than_a_vague_reference() {
    String text = "Prices had risen recently, the bank said on 12 March 2024, and they may fall in the future.";
    List<TimeExpression> times = TAGGER.tag(text, nlp(text).sentences(), ANCHOR);
    double full = find(text, times, t -> t, "12 March 2024").confidence();
    double recent = find(text, times, t -> t, "recently").confidence();
    double future = find(text, times, t -> t, "the future").confidence();
    assertTrue(full > recent && full > future, full + " " + recent + " " + future);
  }

  @Test
  void a_day_later_is_known_to_be_read_off_the_date_in_focus_and_a_full_date_off_nothing() {
    String text = "The talks began on March 3, 2024. A day later they broke down.";
    List<TimeConfidence.Scored> scored = TAGGER.scored(text, nlp(text).sentences(), ANCHOR);
    TimeConfidence.Scored later = find(text, scored, TimeConfidence.Scored::time, "A day later");
    TimeConfidence.Scored full = find(text, scored, TimeConfidence.Scored::time, "March 3, 2024");
    assertEquals("2024-03-04", later.time().value());
    assertEquals(1.0, later.features().get("read_focus=true"), later.features().toString());
    assertEquals(1.0, full.features().get("read_focus=false"), full.features().toString());
    assertEquals(1.0, full.features().get("year_written=true"), full.features().toString());
    assertFalse(full.features().containsKey("year_written=false"));
  }
}
