package org.newsgraph.stories.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.newsgraph.stories.profile.SparseVector;

/**
 * One real-world event of a story as linking sees it: what its mentions have in common so far. The store keeps one
 * row of it per instance (with its mentions in another table).
 *
 * @param id          "v" + the article id + "-" + the mention id of its first mention
 * @param storyId     its story
 * @param type        the most frequent PLOVER type of its mentions, or null
 * @param label       the trigger words of its first mention
 * @param stems       trigger stems with how many mentions used each
 * @param actors      linked actors with counts
 * @param recipients  linked recipients with counts
 * @param location    the first linked place, or null
 * @param begin       the narrowest time its mentions give (first day), or null
 * @param end         its end (exclusive), or null
 * @param context     the sum of its mentions' sentence contexts (heaviest keys)
 * @param mentions    mentions linked to it
 * @param articles    distinct articles among them
 * @param lastArticle the article of its latest mention (to count articles without keeping them all)
 * @param lastSeq     the stream position of that article (orders the instances when loaded)
 */
public record EventInstanceState(String id, String storyId, String type, String label, Map<String, Integer> stems,
    Map<String, Integer> actors, Map<String, Integer> recipients, String location, LocalDate begin, LocalDate end,
    SparseVector context, int mentions, int articles, String lastArticle, long lastSeq) {
  public EventInstanceState {
    stems = Map.copyOf(stems);
    actors = Map.copyOf(actors);
    recipients = Map.copyOf(recipients);
  }

  /** Actors by how many mentions name them, then by id. */
  public List<String> actorsByCount() {
    return byCount(actors);
  }

  public List<String> recipientsByCount() {
    return byCount(recipients);
  }

  static List<String> byCount(Map<String, Integer> m) {
    return m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
  }
}
