package org.newsgraph.eval.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.eval.events.IssueClasses;
import org.newsgraph.eval.events.UncodedCheck;
import org.newsgraph.eval.harness.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval uncoded}: how many events the standard analysis codes in text that is not political news
 * (BBC business, sport, tech, entertainment; Reuters business), by kind of text and by trigger, with examples.
 */
@Command(name = "uncoded", mixinStandardHelpOptions = true,
    description = "Events coded in text that is not political news (BBC business, sport, tech and entertainment; "
        + "Reuters records with TOPICS tags; Reuters records without tags apart): counts by kind and by trigger, "
        + "with examples, and every candidate of the classes the goal names (none from sports results, product "
        + "releases, offers or bond yields).")
public final class EvalUncodedCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Mixin NlpCacheOption cache;

  @Option(names = "--corpora", paramLabel = "DIR",
      description = "The folder holding bbc-news and reuters-21578 (default: ../shared/data/corpora).")
  Path corpora;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000000",
      description = "At most N articles from each BBC section and N Reuters records (default: all).")
  int limit;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
      description = "Examples printed per trigger (default: 3).")
  int examples;

  @Option(names = "--top", paramLabel = "N", defaultValue = "25",
      description = "Triggers listed, most events first (default: 25).")
  int top;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write every event found as a tab-separated line: doc, kind, type, lemma, trigger, modality, "
          + "confidence, actor, recipient, sentence.")
  Path out;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
    }
    Path dir = corpora != null ? corpora : SharedData.data("corpora");
    Evaluations.requireFolder(dir);
    List<UncodedCheck.Doc> docs = UncodedCheck.documents(dir, limit);
    UncodedCheck.Result r = new UncodedCheck(common.config(), cache.dir()).run(docs, output.err()::println);
    if (out != null) {
      List<String> lines = new ArrayList<>();
      lines.add("doc\tkind\ttype\tlemma\ttrigger\tmodality\tconfidence\tactor\trecipient\tsentence");
      for (UncodedCheck.Found f : r.events()) {
        lines.add(String.join("\t", f.doc(), f.kind(), f.type(), f.lemma(), f.trigger(), f.modality(),
            String.format(Locale.ROOT, "%.3f", f.confidence()), f.actor(), f.recipient(), f.sentence()));
      }
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(out, lines, StandardCharsets.UTF_8);
    }
    Map<String, Integer> byKind = r.countBy(UncodedCheck.Found::kind, false);
    Map<String, Integer> byTrigger = r.countBy(f -> f.type() + " " + f.lemma(), true);
    int labelled = r.events().size() - byKind.getOrDefault(UncodedCheck.UNLABELLED, 0);
    if (output.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articles", r.articles());
      m.put("skipped", r.skipped().size());
      m.put("events_in_non_political_text", labelled);
      m.put("events_by_kind", byKind);
      m.put("events_by_type", r.countBy(UncodedCheck.Found::type, true));
      m.put("events_by_trigger", byTrigger);
      Map<String, Integer> issue = new LinkedHashMap<>();
      IssueClasses.candidates(r.events()).forEach((c, l) -> issue.put(c, l.size()));
      m.put("candidates_of_the_issue_classes", issue);
      output.printJson(m);
    } else {
      output.printText(text(r, byKind, byTrigger, labelled));
    }
    return Evaluations.exitCode(r.skipped().size());
  }

  private String text(UncodedCheck.Result r, Map<String, Integer> byKind, Map<String, Integer> byTrigger,
      int labelled) {
    StringBuilder sb = new StringBuilder();
    int articles = r.articles().values().stream().mapToInt(Integer::intValue).sum();
    sb.append(String.format(Locale.ROOT, "Events coded in text that is not political news: %d articles analysed "
        + "(%d skipped); %d events in labelled non-political text%n", articles, r.skipped().size(), labelled));
    sb.append(String.format(Locale.ROOT, "  %-22s %8s %7s%n", "kind", "articles", "events"));
    for (Map.Entry<String, Integer> k : r.articles().entrySet()) {
      sb.append(String.format(Locale.ROOT, "  %-22s %8d %7d%n", k.getKey(), k.getValue(),
          byKind.getOrDefault(k.getKey(), 0)));
    }
    sb.append(String.format(Locale.ROOT, "By type and trigger (labelled non-political text, %d most):%n", top));
    byTrigger.entrySet().stream().limit(top).forEach(t -> {
      sb.append(String.format(Locale.ROOT, "  %4d  %s%n", t.getValue(), t.getKey()));
      r.events().stream().filter(f -> !f.kind().equals(UncodedCheck.UNLABELLED)
          && (f.type() + " " + f.lemma()).equals(t.getKey())).limit(examples).forEach(f -> sb.append(
          String.format(Locale.ROOT, "        %s [%s, %s, %.2f] %s -> %s: %s%n", f.doc(), f.kind(), f.modality(),
              f.confidence(), f.actor().isEmpty() ? "-" : f.actor(), f.recipient().isEmpty() ? "-" : f.recipient(),
              abbreviate(f.sentence()))));
    });
    sb.append(String.format(Locale.ROOT, "Candidates of the issue's classes (every event whose trigger word such a "
        + "text uses, or from a sports article; all texts, read each by hand):%n"));
    IssueClasses.candidates(r.events()).forEach((c, l) -> {
      sb.append(String.format(Locale.ROOT, "  %4d  %s%n", l.size(), c));
      l.forEach(f -> sb.append(String.format(Locale.ROOT, "        %s [%s, %s %s, %s, %.2f] %s -> %s: %s%n", f.doc(),
          f.kind(), f.type(), f.trigger(), f.modality(), f.confidence(), f.actor().isEmpty() ? "-" : f.actor(),
          f.recipient().isEmpty() ? "-" : f.recipient(), abbreviate(f.sentence()))));
    });
    return sb.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 197) + "...";
  }
}
