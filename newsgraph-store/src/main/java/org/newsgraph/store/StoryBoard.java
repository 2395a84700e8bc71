package org.newsgraph.store;

import java.time.LocalDate;
import java.util.List;

/**
 * The board of a story: for each of its event instances and claim instances, who asserts it, who believes or hedges
 * it, who denies it and who has not confirmed it, each report linked to its article and sentence, with a
 * corroboration level and its reasons. Computed at read time from the story and its articles.
 *
 * @param story   the story
 * @param events  its event instances, the most reported first
 * @param claims  its claim instances, the most reported first
 */
public record StoryBoard(StorySummary story, List<Row> events, List<Row> claims) {
  public StoryBoard {
    events = List.copyOf(events);
    claims = List.copyOf(claims);
  }

  /** How well a fact is corroborated. */
  public enum Level {
    /** One named source asserts it, none denies it. */
    SINGLE_SOURCE,
    /** Two or more independent named sources assert it, none denies it. */
    CORROBORATED,
    /** Asserted by some named sources, denied by others. */
    DISPUTED,
    /** Denied by a named source, asserted by none. */
    DENIED,
    /** No named source asserts it: only hedged, believed, unnamed, or reported as not confirmed. */
    UNCONFIRMED
  }

  /** A column of the board: how a source holds the fact. */
  public enum Column {
    /** States or confirms it. */
    ASSERTS,
    /** Believes, assesses or hedges it. */
    BELIEVES,
    /** Denies it, or says it did not happen. */
    DENIES,
    /** Has not confirmed it ("neither X nor Y have confirmed"). */
    NOT_CONFIRMED
  }

  /**
   * One event instance or claim instance on the board.
   *
   * @param instanceId      the instance
   * @param type            the PLOVER type of an event, null for a claim
   * @param label           the trigger words of an event, the excerpt of a claim
   * @param level           its corroboration level
   * @param reasons         why, in words
   * @param sources         independent named sources that assert it (each counted once however many reports)
   * @param articles        articles that report it (a republication is not counted again)
   * @param outlets         distinct outlets that carried those articles (republications included)
   * @param republications  copies of those articles elsewhere, counted once
   * @param entries         each source in each column, with its reports
   */
  public record Row(String instanceId, String type, String label, Level level, List<String> reasons, int sources,
      int articles, int outlets, int republications, List<Entry> entries) {
    public Row {
      reasons = List.copyOf(reasons);
      entries = List.copyOf(entries);
    }
  }

  /**
   * One source in one column.
   *
   * @param column    how it holds the fact
   * @param sourceKey an entity id (a country for each country of an unnamed group such as "South Korean and
   *                  Ukrainian intelligence agencies"), {@code outlet:NAME} for an outlet's own unattributed account,
   *                  or {@code unnamed} (never counted as a source)
   * @param source    the source's words in its first report
   * @param named     whether it counts as a source
   * @param articles  articles carrying its reports
   * @param outlets   distinct outlets carrying them (republications included)
   * @param reports   its reports
   */
  public record Entry(Column column, String sourceKey, String source, boolean named, int articles, int outlets,
      List<Report> reports) {
    public Entry {
      reports = List.copyOf(reports);
    }
  }

  /**
   * One report: where a source's stance toward the fact is written.
   *
   * @param articleId  the article
   * @param outlet     its outlet, or null
   * @param date       its date, or null
   * @param factId     the event or claim id in that article
   * @param claimId    the claim it is reported through, or null (the outlet's own account)
   * @param source     the source's words in this report, or null (the outlet's own account, an unattributed claim)
   * @param stance     the claim's stance (asserted, believed, hedged, denied, unconfirmed, confirmed) or the
   *                   event's modality when there is no claim
   * @param link       {@code claim} (the fact is reported through the claim), {@code reference} (the claim's words
   *                   refer back to the event: "have not confirmed the troop deployment"), {@code own} (no claim)
   * @param channel    the channel that carried the source's words ("told AFP"), or null; "Yonhap, citing the NIS"
   *                   is not marked by the claims, so a wire agency citing a source is not seen as such
   * @param sentence   index of the sentence in the article
   * @param text       the sentence's words
   */
  public record Report(String articleId, String outlet, LocalDate date, String factId, String claimId,
      String source, String stance, String link, String channel, int sentence, String text) {}
}
