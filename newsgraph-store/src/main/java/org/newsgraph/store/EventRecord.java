package org.newsgraph.store;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;

/**
 * A stored event with its article and the sentence it was found in.
 *
 * @param articleId  the article
 * @param headline   its headline
 * @param published  its date (published, else updated)
 * @param event      the event, spans into that article's text
 * @param trigger    the trigger's words
 * @param sentence   the sentence holding the trigger
 * @param claimedBy  the claim the event is reported through ({@link Event#claimId}), or null
 */
public record EventRecord(String articleId, String headline, LocalDate published, Event event, String trigger,
    String sentence, ClaimedBy claimedBy) {

  /**
   * Who reports an event, and how.
   *
   * @param claimId          the claim's id in the article
   * @param sourceText       the source's words, or null when unattributed
   * @param entityId         the source's canonical entity, or null
   * @param stance           how the source stands towards it
   * @param sourceCountries  the countries of an unnamed group source ("Ukrainian officials": {@code country:UKR};
   *                         {@link Claim#sourceCountries()}), else empty
   */
  public record ClaimedBy(String claimId, String sourceText, String entityId, Claim.Stance stance,
      List<String> sourceCountries) {
    public ClaimedBy {
      sourceCountries = sourceCountries == null ? List.of() : List.copyOf(sourceCountries);
    }

    /** A source that is a named entity or none: no group countries. */
    public ClaimedBy(String claimId, String sourceText, String entityId, Claim.Stance stance) {
      this(claimId, sourceText, entityId, stance, List.of());
    }
  }
}
