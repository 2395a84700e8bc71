package org.newsgraph.eval.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.newsgraph.core.Event;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.eval.harness.Harness;
import org.newsgraph.eval.harness.RunStats;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.extract.events.ActorCodes;
import org.newsgraph.extract.events.MainEvent;

/**
 * CASE-2021 task-2 snippets (id, snippet, ACLED sub-event label), scored through the provided PLOVER crosswalk read
 * backwards ({@link CaseMapping}): our main event's type and mode, and the words of the snippet, give a label.
 * Figures over the classes the crosswalk covers (weighted F1 is the task's ranking figure) and over all.
 */
final class CaseEvaluation {
  private CaseEvaluation() {}

  static EventEvaluation.Report run(Path gold, Path out,
      SystemUnderTest<Article, AnalyzedArticle, AnalyzedArticle> system, Consumer<String> log) throws IOException {
    Path csv = gold.toAbsolutePath().getParent().resolve(EventEvaluation.CASE_MAPPING);
    if (!Files.exists(csv)) {
      throw new IllegalArgumentException(csv + ": the CASE-2021 to PLOVER crosswalk must sit next to " + gold);
    }
    CaseMapping mapping = CaseMapping.read(csv);
    Set<String> covered = new LinkedHashSet<>(mapping.covered());
    LabelScores all = new LabelScores();
    LabelScores coveredScores = new LabelScores();
    List<String> lines = new ArrayList<>();
    RunStats run = Harness.run(EventEvaluation.lines(gold, 1, CaseEvaluation::item), system, (item, a) -> {
      Event main = MainEvent.of(a).orElse(null);
      String label = main == null ? LabelScores.NONE : mapping.label(main, words(a, main));
      all.add(item.gold(), label);
      if (covered.contains(item.gold())) {
        coveredScores.add(item.gold(), label);
      }
      lines.add(item.name() + "\t" + label);
    }, log);
    EventEvaluation.write(out, lines);
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("weighted_f1_covered", coveredScores.weightedF1(covered));
    f.put("macro_f1_covered", coveredScores.macroF1(covered));
    f.put("micro_f1_covered", coveredScores.microF1());
    f.put("weighted_f1_direct", coveredScores.weightedF1(mapping.direct()));
    f.put("accuracy_all", all.accuracy());
    double aps = run.itemsPerSecond();
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
    if (run.skipped() > 0) {
      sb.append(String.format(Locale.ROOT, "  skipped %d snippets (see the messages above)%n", run.skipped()));
    }
    return new EventEvaluation.Report(EventEvaluation.Format.CASE2021, all.items(), run.skipped(), run.messages(),
        f, aps, sb.toString());
  }

  /** One snippet row: id, snippet, label; named by its id. */
  private static GoldItem<Article, String> item(String row) {
    String[] p = row.split("\t", 3);
    if (p.length != 3) {
      throw new IllegalArgumentException("expected id<TAB>snippet<TAB>label");
    }
    return new GoldItem<>(p[0], EventEvaluation.article(p[0], p[1], null), p[2].strip());
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
        .map(Token::lemma).findFirst().orElse("");
  }
}
