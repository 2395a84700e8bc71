package org.newsgraph.stories.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.stories.profile.ArticleProfile.Channel;
import org.newsgraph.stories.profile.SparseVector;

/**
 * Where an article's candidate stories come from: the {@link StoryIndex} of the stories by their heaviest entities
 * and terms, and the lookup of an article's heaviest ones in it.
 */
final class Candidates {
  /** Keys a story is listed under, and keys an article looks up. */
  private static final int INDEX_TERMS = 10;
  private static final int INDEX_ENTITIES = 8;
  /** Stories read from each index list, and stories scored in full. */
  private static final int PER_LIST = 24;
  private static final int SCORED = 48;

  private final StoryIndex index = new StoryIndex();
  /** Months either side of an article's that its candidates may have been active in. */
  private final int window;

  Candidates(int quietDays) {
    this.window = (quietDays + 30) / 30;
  }

  /** The index keys a story is listed under: its heaviest entities and terms. */
  static List<String> keys(StoryState s) {
    List<String> keys = new ArrayList<>();
    for (String e : s.channel(Channel.ENTITIES).heaviest(INDEX_ENTITIES, k -> true)) {
      keys.add(indexKey(Channel.ENTITIES, e));
    }
    for (String t : s.channel(Channel.TERMS).heaviest(INDEX_TERMS, k -> true)) {
      keys.add(indexKey(Channel.TERMS, t));
    }
    return keys;
  }

  /** Lists (or re-lists) a story under {@link #keys} of its state. */
  void list(StoryState s) {
    index.put(s.id(), s.lastSeq(), keys(s), s.first(), s.last());
  }

  /** Lists a story under keys saved with it. */
  void list(String id, long lastSeq, List<String> keys, LocalDate first, LocalDate last) {
    index.put(id, lastSeq, keys, first, last);
  }

  /** Stories listed. */
  int stories() {
    return index.stories();
  }

  /**
   * Candidate story ids of an article of {@code date} weighed {@code v}, the most promising first: by the summed
   * weight of the looked-up keys they share.
   */
  List<String> of(LocalDate date, Map<Channel, SparseVector> v) {
    Map<String, Double> hits = new LinkedHashMap<>();
    for (Channel c : List.of(Channel.ENTITIES, Channel.TERMS)) {
      SparseVector x = v.get(c);
      List<String> keys = x.heaviest(c == Channel.TERMS ? INDEX_TERMS : INDEX_ENTITIES, k -> true);
      for (int i = 0; i < keys.size(); i++) {
        String key = keys.get(i);
        double w = x.get(key);
        index.candidates(indexKey(c, key), date, window, PER_LIST, id -> hits.merge(id, w, Double::sum));
      }
    }
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(hits.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ranked.size() && i < SCORED; i++) {
      out.add(ranked.get(i).getKey());
    }
    return out;
  }

  private static String indexKey(Channel c, String key) {
    return c == Channel.ENTITIES ? "e|" + key : "t|" + key;
  }
}
