package org.newsgraph.extract.time;

import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.extract.NlpCache;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.nlp.CoreNlpStage;

/**
 * Runs the TempEval-3 evaluation on a whole folder from the command line (test classpath):
 * {@code java -cp … org.newsgraph.extract.time.TempEvalMain GOLD_DIR [--out DIR] [--errors FILE] [--cache DIR]}.
 * {@code --cache} keeps the NLP output between runs (for tuning only).
 */
public final class TempEvalMain {
  private TempEvalMain() {}

  public static void main(String[] args) throws Exception {
    Path gold = Path.of(args[0]);
    Path out = null;
    Path errors = null;
    Path cache = null;
    for (int i = 1; i < args.length; i += 2) {
      switch (args[i]) {
        case "--out":
          out = Path.of(args[i + 1]);
          break;
        case "--errors":
          errors = Path.of(args[i + 1]);
          break;
        case "--cache":
          cache = Path.of(args[i + 1]);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    CoreNlpStage stage = new CoreNlpStage(NewsgraphConfig.defaults().nlp());
    Function<Article, AnalyzedArticle> nlp = a -> stage.apply(AnalyzedArticle.of(a));
    if (cache != null) {
      nlp = new NlpCache(nlp, cache);
    }
    TemporalEvaluation.Report r = new TemporalEvaluation(nlp).run(gold, out, System.err::println);
    System.out.print(r.summary());
    if (errors != null) {
      Files.write(errors, r.errors(), StandardCharsets.UTF_8);
    }
  }
}
