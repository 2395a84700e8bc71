package org.newsgraph.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A story: the articles that report one real-world development, across outlets.
 *
 * @param id         "s" + the id of the article that started it
 * @param title      the headline of its first article
 * @param firstDate  the earliest date of its dated articles, or null when none is dated
 * @param lastDate   the latest, or null
 * @param articles   articles in it (a republication is not an article: see {@link StoryDetail.StoryArticle})
 * @param undated    of which without a date (they joined by content only)
 * @param outlets    the distinct outlets that published its articles, republications included, first seen first
 * @param first      its first report (earliest date, else the first placed)
 * @param latest     its latest report
 * @param entities   its most characteristic entities (ids), strongest first
 * @param entityNames their names, in the same order (the id where the store has no name)
 */
public record StorySummary(String id, String title, LocalDate firstDate, LocalDate lastDate, int articles,
    int undated, List<String> outlets, Report first, Report latest, List<String> entities,
    List<String> entityNames) {
  public StorySummary {
    outlets = List.copyOf(outlets);
    entities = List.copyOf(entities);
    entityNames = List.copyOf(entityNames);
  }

  /** One article of a story, briefly. */
  public record Report(String articleId, String headline, LocalDate date, String outlet) {}
}
