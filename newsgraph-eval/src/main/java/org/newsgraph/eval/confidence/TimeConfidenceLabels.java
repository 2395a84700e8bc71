package org.newsgraph.eval.confidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.eval.temporal.TempEvalScorer;
import org.newsgraph.eval.temporal.TemporalEvaluation;
import org.newsgraph.eval.temporal.TimeMlDocument;
import org.newsgraph.eval.temporal.TimeMlDocument.Timex;
import org.newsgraph.eval.temporal.TimeMlException;
import org.newsgraph.extract.claims.ClaimConfidenceTrainer;
import org.newsgraph.extract.time.TimeConfidence;
import org.newsgraph.extract.time.TimeTagger;

/**
 * The tagger's time expressions on TimeML files, each labelled right or wrong against the gold TIMEX3, as examples
 * for {@link ClaimConfidenceTrainer}: an expression is right when the TempEval-3 scorer pairs it with a gold TIMEX3
 * (its relaxed match: the extents overlap, pairs one to one, identical extents first) and the two values are the
 * same. Overlap, not the exact extent, because what a time is used for is its value: "last week" against gold "last
 * week's" is as useful; an extent that overlaps a gold TIMEX3 but has another value is wrong.
 */
public final class TimeConfidenceLabels {
  private TimeConfidenceLabels() {}

  /** The labelled expressions of every file, in file order (key: the file's name). */
  public static List<ClaimConfidenceTrainer.Example> examples(List<Path> files,
      Function<Article, AnalyzedArticle> nlp, Consumer<String> log) {
    List<ClaimConfidenceTrainer.Example> out = new ArrayList<>();
    TimeTagger tagger = new TimeTagger();
    int done = 0;
    for (Path f : files) {
      TimeMlDocument doc;
      try {
        doc = TimeMlDocument.read(f);
      } catch (TimeMlException e) {
        log.accept("skipped " + f.getFileName() + ": " + e.getMessage());
        continue;
      }
      Article article = TemporalEvaluation.article(doc);
      AnalyzedArticle a = nlp.apply(article);
      List<TimeConfidence.Scored> scored = tagger.scored(a.text(), a.sentences(), article.anchorDate());
      out.addAll(label(f.getFileName().toString(), doc.timexes(), scored));
      if (++done % 50 == 0) {
        log.accept(done + " of " + files.size() + " files");
      }
    }
    return out;
  }

  /** Each expression of {@code scored} labelled against {@code gold} (see the class comment). */
  static List<ClaimConfidenceTrainer.Example> label(String key, List<Timex> gold,
      List<TimeConfidence.Scored> scored) {
    List<Timex> predicted = scored.stream().map(s -> Timex.of(s.time())).toList();
    List<ClaimConfidenceTrainer.Example> out = new ArrayList<>();
    boolean[] right = new boolean[predicted.size()];
    for (TempEvalScorer.Pair p : new TempEvalScorer().add(gold, predicted)) {
      if (p.predicted() == null || p.gold() == null) {
        continue;
      }
      for (int i = 0; i < predicted.size(); i++) {
        if (predicted.get(i) == p.predicted()) {
          right[i] = value(p.gold()).equals(value(p.predicted()));
        }
      }
    }
    for (int i = 0; i < scored.size(); i++) {
      out.add(new ClaimConfidenceTrainer.Example(key, right[i], scored.get(i).features()));
    }
    return out;
  }

  /** The value as the scorer compares it (white space around it ignored). */
  private static String value(Timex t) {
    return t.value() == null ? "" : t.value().strip();
  }
}
