package org.newsgraph.extract.time;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Stage;
import org.newsgraph.core.TimeExpression;

/** The time tagger as a pipeline stage: anchors on the article's own date ({@code Article#anchorDate()}). */
public final class TimeTaggingStage implements Stage {
  public static final String ID = "time.rules.v8";

  private final TimeTagger tagger = new TimeTagger();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<Facet> requires() {
    return Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS, Facet.DEPENDENCIES);
  }

  @Override
  public Set<Facet> provides() {
    return Set.of(Facet.TIMES);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    List<TimeExpression> times = tagger.tag(in.text(), in.sentences(), in.article().anchorDate()).stream()
        .sorted(Comparator.comparing(TimeExpression::span)).toList();
    return in.withTimes(times, id());
  }
}
