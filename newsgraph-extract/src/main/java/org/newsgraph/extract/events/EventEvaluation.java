package org.newsgraph.extract.events;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Event;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.MiniJson;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.extract.events.export.JsonText;
import org.newsgraph.extract.events.export.PloverCoding;

/**
 * Scores the event stage on gold sets (the engine of {@code newsgraph eval events}). The format is decided by the
 * file's content: PLOVER gold records (JSON lines with "event", "actor", "recipient") or CASE-2021 task-2 snippets
 * (a TSV with header {@code id, EventSnippet, SubType}; the PLOVER crosswalk {@code acled_to_plover_proposed.csv}
 * must sit next to it). Each record is one article; the event it is scored on is {@link MainEvent}. The analysis
 * up to times comes from the caller; the event stage alone is timed. PLOVER records are scored in PLOVER's
 * convention ({@link PloverCoding}: an announced cooperative act is AGREE, an announced hostile one THREATEN).
 */
public final class EventEvaluation {
  /** The CASE-2021 crosswalk's file name, looked for beside the snippets. */
  public static final String CASE_MAPPING = "acled_to_plover_proposed.csv";
  /** Legacy CAMEO-style codes in the PLOVER gold records and their ISO 3166 alpha-3 equivalents. */
  private static final Map<String, String> LEGACY_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");
  private static final LocalDate GSR_DATE = LocalDate.of(2000, 1, 1);

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
   * @param figures           named figures (fractions 0..1), in a stable order
   * @param articlesPerSecond throughput of the event stage alone
   * @param summary           the figures for people
   */
  public record Report(Format format, int items, Map<String, Double> figures, double articlesPerSecond,
      String summary) {}

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

  /** Scores the gold file; writes our output to {@code out} when not null. */
  public Report run(Path gold, Path out) throws IOException {
    return detect(gold) == Format.PLOVER_GSR ? plover(gold, out) : caseTask2(gold, out);
  }

  private static Article article(String id, String text, LocalDate date) {
    return new Article(ArticleIds.of(text), id, null, null, null, null, date, null, List.of(), List.of(),
        List.of(new Span(0, text.length())), "en", text);
  }

  private long stageNanos;

  private AnalyzedArticle analyse(Article a) {
    AnalyzedArticle upToTimes = analysis.apply(a);
    long t0 = System.nanoTime();
    AnalyzedArticle r = stage.apply(upToTimes);
    stageNanos += System.nanoTime() - t0;
    return r;
  }

  // ------------------------------------------------------------------------------------------------- PLOVER

  @SuppressWarnings("unchecked")
  private Report plover(Path gold, Path out) throws IOException {
    LabelScores types = new LabelScores();
    int actorGold = 0;
    int actorOverlap = 0;
    int actorExact = 0;
    int recipientGold = 0;
    int recipientOverlap = 0;
    int recipientExact = 0;
    int modeGold = 0;
    int modeRight = 0;
    stageNanos = 0;
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, Object> r = (Map<String, Object>) MiniJson.parse(line);
      String id = (String) r.get("id");
      AnalyzedArticle a = analyse(article(id, (String) r.get("text"), GSR_DATE));
      Event main = MainEvent.of(a).orElse(null);
      String goldType = (String) r.get("event");
      types.add(goldType, main == null ? LabelScores.NONE : PloverCoding.type(main));
      Set<String> goldActors = goldCodes((List<Object>) r.get("actor"));
      Set<String> goldRecipients = goldCodes((List<Object>) r.get("recipient"));
      Set<String> ourActors = main == null ? Set.of() : codes(a, main.actors());
      Set<String> ourRecipients = main == null ? Set.of()
          : new LinkedHashSet<>(PloverCoding.recipientCountries(a, main));
      if (!goldActors.isEmpty()) {
        actorGold++;
        actorOverlap += ourActors.stream().anyMatch(goldActors::contains) ? 1 : 0;
        actorExact += ourActors.equals(goldActors) ? 1 : 0;
      }
      if (!goldRecipients.isEmpty()) {
        recipientGold++;
        recipientOverlap += ourRecipients.stream().anyMatch(goldRecipients::contains) ? 1 : 0;
        recipientExact += ourRecipients.equals(goldRecipients) ? 1 : 0;
      }
      List<Object> modes = (List<Object>) r.getOrDefault("modes", List.of());
      if (main != null && PloverCoding.type(main).equals(goldType) && modes != null && !modes.isEmpty()) {
        modeGold++;
        modeRight += modes.contains(PloverCoding.mode(main)) ? 1 : 0;
      }
      if (out != null) {
        List<Object> events = new ArrayList<>();
        for (Event e : MainEvent.ordered(a)) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("event", PloverCoding.type(e));
          m.put("mode", PloverCoding.mode(e));
          m.put("actor", List.copyOf(codes(a, e.actors())));
          m.put("recipient", PloverCoding.recipientCountries(a, e));
          events.add(m);
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("events", events);
        lines.add(JsonText.write(o));
      }
    }
    write(out, lines);
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("event_type_accuracy", types.accuracy());
    f.put("event_type_micro_f1", types.microF1());
    f.put("event_type_macro_f1", types.macroF1(EventLexicon.TYPES));
    f.put("records_with_an_event", ratio(types.answered(), types.items()));
    f.put("actor_code_overlap", ratio(actorOverlap, actorGold));
    f.put("actor_code_exact", ratio(actorExact, actorGold));
    f.put("recipient_code_overlap", ratio(recipientOverlap, recipientGold));
    f.put("recipient_code_exact", ratio(recipientExact, recipientGold));
    f.put("mode_accuracy", ratio(modeRight, modeGold));
    double aps = throughput(types.items());
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "PLOVER gold records: %d (%s)%n", types.items(), gold));
    sb.append(String.format(Locale.ROOT, "  event type   accuracy %.3f   micro F1 %.3f   macro F1 %.3f   "
        + "(an event found for %d)%n", types.accuracy(), types.microF1(), types.macroF1(EventLexicon.TYPES),
        types.answered()));
    sb.append(String.format(Locale.ROOT, "  actor codes      overlap %.3f  exact %.3f  (%d records with gold actors)%n",
        f.get("actor_code_overlap"), f.get("actor_code_exact"), actorGold));
    sb.append(String.format(Locale.ROOT, "  recipient codes  overlap %.3f  exact %.3f  (%d with gold recipients)%n",
        f.get("recipient_code_overlap"), f.get("recipient_code_exact"), recipientGold));
    sb.append(String.format(Locale.ROOT, "  mode accuracy %.3f  (%d records with the right type and a gold mode)%n",
        f.get("mode_accuracy"), modeGold));
    sb.append("  per type F1:");
    for (String c : types.goldClasses()) {
      sb.append(String.format(Locale.ROOT, " %s %.2f (%d)", c, types.f1(c), types.support(c)));
    }
    sb.append(String.format(Locale.ROOT, "%n  event stage alone: %.0f articles/s%n", aps));
    return new Report(Format.PLOVER_GSR, types.items(), f, aps, sb.toString());
  }

  @SuppressWarnings("unchecked")
  private static Set<String> goldCodes(List<Object> actors) {
    Set<String> out = new LinkedHashSet<>();
    if (actors == null) {
      return out;
    }
    for (Object o : actors) {
      Object code = ((Map<String, Object>) o).get("code");
      if (code instanceof String c && !c.isBlank()) {
        out.add(LEGACY_CODES.getOrDefault(c, c));
      }
    }
    return out;
  }

  private static Set<String> codes(AnalyzedArticle a, List<Argument> args) {
    Set<String> out = new LinkedHashSet<>();
    for (Argument x : args) {
      out.addAll(ActorCodes.countries(a, x));
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------- CASE

  private Report caseTask2(Path gold, Path out) throws IOException {
    Path csv = gold.toAbsolutePath().getParent().resolve(CASE_MAPPING);
    if (!Files.exists(csv)) {
      throw new IllegalArgumentException(csv + ": the CASE-2021 to PLOVER crosswalk must sit next to " + gold);
    }
    CaseMapping mapping = CaseMapping.read(csv);
    Set<String> covered = new LinkedHashSet<>(mapping.covered());
    LabelScores all = new LabelScores();
    LabelScores coveredScores = new LabelScores();
    stageNanos = 0;
    List<String> lines = new ArrayList<>();
    List<String> rows = Files.readAllLines(gold, StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      if (row.isBlank()) {
        continue;
      }
      String[] p = row.split("\t", 3);
      if (p.length != 3) {
        throw new IllegalArgumentException(gold + ": expected id<TAB>snippet<TAB>label in '" + row + "'");
      }
      AnalyzedArticle a = analyse(article(p[0], p[1], null));
      Event main = MainEvent.of(a).orElse(null);
      String label = main == null ? LabelScores.NONE
          : mapping.label(main, words(a, main));
      String goldLabel = p[2].strip();
      all.add(goldLabel, label);
      if (covered.contains(goldLabel)) {
        coveredScores.add(goldLabel, label);
      }
      lines.add(p[0] + "\t" + label);
    }
    write(out, lines);
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("weighted_f1_covered", coveredScores.weightedF1(covered));
    f.put("macro_f1_covered", coveredScores.macroF1(covered));
    f.put("micro_f1_covered", coveredScores.microF1());
    f.put("weighted_f1_direct", coveredScores.weightedF1(mapping.direct()));
    f.put("accuracy_all", all.accuracy());
    double aps = throughput(all.items());
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "CASE-2021 task 2 snippets: %d (%s); %d in the %d covered classes%n",
        all.items(), gold, coveredScores.items(), covered.size()));
    sb.append(String.format(Locale.ROOT, "  covered classes: weighted F1 %.3f   macro F1 %.3f   micro F1 %.3f%n",
        f.get("weighted_f1_covered"), f.get("macro_f1_covered"), f.get("micro_f1_covered")));
    sb.append(String.format(Locale.ROOT, "  \"direct\" classes only: weighted F1 %.3f;  accuracy over all 30: %.3f%n",
        f.get("weighted_f1_direct"), f.get("accuracy_all")));
    sb.append("  per class F1:");
    for (String c : covered) {
      sb.append(String.format(Locale.ROOT, " %s %.2f (%d)", c, coveredScores.f1(c), coveredScores.support(c)));
    }
    sb.append(String.format(Locale.ROOT, "%n  event stage alone: %.0f articles/s%n", aps));
    return new Report(Format.CASE2021, all.items(), f, aps, sb.toString());
  }

  /** The words of a one-event record for mapping back to its label: all its sentences, the actors' apart. */
  private static AcledRules.Words words(AnalyzedArticle a, Event e) {
    Set<String> all = new LinkedHashSet<>();
    Set<String> outside = new LinkedHashSet<>();
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        String l = t.lemma().toLowerCase(Locale.ROOT);
        all.add(l);
        if (e.actors().stream().noneMatch(x -> x.span().contains(t.span()))) {
          outside.add(l);
        }
      }
    }
    return new AcledRules.Words(lemmaAt(a, e).toLowerCase(Locale.ROOT), all, outside, sectors(a, e));
  }

  private static Set<String> sectors(AnalyzedArticle a, Event e) {
    Set<String> out = new LinkedHashSet<>();
    for (Event.Argument x : e.actors()) {
      String s = ActorCodes.sector(a, x);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private static String lemmaAt(AnalyzedArticle a, Event e) {
    return a.sentences().get(e.sentence()).tokens().stream().filter(t -> t.span().equals(e.trigger()))
        .map(t -> t.lemma()).findFirst().orElse("");
  }

  // ------------------------------------------------------------------------------------------------- common

  private double throughput(int items) {
    return stageNanos == 0 ? 0 : items / (stageNanos / 1e9);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static void write(Path out, List<String> lines) throws IOException {
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
