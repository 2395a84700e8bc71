package org.newsgraph.stories.claims;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.stories.profile.SparseVector;

/**
 * One claim in one article, as claim linking compares it with the claims of its story.
 *
 * @param articleId        the article
 * @param claimId          its id in the article ("c2")
 * @param sourceEntity     the source's entity, or null
 * @param sourceCountries  the countries of an unnamed group source, else empty
 * @param sourceText       the source's words, or null when unattributed
 * @param stance           how the source holds it ("asserted", "denied", …)
 * @param content          the words and entities of what is said, counted
 * @param said             when it was said (first day), or null
 * @param excerpt          the start of what is said (for people)
 */
public record ClaimMention(String articleId, String claimId, String sourceEntity, List<String> sourceCountries,
    String sourceText, String stance, SparseVector content, LocalDate said, String excerpt) {
  public ClaimMention {
    sourceCountries = List.copyOf(sourceCountries);
    content = content == null ? SparseVector.EMPTY : content;
  }

  /**
   * Who says it, as a key: the entity, else the countries of an unnamed group ("group:KOR+UKR"), else
   * "unnamed" (a claim whose source is unknown is never a source of its own).
   */
  public String sourceKey() {
    if (sourceEntity != null) {
      return sourceEntity;
    }
    if (!sourceCountries.isEmpty()) {
      return "group:" + String.join("+", sourceCountries);
    }
    return "unnamed";
  }
}
