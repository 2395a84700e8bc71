package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Stage;
import org.newsgraph.core.Work;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.events.EventStage;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.testkit.Nlp;
import org.newsgraph.testkit.RepeatedArticles;
import org.newsgraph.testkit.SampleArticles;

/**
 * Every extraction stage does work linear in the document: on the sample repeated twice as often it takes about
 * twice the steps ({@link Work#count}: characters its patterns read, spans it compares, tokens it visits), not four
 * times. Steps, not seconds, so that a busy machine cannot fail it. A document of 16 copies of the sample is some
 * 250,000 characters: quadratic work (every candidate against every other, a scan of the whole text per match) would
 * show as a growth near 4.
 */
@Tag("models")
class LinearWorkTest {
  /** Doubling the input may cost a little more than double (sorting: n log n), never near four times. */
  private static final double MOST = 2.35;
  private static final double LEAST = 1.7;
  private static final int COPIES = 16;
  private static List<AnalyzedArticle> parsed;

  @BeforeAll
  static void parse() {
    parsed = SampleArticles.articles().stream().map(Nlp::parse).toList();
  }

  private static final Stage ENTITIES = new EntityLinkingStage();
  private static final Stage TIMES = new TimeTaggingStage();
  private static final Stage CLAIMS = new AttributionStage();
  private static final Stage EVENTS = new EventStage();

  /** Steps of {@code stage} on {@code copies} copies over steps on half as many; the stages before it run uncounted. */
  private static double growth(Stage stage, Stage... before) {
    return (double) steps(COPIES, stage, before) / steps(COPIES / 2, stage, before);
  }

  private static long steps(int copies, Stage stage, Stage... before) {
    AnalyzedArticle in = RepeatedArticles.of(parsed, copies);
    for (Stage s : before) {
      in = s.apply(in);
    }
    AnalyzedArticle ready = in;
    return Work.count(() -> stage.apply(ready));
  }

  private static void linear(String what, double growth) {
    System.out.printf("%s: steps x %.2f when the document doubles%n", what, growth);
    assertTrue(growth >= LEAST && growth <= MOST, what + ": doubling the document multiplied the steps by "
        + String.format("%.2f", growth) + " (linear work: about 2, between " + LEAST + " and " + MOST + ")");
  }

  @Test
  void the_time_tagger_does_twice_the_work_on_twice_the_text() {
    linear("time tagger", growth(TIMES, ENTITIES));
  }

  @Test
  void the_attribution_rules_do_twice_the_work_on_twice_the_text() {
    linear("attribution", growth(CLAIMS, ENTITIES, TIMES));
  }

  @Test
  void the_event_rules_do_twice_the_work_on_twice_the_text() {
    linear("events", growth(EVENTS, ENTITIES, TIMES, CLAIMS));
  }

  @Test
  void entity_linking_does_twice_the_work_on_twice_the_text() {
    linear("entity linking", growth(ENTITIES));
  }
}
