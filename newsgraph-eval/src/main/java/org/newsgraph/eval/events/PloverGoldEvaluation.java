package org.newsgraph.eval.events;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.Event;
import org.newsgraph.core.MiniJson;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.eval.harness.Harness;
import org.newsgraph.eval.harness.RunStats;
import org.newsgraph.eval.harness.Scorer;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.extract.events.ActorCodes;
import org.newsgraph.extract.events.EventStage;
import org.newsgraph.extract.events.MainEvent;
import org.newsgraph.extract.events.export.JsonText;
import org.newsgraph.extract.events.export.PloverCoding;

/**
 * PLOVER gold records (JSON lines with "id", "text", "event", "actor", "recipient", "modes"), scored in PLOVER's
 * convention ({@link PloverCoding}: an announced cooperative act is AGREE, an announced hostile one THREATEN): the
 * main event's type, its actors' and recipients' country codes, and its mode.
 */
final class PloverGoldEvaluation {
  /** Legacy CAMEO-style codes in the PLOVER gold records and their ISO 3166 alpha-3 equivalents. */
  private static final Map<String, String> LEGACY_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");
  static final LocalDate GSR_DATE = LocalDate.of(2000, 1, 1);

  private PloverGoldEvaluation() {}

  /** What one gold record says. */
  private record Gold(String type, Set<String> actors, Set<String> recipients, List<Object> modes) {}

  /** The counts behind the figures. */
  private static final class Tally implements Scorer<Article, Gold, AnalyzedArticle> {
    final LabelScores types = new LabelScores();
    final boolean writeOutput;
    final List<String> lines = new ArrayList<>();
    int actorGold;
    int actorOverlap;
    int actorExact;
    int recipientGold;
    int recipientOverlap;
    int recipientExact;
    int modeGold;
    int modeRight;

    Tally(boolean writeOutput) {
      this.writeOutput = writeOutput;
    }

    @Override
    public void add(GoldItem<Article, Gold> item, AnalyzedArticle a) {
      Gold g = item.gold();
      Event main = MainEvent.of(a).orElse(null);
      types.add(g.type(), main == null ? LabelScores.NONE : PloverCoding.type(main));
      Set<String> ourActors = main == null ? Set.of() : codes(a, main.actors());
      Set<String> ourRecipients = main == null ? Set.of()
          : new LinkedHashSet<>(PloverCoding.recipientCountries(a, main));
      if (!g.actors().isEmpty()) {
        actorGold++;
        actorOverlap += ourActors.stream().anyMatch(g.actors()::contains) ? 1 : 0;
        actorExact += ourActors.equals(g.actors()) ? 1 : 0;
      }
      if (!g.recipients().isEmpty()) {
        recipientGold++;
        recipientOverlap += ourRecipients.stream().anyMatch(g.recipients()::contains) ? 1 : 0;
        recipientExact += ourRecipients.equals(g.recipients()) ? 1 : 0;
      }
      if (main != null && PloverCoding.type(main).equals(g.type()) && g.modes() != null && !g.modes().isEmpty()) {
        modeGold++;
        modeRight += g.modes().contains(PloverCoding.mode(main)) ? 1 : 0;
      }
      if (writeOutput) {
        lines.add(output(item.input().source(), a));
      }
    }
  }

  static EventEvaluation.Report run(Path gold, Path out,
      SystemUnderTest<Article, AnalyzedArticle, AnalyzedArticle> system, Consumer<String> log) throws IOException {
    Tally t = new Tally(out != null);
    RunStats run = Harness.run(EventEvaluation.lines(gold, 0, PloverGoldEvaluation::item), system, t, log);
    EventEvaluation.write(out, t.lines);
    // the same records through stages whose sense model never saw their fold
    Tally cv = new Tally(false);
    Harness.run(EventEvaluation.lines(gold, 0, PloverGoldEvaluation::item), new SystemUnderTest<>(
        "event stage, cross-validated", system.prepare(),
        SenseCrossValidation.stages(PloverSamples.records(gold), system.prepare(), log)), cv, line -> { });
    LabelScores types = t.types;
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("event_type_accuracy", types.accuracy());
    f.put("event_type_micro_f1", types.microF1());
    f.put("event_type_macro_f1", types.macroF1(EventStage.TYPES));
    f.put("records_with_an_event", EventEvaluation.ratio(types.answered(), types.items()));
    f.put("actor_code_overlap", EventEvaluation.ratio(t.actorOverlap, t.actorGold));
    f.put("actor_code_exact", EventEvaluation.ratio(t.actorExact, t.actorGold));
    f.put("recipient_code_overlap", EventEvaluation.ratio(t.recipientOverlap, t.recipientGold));
    f.put("recipient_code_exact", EventEvaluation.ratio(t.recipientExact, t.recipientGold));
    f.put("mode_accuracy", EventEvaluation.ratio(t.modeRight, t.modeGold));
    f.put("event_type_accuracy_cv", cv.types.accuracy());
    f.put("event_type_macro_f1_cv", cv.types.macroF1(EventStage.TYPES));
    f.put("actor_code_overlap_cv", EventEvaluation.ratio(cv.actorOverlap, cv.actorGold));
    f.put("recipient_code_overlap_cv", EventEvaluation.ratio(cv.recipientOverlap, cv.recipientGold));
    double aps = run.itemsPerSecond();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "PLOVER gold records: %d (%s)%n", types.items(), gold));
    sb.append(String.format(Locale.ROOT, "  event type   accuracy %.3f   micro F1 %.3f   macro F1 %.3f   "
        + "(an event found for %d)%n", types.accuracy(), types.microF1(), types.macroF1(EventStage.TYPES),
        types.answered()));
    sb.append(String.format(Locale.ROOT, "  cross-validated (5 folds by record; the sense model never saw the "
        + "record's fold): event type accuracy %.3f   macro F1 %.3f   actor codes overlap %.3f   recipient codes "
        + "overlap %.3f%n", cv.types.accuracy(), cv.types.macroF1(EventStage.TYPES), f.get("actor_code_overlap_cv"),
        f.get("recipient_code_overlap_cv")));
    sb.append(String.format(Locale.ROOT, "  actor codes      overlap %.3f  exact %.3f  (%d records with gold actors)%n",
        f.get("actor_code_overlap"), f.get("actor_code_exact"), t.actorGold));
    sb.append(String.format(Locale.ROOT, "  recipient codes  overlap %.3f  exact %.3f  (%d with gold recipients)%n",
        f.get("recipient_code_overlap"), f.get("recipient_code_exact"), t.recipientGold));
    sb.append(String.format(Locale.ROOT, "  mode accuracy %.3f  (%d records with the right type and a gold mode)%n",
        f.get("mode_accuracy"), t.modeGold));
    sb.append("  per type F1:");
    for (String c : types.goldClasses()) {
      sb.append(String.format(Locale.ROOT, " %s %.2f (%d)", c, types.f1(c), types.support(c)));
    }
    sb.append(String.format(Locale.ROOT, "%n  event stage alone: %.0f articles/s%n", aps));
    if (run.skipped() > 0) {
      sb.append(String.format(Locale.ROOT, "  skipped %d records (see the messages above)%n", run.skipped()));
    }
    return new EventEvaluation.Report(EventEvaluation.Format.PLOVER_GSR, types.items(), run.skipped(),
        run.messages(), f, aps, sb.toString());
  }

  @SuppressWarnings("unchecked")
  private static GoldItem<Article, Gold> item(String line) {
    if (!(MiniJson.parse(line) instanceof Map<?, ?> parsed)) {
      throw new IllegalArgumentException("not a JSON object");
    }
    Map<String, Object> r = (Map<String, Object>) parsed;
    if (!(r.get("id") instanceof String id) || !(r.get("text") instanceof String text)
        || !(r.get("event") instanceof String type)) {
      throw new IllegalArgumentException("a PLOVER record needs \"id\", \"text\" and \"event\" strings");
    }
    List<Object> modes = (List<Object>) r.getOrDefault("modes", List.of());
    Gold g = new Gold(type, goldCodes((List<Object>) r.get("actor")), goldCodes((List<Object>) r.get("recipient")),
        modes);
    return new GoldItem<>(id, EventEvaluation.article(id, text, GSR_DATE), g);
  }

  /** Our answer for a record, as the {@code --out} file has it: every event, the main one first. */
  private static String output(String id, AnalyzedArticle a) {
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
    return JsonText.write(o);
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
}
