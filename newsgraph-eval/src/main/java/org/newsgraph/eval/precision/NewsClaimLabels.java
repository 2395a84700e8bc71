package org.newsgraph.eval.precision;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Claim;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.extract.claims.ClaimConfidence;
import org.newsgraph.extract.claims.ClaimConfidenceTrainer;

/**
 * The standard stage's claims on the labelled real news of one split, each judged fully right or not by the rules of
 * {@code eval precision} ({@link ClaimJudge}), as examples for {@link ClaimConfidenceTrainer}; key "news:" + the
 * document. Only the dev split may be trained on.
 */
public final class NewsClaimLabels {
  /** The prefix of the keys of real-news examples. */
  public static final String KEY_PREFIX = "news:";

  private NewsClaimLabels() {}

  public static List<ClaimConfidenceTrainer.Example> examples(PrecisionEvaluation run, Path gold, String split,
      Consumer<String> log) throws IOException {
    List<ClaimConfidenceTrainer.Example> out = new ArrayList<>();
    AttributionStage stage = new AttributionStage();
    for (GoldArticle g : GoldFile.read(gold)) {
      if (!g.split().equals(split)) {
        continue;
      }
      Article a;
      try {
        a = run.documents().read(g.doc());
      } catch (IOException | RuntimeException e) {
        log.accept("skipped " + g.doc() + ": " + e.getMessage());
        continue;
      }
      GoldArticle anchored = Anchoring.anchor(g, a.text()).article();
      AnalyzedArticle analysed = run.analyse(a);
      List<ClaimConfidence.Scored> scored = stage.scored(analysed);
      List<Claim> claims = scored.stream().map(ClaimConfidence.Scored::claim).toList();
      List<ClaimJudge.Verdict> verdicts = ClaimJudge.judge(analysed.text(), anchored.claims(), claims).verdicts();
      for (int i = 0; i < scored.size(); i++) {
        out.add(new ClaimConfidenceTrainer.Example(KEY_PREFIX + g.doc(), verdicts.get(i).right(),
            scored.get(i).features()));
      }
    }
    return out;
  }
}
