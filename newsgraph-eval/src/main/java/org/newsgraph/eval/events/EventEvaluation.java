package org.newsgraph.eval.events;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Span;
import org.newsgraph.eval.harness.GoldEntry;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.extract.events.EventStage;
import org.newsgraph.extract.events.MainEvent;

/**
 * {@code newsgraph eval events}: scores the event stage on a gold set whose format is decided by the file's content:
 * PLOVER gold records (JSON lines with "event", "actor", "recipient": {@link PloverGoldEvaluation}) or CASE-2021
 * task-2 snippets (a TSV with header {@code id, EventSnippet, SubType}, with the PLOVER crosswalk
 * {@code acled_to_plover_proposed.csv} beside it: {@link CaseEvaluation}). Each record is one article; the event it
 * is scored on is {@link MainEvent}'s. The analysis up to times comes from the caller; the event stage alone is timed.
 */
public final class EventEvaluation {
  /** The CASE-2021 crosswalk's file name, looked for beside the snippets. */
  public static final String CASE_MAPPING = "acled_to_plover_proposed.csv";

  private final Function<Article, AnalyzedArticle> analysis;
  private final EventStage stage = new EventStage();

  /** @param analysis NLP, entity linking and time tagging of one article */
  public EventEvaluation(Function<Article, AnalyzedArticle> analysis) {
    this.analysis = analysis;
  }

  /** What kind of gold file a path holds. */
  public enum Format { PLOVER_GSR, CASE2021 }

  /**
   * The figures of one run.
   *
   * @param format            the gold format
   * @param items             records scored
   * @param skipped           records that could not be read or analysed
   * @param messages          one line per skipped record
   * @param figures           named figures (fractions 0..1), in a stable order
   * @param articlesPerSecond throughput of the event stage alone
   * @param summary           the figures for people
   */
  public record Report(Format format, int items, int skipped, List<String> messages, Map<String, Double> figures,
      double articlesPerSecond, String summary) {}

  /** Decides the format from the first non-blank line. */
  public static Format detect(Path gold) throws IOException {
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      if (l.startsWith("{")) {
        return Format.PLOVER_GSR;
      }
      if (l.toLowerCase(Locale.ROOT).startsWith("id\teventsnippet")) {
        return Format.CASE2021;
      }
      break;
    }
    throw new IllegalArgumentException(gold + ": neither PLOVER gold records (JSON lines) nor CASE-2021 task-2 "
        + "snippets (a TSV starting with id<TAB>EventSnippet<TAB>SubType)");
  }

  /** Scores the gold file; writes our output to {@code out} when not null; skipped records go to {@code log}. */
  public Report run(Path gold, Path out, Consumer<String> log) throws IOException {
    // the dev and the cross-validated runs, and the training inside the latter, share one analysis per record
    java.util.Map<String, AnalyzedArticle> memo = new java.util.HashMap<>();
    Function<Article, AnalyzedArticle> once = a -> memo.computeIfAbsent(a.id() + "|" + a.source(),
        k -> analysis.apply(a));
    SystemUnderTest<Article, AnalyzedArticle, AnalyzedArticle> system =
        new SystemUnderTest<>("event stage", once, stage::apply);
    return detect(gold) == Format.PLOVER_GSR ? PloverGoldEvaluation.run(gold, out, system, log)
        : CaseEvaluation.run(gold, out, system, log);
  }

  /** A one-record article: the whole text one paragraph. */
  static Article article(String id, String text, LocalDate date) {
    return new Article(ArticleIds.of(text), id, null, null, null, null, date, null, List.of(), List.of(),
        List.of(new Span(0, text.length())), "en", text);
  }

  /**
   * One entry per non-blank line after the first {@code skip} lines, named by its line number; {@code parse} makes
   * the item from the line (and throws, naming what is wrong, when it cannot).
   */
  static <G> List<GoldEntry<Article, G>> lines(Path gold, int skip, LineParser<G> parse) throws IOException {
    List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    List<GoldEntry<Article, G>> out = new ArrayList<>();
    for (int i = skip; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String name = gold.getFileName() + " line " + (i + 1);
      out.add(new GoldEntry<>() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public GoldItem<Article, G> read() {
          return parse.item(line);
        }
      });
    }
    return out;
  }

  /** Makes a gold item from one line of a gold file. */
  @FunctionalInterface
  interface LineParser<G> {
    GoldItem<Article, G> item(String line);
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static void write(Path out, List<String> lines) throws IOException {
    if (out == null) {
      return;
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String l : lines) {
        w.write(l);
        w.write('\n');
      }
    }
  }
}
