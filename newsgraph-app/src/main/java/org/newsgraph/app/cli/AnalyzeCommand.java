package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.Answers.AnalyzeAnswer;
import org.newsgraph.app.json.ArticleView;
import org.newsgraph.app.json.Json;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.app.service.Articles;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Entity;
import org.newsgraph.core.ErrorPolicy;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.extract.claims.BratWriter;
import org.newsgraph.extract.time.TimeMlWriter;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph analyze FILE}: analyse without storing and print the result. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse files without storing them and print what was found.")
final class AnalyzeCommand implements Callable<Integer> {
  enum Format { text, json, timeml, brat }

  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (text page dumps).")
  List<Path> files;

  @Option(names = "--json", description = "Print JSON (the same as --format json).")
  boolean json;

  @Option(names = "--format", description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
  Format format = Format.text;

  @Option(names = "--out", paramLabel = "DIR", description = "With timeml or brat: write one file per article"
      + " here (brat: X.txt beside X.ann, so the offsets point into that text).")
  Path outDir;

  @Option(names = "--dct", paramLabel = "YYYY-MM-DD",
      description = "Document creation date to anchor relative dates on, when the article has none.")
  LocalDate dct;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    common.logging(null);
    NewsgraphConfig cfg = common.config();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReadResult read = Articles.read(files, ReadOptions.of(cfg.ingest(), null, null));
    read.problems().forEach(p -> err.println("failed: " + p.oneLine()));
    List<Article> articles = new ArrayList<>();
    for (Article a : read.articles()) {
      articles.add(dct != null && a.anchorDate() == null ? withDate(a, dct) : a);
    }
    Pipeline.BatchResult result = Pipeline.applyAll(AnalysisPipeline.standard(cfg), articles,
        ErrorPolicy.SKIP_AND_RECORD);
    result.errors().forEach(e -> err.println("failed: " + e.source() + ": analysis failed in " + e.stage() + ": "
        + e.message()));
    Format f = json ? Format.json : format;
    switch (f) {
      case json -> out.println(Json.pretty(new AnalyzeAnswer(
          result.articles().stream().map(ArticleView::of).toList())));
      case timeml -> result.articles().forEach(a -> emit(out, a, ".tml", TimeMlWriter.document(
          a.article().source(), a.article().anchorDate(), a.text(), a.times())));
      case brat -> result.articles().forEach(a -> emit(out, a, ".ann", BratWriter.write(a.text(), a.claims())));
      case text -> result.articles().forEach(a -> printText(a, out));
    }
    boolean failed = !read.problems().isEmpty() || !result.errors().isEmpty();
    return failed ? Main.SOME_INPUT_FAILED : Main.OK;
  }

  /** Prints {@code content}, or with --out writes it as a file named after the article (and its text for brat). */
  private void emit(PrintWriter out, AnalyzedArticle a, String suffix, String content) {
    if (outDir == null) {
      out.print(content);
      out.println();
      return;
    }
    String name = a.article().source().replaceAll(".*/", "").replaceAll("\\.txt(#|$)", "$1").replace('#', '-')
        + "-" + a.article().id().substring(0, 8);
    try {
      java.nio.file.Files.createDirectories(outDir);
      java.nio.file.Files.writeString(outDir.resolve(name + suffix), content);
      if (suffix.equals(".ann")) {
        java.nio.file.Files.writeString(outDir.resolve(name + ".txt"), a.text());
      }
      out.println("wrote " + outDir.resolve(name + suffix));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(outDir + ": cannot write: " + e.getMessage(), e);
    }
  }

  private static Article withDate(Article a, LocalDate d) {
    return new Article(a.id(), a.source(), a.outlet(), a.headline(), a.dateline(), a.agency(), d, a.updated(),
        a.bullets(), a.captions(), a.paragraphs(), a.language(), a.text());
  }

  private static void printText(AnalyzedArticle a, PrintWriter out) {
    Article art = a.article();
    out.println("== " + (art.headline() == null ? "(no headline)" : art.headline()));
    out.printf("   %s | published %s | updated %s | dateline %s | agency %s%n", art.source(),
        orDash(art.published()), orDash(art.updated()), orDash(art.dateline()), orDash(art.agency()));
    art.bullets().forEach(b -> out.println("   • " + b));
    out.println("   Entities:");
    for (Entity e : a.entities()) {
      long n = a.mentions().stream().filter(m -> m.entityId().equals(e.id())).count();
      out.printf("     %-34s %-12s %-28s ×%d%n", e.id(), e.type(), e.name(), n);
    }
    out.println("   Times:");
    for (TimeExpression t : a.times()) {
      out.printf("     %-28s %-8s %-14s%s%n", '"' + t.span().of(a.text()) + '"', t.type(), t.value(),
          t.mod() == null ? "" : " " + t.mod());
    }
    out.println();
  }

  private static String orDash(Object o) {
    return o == null ? "—" : o.toString();
  }
}
