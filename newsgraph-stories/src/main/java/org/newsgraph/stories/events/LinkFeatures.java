package org.newsgraph.stories.events;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.stories.profile.SparseVector;

/**
 * What the event-link model sees of a mention and an event instance of its story: the trigger (the same stem, how
 * much of the instance uses it, character-trigram similarity of the stems, PLOVER type), the sentence context
 * (cosine of the rarity-weighed words and entities), the participants, place and time (agree / disagree, each only
 * when both sides have one; the linked entities both sentences name), whether the instance was last reported by the
 * same article, and its size; and three products (context with the trigger, the same article with the stem).
 */
public final class LinkFeatures {
  /** The feature names, in the order of {@link #of}'s vector. */
  public static final List<String> NAMES = List.of("stem_same", "stem_share", "stem_trigrams", "type_same",
      "type_other", "context", "context_x_stem", "reporting", "reporting_x_context", "actor_shared", "actor_other",
      "place_same", "place_other", "time_overlap", "time_apart", "same_article", "instance_size", "entities_shared",
      "context_x_trigrams", "same_article_x_stem");

  /** Reporting verbs: many different statements share them, so their context has to agree as well. */
  static final Set<String> REPORTING = Set.of("say", "tell", "report", "announc", "state", "add", "claim",
      "confirm", "note", "explain", "comment", "describ", "ask");

  private LinkFeatures() {}

  /** The features of mention {@code m} (its context already weighed: {@code context}) against instance {@code i}. */
  public static double[] of(EventMention m, SparseVector context, EventInstanceState i) {
    double[] f = new double[NAMES.size()];
    int total = 0;
    for (int c : i.stems().values()) {
      total += c;
    }
    boolean reporting = false;
    for (String st : m.stems()) {
      Integer c = i.stems().get(st);
      if (c != null) {
        f[0] = 1;
        f[1] = Math.max(f[1], total == 0 ? 0 : (double) c / total);
      }
      reporting |= REPORTING.contains(st);
      for (String other : i.stems().keySet()) {
        f[2] = Math.max(f[2], trigramDice(st, other));
      }
    }
    if (m.type() != null && i.type() != null) {
      f[m.type().equals(i.type()) ? 3 : 4] = 1;
    }
    double ctx = context.cosine(i.context());
    f[5] = ctx;
    f[6] = ctx * f[0];
    f[7] = reporting ? 1 : 0;
    f[8] = reporting ? ctx : 0;
    if (!m.actors().isEmpty() && !i.actors().isEmpty()) {
      f[m.actors().stream().anyMatch(i.actors()::containsKey) ? 9 : 10] = 1;
    }
    if (m.location() != null && i.location() != null) {
      f[m.location().equals(i.location()) ? 11 : 12] = 1;
    }
    if (m.begin() != null && m.end() != null && i.begin() != null && i.end() != null) {
      f[m.begin().isBefore(i.end()) && i.begin().isBefore(m.end()) ? 13 : 14] = 1;
    }
    f[15] = m.articleId().equals(i.lastArticle()) ? 1 : 0;
    f[16] = Math.log1p(i.mentions());
    int entities = 0;
    for (String k : context.shared(i.context())) {
      entities += k.indexOf(':') > 0 ? 1 : 0;
    }
    f[17] = Math.min(entities, 3) / 3.0;
    f[18] = ctx * f[2];
    f[19] = f[15] * f[0];
    return f;
  }

  /** Dice coefficient of the character trigrams of two words, each padded with a boundary mark ("^ar", …). */
  static double trigramDice(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    Set<String> x = trigrams(a);
    Set<String> y = trigrams(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String t : x) {
      if (y.contains(t)) {
        shared++;
      }
    }
    return 2.0 * shared / (x.size() + y.size());
  }

  private static Set<String> trigrams(String w) {
    String p = "^" + w + "$";
    Set<String> out = new HashSet<>();
    for (int k = 0; k + 3 <= p.length(); k++) {
      out.add(p.substring(k, k + 3));
    }
    return out;
  }

  /** The names with their values, for reasons and tests. */
  static Map<String, Double> named(double[] f) {
    Map<String, Double> m = new java.util.LinkedHashMap<>();
    for (int k = 0; k < f.length; k++) {
      m.put(NAMES.get(k), f[k]);
    }
    return m;
  }
}
