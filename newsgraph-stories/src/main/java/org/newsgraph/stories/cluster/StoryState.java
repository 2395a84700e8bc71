package org.newsgraph.stories.cluster;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.newsgraph.stories.profile.ArticleProfile.Channel;
import org.newsgraph.stories.profile.SparseVector;

/**
 * A story as clustering sees it: the sum of its articles' weighted vectors per channel (the heaviest keys kept), the
 * days its dated articles span, and counts. The store keeps one row of it per story; loading it back gives the same
 * clustering as if the process had never stopped.
 *
 * @param id        the story's id: "s" and the id of the article that started it
 * @param lastSeq   the stream position of the last article that joined (orders the candidate index)
 * @param first     the earliest date of its dated articles, or null when it has none
 * @param last      the latest such date, or null
 * @param articles  how many articles it holds
 * @param undated   how many of them have no date
 * @param title     the headline of its first article (else the start of its text)
 * @param scoreSum  the sum of the similarities its articles had when they joined (all but the first): how close
 *                  its articles are to it, on average
 * @param centroid  per channel, the sum of its articles' unit vectors
 */
public record StoryState(String id, long lastSeq, LocalDate first, LocalDate last, int articles, int undated,
    String title, double scoreSum, Map<Channel, SparseVector> centroid) {
  public StoryState {
    EnumMap<Channel, SparseVector> c = new EnumMap<>(Channel.class);
    for (Channel ch : Channel.values()) {
      SparseVector v = centroid == null ? null : centroid.get(ch);
      c.put(ch, v == null ? SparseVector.EMPTY : v);
    }
    centroid = java.util.Collections.unmodifiableMap(c);
  }

  public SparseVector channel(Channel c) {
    return centroid.get(c);
  }

  /** The mean similarity of its articles when they joined, or NaN when none joined yet. */
  public double cohesion() {
    return articles > 1 ? scoreSum / (articles - 1) : Double.NaN;
  }

  public boolean dated() {
    return first != null;
  }
}
