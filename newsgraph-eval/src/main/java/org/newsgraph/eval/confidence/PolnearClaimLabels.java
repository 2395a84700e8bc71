package org.newsgraph.eval.confidence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Span;
import org.newsgraph.eval.attribution.PolnearCorpus;
import org.newsgraph.eval.precision.Words;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.extract.claims.BratAttribution;
import org.newsgraph.extract.claims.ClaimConfidence;
import org.newsgraph.extract.claims.ClaimConfidenceTrainer;
import org.newsgraph.extract.coref.Coreference;

/**
 * The stage's claims on a PolNeAR split, each labelled right or wrong against the gold attributions, as examples for
 * {@link ClaimConfidenceTrainer}. A claim is right when a gold attribution's cue overlaps its cue with word F1 at
 * least 0.5, their contents have word F1 at least 0.8, and the source is right: none where the gold has none, else
 * words that overlap the gold's source and are not shown as "unnamed source" (a pronoun coreference left unresolved
 * names no one, though the text does). The same bars as the real-news judge of {@code eval precision}.
 */
public final class PolnearClaimLabels {
  static final double CUE_F1 = 0.5;
  static final double CONTENT_F1 = 0.8;

  private PolnearClaimLabels() {}

  /** The labelled claims of every article of {@code splitDir}, in file order (key: the file's base name). */
  public static List<ClaimConfidenceTrainer.Example> examples(Path splitDir,
      Function<Article, AnalyzedArticle> upToTimes, AttributionStage stage, Consumer<String> log) throws IOException {
    List<ClaimConfidenceTrainer.Example> out = new ArrayList<>();
    List<Path> texts = PolnearCorpus.texts(splitDir);
    int done = 0;
    for (Path t : texts) {
      Article article = PolnearCorpus.article(t);
      List<BratAttribution> gold;
      try {
        gold = PolnearCorpus.goldAttributions(t, article);
      } catch (IllegalArgumentException e) {
        log.accept("skipped " + t.getFileName() + ": " + e.getMessage());
        continue;
      }
      AnalyzedArticle a = upToTimes.apply(article);
      for (ClaimConfidence.Scored s : stage.scored(a)) {
        if (s.claim().nested()) {
          continue; // PolNeAR marks no nested attribution: such a claim has no gold to be right against
        }
        out.add(new ClaimConfidenceTrainer.Example(PolnearCorpus.baseName(t), right(a.text(), s.claim(), gold),
            s.features()));
      }
      if (++done % 100 == 0) {
        log.accept(done + " of " + texts.size() + " articles of " + splitDir.getFileName());
      }
    }
    return out;
  }

  /** Whether {@code c} matches a gold attribution on cue, content and source (see the class comment). */
  static boolean right(String text, Claim c, List<BratAttribution> gold) {
    Set<Integer> content = Words.of(text, c.content());
    Set<Integer> cue = Words.of(text, List.of(c.cue()));
    for (BratAttribution g : gold) {
      if (g.cue().stream().noneMatch(x -> x.overlaps(c.cue()))) {
        continue;
      }
      Set<Integer> gCue = Words.of(text, g.cue());
      boolean cueRight = gCue.isEmpty() || cue.isEmpty() || Words.f1(cue, gCue) >= CUE_F1;
      boolean contentRight = Words.f1(content, Words.of(text, g.content())) >= CONTENT_F1;
      if (cueRight && contentRight && sourceRight(text, c, g.source())) {
        return true;
      }
    }
    return false;
  }

  private static boolean sourceRight(String text, Claim c, List<Span> gold) {
    if (gold.isEmpty()) {
      return c.source() == null;
    }
    if (c.source() == null || gold.stream().noneMatch(g -> g.overlaps(c.source()))) {
      return false;
    }
    return c.sourceEntityId() != null || !Coreference.namesNoOne(c.source().of(text));
  }
}
