package org.newsgraph.stories.claims;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.stories.profile.DocumentFrequencies;
import org.newsgraph.stories.profile.SparseVector;

/**
 * Claims across the articles of a story: a report joins the claim of the same source whose words are most similar
 * (cosine of rare-word-weighted content at least {@link #THRESHOLD}), else it starts a claim. Reports of an unnamed
 * source only join claims of unnamed sources, and need more overlap ({@link #UNNAMED_THRESHOLD}). A report's stance
 * is kept with it: the same claim may be asserted by one report and denied in another.
 */
public final class ClaimLinker {
  static final double THRESHOLD = 0.35;
  static final double UNNAMED_THRESHOLD = 0.55;
  /** Instances of one source a report is compared with in its story: the newest. */
  public static final int PER_SOURCE = 64;
  private static final int CONTENT_KEYS = 60;

  private final DocumentFrequencies df;
  /** story → source key → newest claim ids; story → claims. */
  private final Map<String, Map<String, Deque<String>>> bySource = new HashMap<>();
  private final Map<String, Map<String, ClaimInstanceState>> claims = new HashMap<>();

  public ClaimLinker(DocumentFrequencies df) {
    this.df = df;
  }

  /** A report with its content weighed by rarity (as it was when its article arrived). */
  public record Weighed(ClaimMention mention, SparseVector content) {}

  public List<ClaimLink> link(String storyId, long seq, List<ClaimMention> mentions) {
    return linkWeighed(storyId, seq, weigh(mentions));
  }

  /** The reports with their contents weighed by the document frequencies as they are now. */
  public List<Weighed> weigh(List<ClaimMention> mentions) {
    List<Weighed> out = new ArrayList<>();
    for (ClaimMention m : mentions) {
      out.add(new Weighed(m, weigh(m.content())));
    }
    return out;
  }

  /** {@link #link} for reports already weighed. */
  public List<ClaimLink> linkWeighed(String storyId, long seq, List<Weighed> mentions) {
    List<ClaimLink> out = new ArrayList<>();
    for (Weighed w : mentions) {
      out.add(link(storyId, seq, w.mention(), w.content()));
    }
    return out;
  }

  private ClaimLink link(String storyId, long seq, ClaimMention m, SparseVector content) {
    Map<String, ClaimInstanceState> mine = claims.computeIfAbsent(storyId, x -> new LinkedHashMap<>());
    Deque<String> same = bySource.computeIfAbsent(storyId, x -> new HashMap<>()).get(m.sourceKey());
    ClaimInstanceState best = null;
    double bestScore = -1;
    if (same != null) {
      for (String id : same) {
        ClaimInstanceState c = mine.get(id);
        double s = content.cosine(c.content());
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
    }
    double threshold = "unnamed".equals(m.sourceKey()) ? UNNAMED_THRESHOLD : THRESHOLD;
    ClaimInstanceState n;
    boolean started;
    if (best != null && bestScore >= threshold) {
      Map<String, Integer> stances = new HashMap<>(best.stances());
      stances.merge(m.stance(), 1, Integer::sum);
      boolean newArticle = !m.articleId().equals(best.lastArticle());
      n = new ClaimInstanceState(best.id(), storyId, best.sourceKey(), best.sourceText(), best.excerpt(), stances,
          best.content().plus(content, 1).top(CONTENT_KEYS * 2), best.reports() + 1,
          best.articles() + (newArticle ? 1 : 0), m.articleId(), seq);
      started = false;
    } else {
      n = new ClaimInstanceState("c" + m.articleId() + "-" + m.claimId(), storyId, m.sourceKey(), m.sourceText(),
          m.excerpt(), Map.of(m.stance(), 1), content, 1, 1, m.articleId(), seq);
      started = true;
      bestScore = 1;
    }
    put(n);
    return new ClaimLink(m.articleId(), m.claimId(), n.id(), started, bestScore, m.stance(), n);
  }

  private void put(ClaimInstanceState c) {
    claims.computeIfAbsent(c.storyId(), x -> new LinkedHashMap<>()).put(c.id(), c);
    Deque<String> d = bySource.computeIfAbsent(c.storyId(), x -> new HashMap<>())
        .computeIfAbsent(c.sourceKey(), x -> new ArrayDeque<>());
    d.remove(c.id());
    d.addFirst(c.id());
    while (d.size() > PER_SOURCE) {
      d.removeLast();
    }
  }

  /** Loads a saved claim (oldest first; only the order within its story matters). */
  public void restore(ClaimInstanceState c) {
    put(c);
  }

  private SparseVector weigh(SparseVector counts) {
    Map<String, Float> m = new HashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      m.put(counts.key(i), (float) (counts.weight(i) * df.idf(counts.key(i))));
    }
    return SparseVector.of(m).top(CONTENT_KEYS).unit();
  }
}
