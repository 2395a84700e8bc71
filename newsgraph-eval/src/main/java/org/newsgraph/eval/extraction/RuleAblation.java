package org.newsgraph.eval.extraction;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.core.MiniJson;
import org.newsgraph.ingest.html.ExtractionRules;
import org.newsgraph.ingest.html.HtmlExtractor;

/**
 * What each extraction rule does, host by host, and a leave-one-host-out estimate of F1 on unseen sites.
 *
 * <p>The extractor's rules are written by hand, so they cannot be refitted per fold; what can be redone per fold is
 * the choice of which rules to keep. Each rule is switched off alone and every page extracted again: the rule's
 * <em>gain</em> on a set of pages is F1 with it minus F1 without it. For each host H, a rule is switched off when
 * its gain on the other hosts is negative, or nil while it changes H's pages (a rule that only helps H could not
 * have been justified without H's pages); a rule that changes no page at all was not written from any of them and
 * stays. H's pages are extracted with what is left. The pooled page scores give the leave-one-host-out F1, the
 * figure to expect on sites the rules were not written from.
 */
public final class RuleAblation {
  /** A benchmark page with its host (the URL's host minus {@code www.}), its HTML and its gold body. */
  public record Page(String id, String host, String html, String gold) {}

  /**
   * One rule's effect: pages and hosts whose output changes when it is off, hosts it helps and hurts, its gain on
   * all pages, and its gain with its best host left out; the verdict follows from those.
   */
  public record RuleEffect(String rule, int pages, int hosts, int helped, int hurt, double gain,
      double gainWithoutBestHost, String verdict) {}

  /**
   * The rules as given (dev), the leave-one-host-out estimate, every rule's effect (changing rules first), and the
   * rules a fold switched off, with how many of the folds did.
   */
  public record Result(ExtractionMetric.Score dev, ExtractionMetric.Score leaveOneHostOut, int hosts,
      List<RuleEffect> effects, Map<String, Integer> foldsOff) {}

  private RuleAblation() {}

  /** The pages of a benchmark folder, with hosts from the ground truth's {@code url}. */
  public static List<Page> pages(Path dir) {
    Map<String, String> gold = ExtractionEvaluation.gold(dir);
    Object v = MiniJson.parse(ExtractionEvaluation.readString(dir.resolve("ground-truth.json")));
    List<Page> out = new ArrayList<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String url = v instanceof Map<?, ?> m && m.get(e.getKey()) instanceof Map<?, ?> p && p.get("url") instanceof
          String u ? u : "";
      String html = new ExtractionEvaluation.Page(e.getKey(), dir.resolve("html").resolve(e.getKey() + ".html.gz"))
          .read();
      out.add(new Page(e.getKey(), host(url, e.getKey()), html, e.getValue()));
    }
    return out;
  }

  /** The host of {@code url} minus {@code www.}; the page id when there is none (a page is then its own host). */
  static String host(String url, String id) {
    try {
      String h = URI.create(url.strip()).getHost();
      if (h != null && !h.isEmpty()) {
        return h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      }
    } catch (IllegalArgumentException e) {
      // falls through: no usable host
    }
    return id;
  }

  /** Each page's score with {@code rules}, by page id. */
  public static Map<String, ExtractionMetric.PageScore> score(List<Page> pages, ExtractionRules rules) {
    HtmlExtractor x = HtmlExtractor.with(rules);
    Map<String, ExtractionMetric.PageScore> out = new LinkedHashMap<>();
    for (Page p : pages) {
      out.put(p.id(), ExtractionMetric.page(p.gold(), extract(x, p.html())));
    }
    return out;
  }

  private static String extract(HtmlExtractor x, String html) {
    try {
      return x.article(html, null).body();
    } catch (RuntimeException e) {
      return ""; // the benchmark counts a failure as an empty answer
    }
  }

  /** Ablates every rule still on in {@code base} and estimates F1 by leaving one host out. */
  public static Result run(List<Page> pages, ExtractionRules base) {
    Map<String, ExtractionMetric.PageScore> with = score(pages, base);
    Map<String, Map<String, ExtractionMetric.PageScore>> without = new LinkedHashMap<>();
    for (String rule : ExtractionRules.ids()) {
      if (!base.off().contains(rule)) {
        without.put(rule, score(pages, base.without(Set.of(rule))));
      }
    }
    Map<String, List<Page>> byHost = new TreeMap<>();
    pages.forEach(p -> byHost.computeIfAbsent(p.host(), h -> new ArrayList<>()).add(p));
    List<RuleEffect> effects = new ArrayList<>();
    for (Map.Entry<String, Map<String, ExtractionMetric.PageScore>> r : without.entrySet()) {
      effects.add(effect(r.getKey(), pages, byHost, with, r.getValue()));
    }
    effects.sort(Comparator.comparingInt((RuleEffect e) -> e.pages() == 0 ? 1 : 0)
        .thenComparing(Comparator.comparingDouble(RuleEffect::gain).reversed()).thenComparing(RuleEffect::rule));
    List<ExtractionMetric.PageScore> pooled = new ArrayList<>();
    Map<String, Integer> foldsOff = new TreeMap<>();
    for (Map.Entry<String, List<Page>> h : byHost.entrySet()) {
      Set<String> hostPages = ids(h.getValue());
      Set<String> off = new HashSet<>();
      for (Map.Entry<String, Map<String, ExtractionMetric.PageScore>> r : without.entrySet()) {
        double others = gain(with, r.getValue(), id -> !hostPages.contains(id));
        if (others < 0 || others == 0 && changes(with, r.getValue(), hostPages)) {
          off.add(r.getKey());
        }
      }
      off.forEach(rule -> foldsOff.merge(rule, 1, Integer::sum));
      pooled.addAll(score(h.getValue(), base.without(off)).values());
    }
    return new Result(ExtractionMetric.score(new ArrayList<>(with.values())), ExtractionMetric.score(pooled),
        byHost.size(), effects, foldsOff);
  }

  private static RuleEffect effect(String rule, List<Page> pages, Map<String, List<Page>> byHost,
      Map<String, ExtractionMetric.PageScore> with, Map<String, ExtractionMetric.PageScore> without) {
    int changed = 0;
    Set<String> changedHosts = new HashSet<>();
    for (Page p : pages) {
      if (!with.get(p.id()).equals(without.get(p.id()))) {
        changed++;
        changedHosts.add(p.host());
      }
    }
    int helped = 0;
    int hurt = 0;
    String best = null;
    double bestGain = Double.NEGATIVE_INFINITY;
    for (String host : changedHosts) {
      Set<String> ids = ids(byHost.get(host));
      double g = gain(with, without, ids::contains);
      helped += g > 0 ? 1 : 0;
      hurt += g < 0 ? 1 : 0;
      if (g > bestGain) {
        bestGain = g;
        best = host;
      }
    }
    double gain = gain(with, without, id -> true);
    Set<String> bestIds = best == null ? Set.of() : ids(byHost.get(best));
    double rest = gain(with, without, id -> !bestIds.contains(id));
    String verdict = changed == 0 ? "inert" : gain < 0 ? "harmful" : rest > 0 ? "general"
        : "single-host";
    return new RuleEffect(rule, changed, changedHosts.size(), helped, hurt, gain, rest, verdict);
  }

  /** F1 with the rule minus F1 without it, over the pages {@code keep} accepts. */
  private static double gain(Map<String, ExtractionMetric.PageScore> with,
      Map<String, ExtractionMetric.PageScore> without, java.util.function.Predicate<String> keep) {
    List<ExtractionMetric.PageScore> a = new ArrayList<>();
    List<ExtractionMetric.PageScore> b = new ArrayList<>();
    boolean differs = false;
    for (Map.Entry<String, ExtractionMetric.PageScore> e : with.entrySet()) {
      if (keep.test(e.getKey())) {
        a.add(e.getValue());
        ExtractionMetric.PageScore o = without.get(e.getKey());
        b.add(o);
        differs |= !o.equals(e.getValue());
      }
    }
    return differs ? ExtractionMetric.score(a).f1() - ExtractionMetric.score(b).f1() : 0;
  }

  private static boolean changes(Map<String, ExtractionMetric.PageScore> with,
      Map<String, ExtractionMetric.PageScore> without, Set<String> pages) {
    return pages.stream().anyMatch(id -> !with.get(id).equals(without.get(id)));
  }

  private static Set<String> ids(List<Page> pages) {
    Set<String> out = new HashSet<>();
    pages.forEach(p -> out.add(p.id()));
    return out;
  }
}
