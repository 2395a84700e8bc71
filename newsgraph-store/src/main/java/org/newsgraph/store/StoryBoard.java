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
 * @param contradictions  where its reports disagree: on a number, on a date, or a source changing its account
 */
public record StoryBoard(StorySummary story, List<Row> events, List<Row> claims, List<Contradiction> contradictions) {
  public StoryBoard {
    events = List.copyOf(events);
    claims = List.copyOf(claims);
    contradictions = List.copyOf(contradictions);
  }

  /** A board without contradictions. */
  public StoryBoard(StorySummary story, List<Row> events, List<Row> claims) {
    this(story, events, claims, List.of());
  }

  /** What two reports disagree on. */
  public enum Disagreement {
    /** Amounts of the same thing that cannot both be true ("10,000 troops" and "3,000 troops"). */
    NUMBER,
    /** Days that do not overlap, each given by the text, for the same event instance. */
    DATE,
    /** One source asserting the fact in one report and denying it in a later one (or the reverse). */
    CHANGED_ACCOUNT
  }

  /**
   * Two reports of one event or claim instance that disagree.
   *
   * @param kind        what they disagree on
   * @param instanceId  the event or claim instance
   * @param type        the PLOVER type of an event, null for a claim
   * @param label       the instance's words
   * @param summary     the disagreement in words ("more than 10,000 troops" vs "3,000 troops")
   * @param first       the earlier report (by date), with what it says
   * @param second      the later one
   */
  public record Contradiction(Disagreement kind, String instanceId, String type, String label, String summary,
      Side first, Side second) {}

  /**
   * One side of a contradiction.
   *
   * @param sourceKey  who says it (an entity id, {@code outlet:NAME}, or {@code unnamed})
   * @param source     its words, or the outlet's name for its own account
   * @param says       what this side says: the amount's words, the days, or the stance
   * @param report     the report, linked to its article and sentence
   */
  public record Side(String sourceKey, String source, String says, Report report) {}

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
   * @param carriers        distinct carriers of asserting sources' words ("Yonhap, citing the NIS": Yonhap carries,
   *                        the NIS is the source counted in {@code sources})
   */
  public record Row(String instanceId, String type, String label, Level level, List<String> reasons, int sources,
      int articles, int outlets, int republications, List<Entry> entries, int carriers) {
    public Row {
      reasons = List.copyOf(reasons);
      entries = List.copyOf(entries);
    }

    /** A row with no carried reports. */
    public Row(String instanceId, String type, String label, Level level, List<String> reasons, int sources,
        int articles, int outlets, int republications, List<Entry> entries) {
      this(instanceId, type, label, level, reasons, sources, articles, outlets, republications, entries, 0);
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
   * @param channel    the channel that carried the source's words ("told AFP"), or null
   * @param sentence   index of the sentence in the article
   * @param text       the sentence's words
   * @param carrier    who carried a cited source's words ("Yonhap" in "Yonhap, citing the NIS, said"; the report
   *                   then counts for the NIS), or null
   */
  public record Report(String articleId, String outlet, LocalDate date, String factId, String claimId,
      String source, String stance, String link, String channel, int sentence, String text, String carrier) {
    /** A report whose source is its teller (no cited source). */
    public Report(String articleId, String outlet, LocalDate date, String factId, String claimId, String source,
        String stance, String link, String channel, int sentence, String text) {
      this(articleId, outlet, date, factId, claimId, source, stance, link, channel, sentence, text, null);
    }
  }
}
