package org.newsgraph.extract.time;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.extract.time.TempEvalScorer.Pair;
import org.newsgraph.extract.time.TimeMlDocument.Timex;

/**
 * The engine behind {@code newsgraph eval temporal --gold DIR [--out DIR]}: for every {@code .tml} under a folder,
 * take the plain TEXT and the DCT, run the NLP function given by the caller (so this module never sees CoreNLP),
 * then the {@link TimeTaggingStage}, and score against the gold TIMEX3 with {@link TempEvalScorer}. Bad files are
 * skipped with a one-line message each and counted. The time of the temporal stage alone is measured apart from
 * the NLP time.
 */
public final class TemporalEvaluation {
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

  /** Scores every .tml under {@code goldDir}; writes predicted .tml into {@code outDir} when it is not null. */
  public Report run(Path goldDir, Path outDir, Consumer<String> log) throws IOException {
    return run(files(goldDir), outDir, log);
  }

  /** Scores the given files. */
  public Report run(List<Path> files, Path outDir, Consumer<String> log) {
    Consumer<String> out = log == null ? s -> { } : log;
    TempEvalScorer scorer = new TempEvalScorer();
    List<String> messages = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    long tagNanos = 0;
    long nlpNanos = 0;
    long tokens = 0;
    int docs = 0;
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Path f : files) {
      TimeMlDocument doc;
      try {
        doc = TimeMlDocument.read(f);
      } catch (TimeMlException e) {
        messages.add(e.getMessage());
        out.accept("skipped " + e.getMessage());
        continue;
      }
      Article article = article(doc);
      AnalyzedArticle analysed;
      long t0 = System.nanoTime();
      try {
        analysed = nlp.apply(article);
      } catch (RuntimeException e) {
        String m = f.getFileName() + ": NLP failed: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
        messages.add(m);
        out.accept("skipped " + m);
        continue;
      }
      long t1 = System.nanoTime();
      AnalyzedArticle tagged = stage.apply(analysed);
      long t2 = System.nanoTime();
      nlpNanos += t1 - t0;
      tagNanos += t2 - t1;
      tokens += tagged.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
      docs++;
      List<Timex> pred = tagged.times().stream().map(Timex::of).toList();
      List<Pair> pairs = scorer.add(doc.timexes(), pred);
      for (Pair p : pairs) {
        String line = errorLine(f.getFileName().toString(), doc.dct().toString(), doc.text(), p);
        if (line != null) {
          errors.add(line);
        }
      }
      if (outDir != null) {
        try {
          Files.writeString(outDir.resolve(f.getFileName().toString()),
              TimeMlWriter.document(doc.docId(), doc.dct(), doc.text(), tagged.times()), StandardCharsets.UTF_8);
        } catch (IOException e) {
          String m = f.getFileName() + ": cannot write prediction: " + e.getMessage();
          messages.add(m);
          out.accept(m);
        }
      }
    }
    return new Report(scorer.result(), docs, messages.size(), messages, tokens, tagNanos / 1e9, nlpNanos / 1e9,
        errors);
  }

  /**
   * Scores another tagger (a baseline such as SUTime) on the same files the same way: {@code tagger} gets the plain
   * TEXT and the DCT of each document and returns its TIMEX3. The report's tagging time is the time spent inside
   * {@code tagger}; its token count is 0 (the tagger tokenises for itself).
   */
  public static Report runExternal(List<Path> files, BiFunction<String, LocalDate, List<Timex>> tagger,
      Consumer<String> log) {
    Consumer<String> out = log == null ? s -> { } : log;
    TempEvalScorer scorer = new TempEvalScorer();
    List<String> messages = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    long tagNanos = 0;
    int docs = 0;
    for (Path f : files) {
      TimeMlDocument doc;
      try {
        doc = TimeMlDocument.read(f);
      } catch (TimeMlException e) {
        messages.add(e.getMessage());
        out.accept("skipped " + e.getMessage());
        continue;
      }
      List<Timex> pred;
      long t0 = System.nanoTime();
      try {
        pred = tagger.apply(doc.text(), doc.dct());
      } catch (RuntimeException e) {
        String m = f.getFileName() + ": baseline failed: "
            + String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
        messages.add(m);
        out.accept("skipped " + m);
        continue;
      }
      tagNanos += System.nanoTime() - t0;
      docs++;
      for (Pair p : scorer.add(doc.timexes(), pred)) {
        String line = errorLine(f.getFileName().toString(), doc.dct().toString(), doc.text(), p);
        if (line != null) {
          errors.add(line);
        }
      }
    }
    return new Report(scorer.result(), docs, messages.size(), messages, 0, tagNanos / 1e9, 0, errors);
  }

  private static final Pattern BLANK = Pattern.compile("\\n[ \\t]*\\n");

  /** The article the tagger sees: published = DCT, text = the plain TEXT, paragraphs split on blank lines. */
  public static Article article(TimeMlDocument doc) {
    String text = doc.text();
    List<Span> paragraphs = new ArrayList<>();
    Matcher m = BLANK.matcher(text);
    int start = 0;
    while (m.find()) {
      if (m.start() > start) {
        paragraphs.add(new Span(start, m.start()));
      }
      start = m.end();
    }
    if (start < text.length()) {
      paragraphs.add(new Span(start, text.length()));
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add(new Span(0, text.length()));
    }
    return new Article(ArticleIds.of(text), doc.source(), null, null, null, null, doc.dct(), null, List.of(),
        List.of(), paragraphs, "en", text);
  }

  /** Development aid: with {@code -Dnewsgraph.eval.allPairs=true} the error list also gets the correct matches. */
  private static final boolean ALL_PAIRS = Boolean.getBoolean("newsgraph.eval.allPairs");

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
