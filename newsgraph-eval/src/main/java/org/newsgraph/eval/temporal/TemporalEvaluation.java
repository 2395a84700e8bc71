package org.newsgraph.eval.temporal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Span;
import org.newsgraph.eval.harness.GoldEntry;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.eval.harness.Harness;
import org.newsgraph.eval.harness.RunStats;
import org.newsgraph.eval.harness.Scorer;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.eval.temporal.TempEvalScorer.Pair;
import org.newsgraph.eval.temporal.TimeMlDocument.Timex;
import org.newsgraph.extract.time.TimeMlWriter;
import org.newsgraph.extract.time.TimeTaggingStage;

/**
 * {@code newsgraph eval temporal}: every {@code .tml} under a folder is a gold item (its plain TEXT and DCT, its
 * TIMEX3); our system runs the caller's NLP, then the {@link TimeTaggingStage} (timed alone), and a reference tagger
 * such as SUTime runs on the same items the same way; {@link TempEvalScorer} scores both.
 */
public final class TemporalEvaluation {
  /** Development aid: with {@code -Dnewsgraph.eval.allPairs=true} the error list also gets the correct matches. */
  private static final boolean ALL_PAIRS = Boolean.getBoolean("newsgraph.eval.allPairs");

  private final Function<Article, AnalyzedArticle> nlp;
  private final TimeTaggingStage stage = new TimeTaggingStage();

  /** @param nlp runs the NLP stage (sentences, tokens, POS, lemmas, dependencies) over an article */
  public TemporalEvaluation(Function<Article, AnalyzedArticle> nlp) {
    this.nlp = Objects.requireNonNull(nlp, "nlp");
  }

  /**
   * What a run gives.
   *
   * @param result         the TempEval-3 figures
   * @param documents      documents scored
   * @param skipped        files skipped (their messages in {@code messages})
   * @param messages       one line per skipped file
   * @param tokens         tokens seen by the tagger
   * @param taggingSeconds time spent in the temporal stage alone
   * @param nlpSeconds     time spent in the NLP function
   * @param errors         one line per miss or wrong value, for error analysis
   */
  public record Report(TempEvalScorer.Result result, int documents, int skipped, List<String> messages, long tokens,
      double taggingSeconds, double nlpSeconds, List<String> errors) {
    /** Documents per second of the temporal stage alone (NLP excluded). */
    public double documentsPerSecond() {
      return taggingSeconds == 0 ? 0 : documents / taggingSeconds;
    }

    public String summary() {
      return result.toTable() + String.format(Locale.ROOT,
          "documents %d  skipped %d  temporal stage %.3f s (%.1f documents/s, %.0f tokens/s)  nlp %.1f s%n",
          documents, skipped, taggingSeconds, documentsPerSecond(), taggingSeconds == 0 ? 0 : tokens
              / taggingSeconds, nlpSeconds);
    }
  }

  /** All {@code .tml} files under {@code dir}, sorted by path. */
  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tml")
          && !p.getFileName().toString().startsWith("._")).sorted().toList();
    }
  }

  /** The gold items: one per file, read when the harness reaches it. */
  public static List<GoldEntry<TimeMlDocument, List<Timex>>> entries(List<Path> files) {
    return GoldEntry.files(files, (name, f) -> {
      TimeMlDocument doc = TimeMlDocument.read(f);
      return new GoldItem<>(name, doc, doc.timexes());
    });
  }

  /** Scores every .tml under {@code goldDir}; writes predicted .tml into {@code outDir} when it is not null. */
  public Report run(Path goldDir, Path outDir, Consumer<String> log) throws IOException {
    return run(files(goldDir), outDir, log);
  }

  /** Scores the given files. */
  public Report run(List<Path> files, Path outDir, Consumer<String> log) {
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Scoring<AnalyzedArticle> scoring = new Scoring<>(tagged -> tagged.times().stream().map(Timex::of).toList());
    long[] tokens = {0};
    Scorer<TimeMlDocument, List<Timex>, AnalyzedArticle> scorer = scoring.andThen((item, tagged) ->
        tokens[0] += tagged.sentences().stream().mapToLong(s -> s.tokens().size()).sum());
    List<String> writeFailures = new ArrayList<>();
    if (outDir != null) {
      scorer = scorer.andThen((item, tagged) -> write(outDir, item, tagged, writeFailures, log));
    }
    SystemUnderTest<TimeMlDocument, AnalyzedArticle, AnalyzedArticle> ours = new SystemUnderTest<>("temporal stage",
        doc -> nlp.apply(article(doc)), stage::apply);
    RunStats run = Harness.run(entries(files), ours, scorer, log);
    List<String> messages = new ArrayList<>(run.messages());
    messages.addAll(writeFailures);
    return new Report(scoring.result(), run.items(), messages.size(), messages, tokens[0], run.predictSeconds(),
        run.prepareSeconds(), scoring.errors());
  }

  /**
   * Scores another tagger (a baseline such as SUTime) on the same files the same way: {@code tagger} gets the plain
   * TEXT and the DCT of each document and returns its TIMEX3. The report's tagging time is the time spent inside
   * {@code tagger}; its token count is 0 (the tagger tokenises for itself).
   */
  public static Report runExternal(List<Path> files, BiFunction<String, LocalDate, List<Timex>> tagger,
      Consumer<String> log) {
    Scoring<List<Timex>> scoring = new Scoring<>(Function.identity());
    RunStats run = Harness.run(entries(files), SystemUnderTest.of("baseline",
        (TimeMlDocument doc) -> tagger.apply(doc.text(), doc.dct())), scoring, log);
    return new Report(scoring.result(), run.items(), run.skipped(), run.messages(), 0, run.predictSeconds(), 0,
        scoring.errors());
  }

  private static void write(Path outDir, GoldItem<TimeMlDocument, List<Timex>> item, AnalyzedArticle tagged,
      List<String> failures, Consumer<String> log) {
    TimeMlDocument doc = item.input();
    try {
      Files.writeString(outDir.resolve(item.name()),
          TimeMlWriter.document(doc.docId(), doc.dct(), doc.text(), tagged.times()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      String m = item.name() + ": cannot write prediction: " + e.getMessage();
      failures.add(m);
      if (log != null) {
        log.accept(m);
      }
    }
  }

  /** The article the tagger sees: published = DCT, text = the plain TEXT, paragraphs split on blank lines. */
  public static Article article(TimeMlDocument doc) {
    return Article.ofText(doc.source(), doc.text(), doc.dct());
  }

  /** The TempEval-3 scorer over any system's answer, with one error line per miss or wrong value. */
  private static final class Scoring<P> implements Scorer<TimeMlDocument, List<Timex>, P> {
    private final Function<P, List<Timex>> timexes;
    private final TempEvalScorer scorer = new TempEvalScorer();
    private final List<String> errors = new ArrayList<>();

    Scoring(Function<P, List<Timex>> timexes) {
      this.timexes = timexes;
    }

    @Override
    public void add(GoldItem<TimeMlDocument, List<Timex>> item, P predicted) {
      TimeMlDocument doc = item.input();
      for (Pair p : scorer.add(item.gold(), timexes.apply(predicted))) {
        String line = errorLine(item.name(), doc.dct().toString(), doc.text(), p);
        if (line != null) {
          errors.add(line);
        }
      }
    }

    TempEvalScorer.Result result() {
      return scorer.result();
    }

    List<String> errors() {
      return errors;
    }
  }

  private static String errorLine(String file, String dct, String text, Pair p) {
    Timex g = p.gold();
    Timex s = p.predicted();
    String kind;
    if (g == null) {
      kind = "FP";
    } else if (s == null) {
      kind = "FN";
    } else if (!g.value().equals(s.value())) {
      kind = "VALUE/" + ValueDisagreement.of(g.value(), s.value());
    } else if (g.type() != s.type()) {
      kind = "TYPE";
    } else if (!g.span().equals(s.span())) {
      kind = "EXTENT";
    } else if (ALL_PAIRS) {
      kind = "OK";
    } else {
      return null;
    }
    Span any = g != null ? g.span() : s.span();
    int cb = Math.max(0, any.begin() - 60);
    int ce = Math.min(text.length(), any.end() + 60);
    String ctx = text.substring(cb, ce).replaceAll("\\s+", " ");
    return String.join("\t", kind, file, dct,
        g == null ? "-" : g.span().of(text).replaceAll("\\s+", " ") + "|" + g.type() + "|" + g.value(),
        s == null ? "-" : s.span().of(text).replaceAll("\\s+", " ") + "|" + s.type() + "|" + s.value(), ctx);
  }
}
