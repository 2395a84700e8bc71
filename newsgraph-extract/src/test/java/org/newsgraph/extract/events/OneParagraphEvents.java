package org.newsgraph.extract.events;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event;
import org.newsgraph.extract.Analysis;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.testkit.TestArticles;

/** The event stage over one paragraph of text, for the tests of event classes written as sentences. */
final class OneParagraphEvents {
  private static final LocalDate DAY = LocalDate.of(2019, 5, 14);
  private static final EventStage STAGE = new EventStage();
  private static final AttributionStage CLAIMS = new AttributionStage();

  private OneParagraphEvents() {}

  /** {@code text} as one paragraph published on 14 May 2019, analysed up to and with its events. */
  static AnalyzedArticle events(String text) {
    return STAGE.apply(Analysis.upToTimes(TestArticles.oneParagraph(text, DAY)));
  }

  /** The same with the claims stage before the events, as the pipeline runs them. */
  static AnalyzedArticle eventsWithClaims(String text) {
    return STAGE.apply(CLAIMS.apply(Analysis.upToTimes(TestArticles.oneParagraph(text, DAY))));
  }

  /** Each event as one line (type, trigger, participants, modality), for failure messages. */
  static List<String> lines(AnalyzedArticle a) {
    return a.events().stream().map(e -> EventFormat.line(e, a.text())).toList();
  }

  /** The event whose trigger reads {@code trigger}; fails with the article's events when there is none. */
  static Event byTrigger(AnalyzedArticle a, String trigger) {
    return a.events().stream().filter(e -> e.trigger().of(a.text()).equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event '" + trigger + "': " + lines(a)));
  }

  /** Whether one of {@code args} is linked to the entity {@code id}. */
  static boolean linked(List<Event.Argument> args, String id) {
    return args.stream().anyMatch(x -> id.equals(x.entityId()));
  }
}
