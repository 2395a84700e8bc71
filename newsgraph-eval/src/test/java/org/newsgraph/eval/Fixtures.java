package org.newsgraph.eval;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Function;
import org.newsgraph.app.cli.Main;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.eval.harness.Analyses;

/** What the evaluation tests share: the real analysis loaded once per JVM, and the command line run in-process. */
public final class Fixtures {
  private static Function<Article, AnalyzedArticle> upToTimes;
  private static Function<Article, AnalyzedArticle> nlp;

  private Fixtures() {}

  /** CoreNLP, entities and times at the default settings, as ingest runs them. */
  public static synchronized Function<Article, AnalyzedArticle> upToTimes() {
    if (upToTimes == null) {
      upToTimes = Analyses.upToTimes(NewsgraphConfig.defaults(), null);
    }
    return upToTimes;
  }

  /** CoreNLP alone at the default settings. */
  public static synchronized Function<Article, AnalyzedArticle> nlp() {
    if (nlp == null) {
      nlp = Analyses.nlp(NewsgraphConfig.defaults(), null);
    }
    return nlp;
  }

  /** What a user sees of one command. */
  public record Run(int exit, String out, String err) {}

  /** Runs the real command line in-process, with the eval, bench and train commands on the class path. */
  public static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** The third-party data folder ({@code -Dnewsgraph.shared}, set by the build). */
  public static Path shared(String first, String... more) {
    return Path.of(System.getProperty("newsgraph.shared", "../../shared"), "data").resolve(Path.of(first, more));
  }
}
