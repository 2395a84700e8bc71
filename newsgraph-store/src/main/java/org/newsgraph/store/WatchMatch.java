package org.newsgraph.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A claim or an event that matches a watchlist: what a feed entry and an alert show, and where its sentence is.
 *
 * @param kind          {@code claim} or {@code event}
 * @param articleId     the article it was found in
 * @param factId        its id in that article ({@code c3}, {@code e2}): the page marks its sentence with it
 * @param headline      the article's headline, or null
 * @param outlet        the article's outlet, or null
 * @param published     the article's date (published, else updated), or null
 * @param stored        when the article was stored (UTC): a match is new from then on
 * @param sentence      the words of its sentence
 * @param type          the PLOVER type of an event; null for a claim
 * @param stance        a claim's stance or an event's modality, lower case
 * @param source        the words of its source (an event's: of the claim it is reported through), or null
 * @param sourceEntity  that source's entity, or null
 * @param confidence    how sure the extractor is (0 to 1), or null when unknown
 * @param level         its corroboration level on its story's board when the watchlist asks for one, else null
 */
public record WatchMatch(String kind, String articleId, String factId, String headline, String outlet,
    LocalDate published, Instant stored, String sentence, String type, String stance, String source,
    String sourceEntity, Double confidence, StoryBoard.Level level) {

  /** The same match with its corroboration level. */
  public WatchMatch withLevel(StoryBoard.Level l) {
    return new WatchMatch(kind, articleId, factId, headline, outlet, published, stored, sentence, type, stance,
        source, sourceEntity, confidence, l);
  }
}
