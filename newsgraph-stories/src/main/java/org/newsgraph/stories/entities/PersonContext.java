package org.newsgraph.stories.entities;

import java.util.List;

/**
 * What entity merging holds of one person named in full, as it holds it: the store keeps it so that a reopened
 * linker goes on from exactly where the last one stopped (derived again from the article tables it would differ, since
 * merging keeps only the most frequent co-entities as it goes).
 *
 * @param id          the person's entity id
 * @param surname     the folded last word of the name ({@link EntityMerger#surnameOfFull})
 * @param coEntities  the entities named in the same articles, most frequent first (ties by id)
 * @param counts      in how many of its articles each was named, parallel to {@code coEntities}
 * @param stories     the stories whose articles name the person, sorted
 * @param titles      the courtesy titles written before its mentions ("mr", "mrs"), sorted
 */
public record PersonContext(String id, String surname, List<String> coEntities, List<Integer> counts,
    List<String> stories, List<String> titles) {
  public PersonContext {
    coEntities = List.copyOf(coEntities);
    counts = List.copyOf(counts);
    stories = List.copyOf(stories);
    titles = List.copyOf(titles);
    if (coEntities.size() != counts.size()) {
      throw new IllegalArgumentException("co-entities and counts differ in length for " + id);
    }
  }
}
