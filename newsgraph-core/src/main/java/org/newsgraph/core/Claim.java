package org.newsgraph.core;

import java.time.LocalDate;
import java.util.List;

/**
 * An attribution: who says what, how, through which channel, when, and with what stance.
 *
 * @param id              id within the article ("c1", "c2", … in text order)
 * @param source          the span naming the source ("South Korea's spy agency", "he"), or null when unattributed
 * @param sourceEntityId  the canonical entity of the source when it is one ({@code org:nis-kor}), else null
 * @param sourceCountries the countries of an unnamed group source, as country entity ids in text order
 *                        ("Ukrainian officials" → {@code country:UKR}; "South Korean and Ukrainian intelligence
 *                        agencies" → {@code country:KOR}, {@code country:UKR}); empty when the source is a named
 *                        entity, when there is no source, or when no country is given ("Western officials")
 * @param cue             the reporting verb or phrase ("told", "said", "according to", a colon)
 * @param content         what is said: one or more spans (split around the cue, or over several paragraphs)
 * @param kind            direct (quoted), indirect (reported) or mixed
 * @param channel         the channel as a span ("told AFP", "in a statement", "on social media"), or null
 * @param said            when it was said: the first day of the resolved date the text gives ("said Friday",
 *                        "said in December"), else the article's date, else null
 * @param saidUntil       the day after the last day it may have been said: {@code said} plus one day for a day,
 *                        the first of January for "said in December" (the interval is [said, saidUntil)); null
 *                        exactly when {@code said} is null
 * @param saidFromText    true when {@code said} comes from the text, false when it is the article's date
 * @param stance          how the source holds the content
 * @param sentence        index of the sentence holding the cue
 * @param confidence      0..1, the calibrated probability that the claim is fully right (a real attribution with the
 *                        right source as shown, cue and content), as the trained claim-confidence model gives it;
 *                        null when unknown (a claim stored before claims had a confidence)
 * @param cited           the source the teller cites ("Yonhap, citing the NIS, said": the NIS, whose claim Yonhap
 *                        carries), or null when none is cited
 * @param reportedBy      the id of the claim that reports this one, when this one is nested in its content ("X said
 *                        a study concluded Y": the study's claim carries Y and is reported by X's claim, whose
 *                        content is the report "a study concluded Y"); null for a claim the article makes itself
 */
public record Claim(String id, Span source, String sourceEntityId, List<String> sourceCountries, Span cue,
    List<Span> content, Kind kind, Span channel, LocalDate said, LocalDate saidUntil, boolean saidFromText,
    Stance stance, int sentence, Double confidence, Cited cited, String reportedBy) {

  /** The confidence under which a claim is shown faded (and hidden on request), as for events. */
  public static final double LOW_CONFIDENCE = 0.5;

  public Claim {
    sourceCountries = sourceCountries == null ? List.of() : List.copyOf(sourceCountries);
    content = List.copyOf(content);
    if (said == null) {
      saidUntil = null;
    } else if (saidUntil == null || !saidUntil.isAfter(said)) {
      saidUntil = said.plusDays(1); // a day: what a store written before the column had, and any empty interval
    }
    if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("a claim's confidence lies in 0..1, not " + confidence);
    }
  }

  /** A claim that cites no source and that the article makes itself (reported by no other claim). */
  public Claim(String id, Span source, String sourceEntityId, List<String> sourceCountries, Span cue,
      List<Span> content, Kind kind, Span channel, LocalDate said, LocalDate saidUntil, boolean saidFromText,
      Stance stance, int sentence, Double confidence) {
    this(id, source, sourceEntityId, sourceCountries, cue, content, kind, channel, said, saidUntil, saidFromText,
        stance, sentence, confidence, null, null);
  }

  /**
   * The source a claim's teller cites: "the NIS" in "Yonhap, citing the NIS, said". The claim is then the cited
   * source's, carried by the teller.
   *
   * @param span      the words naming the cited source
   * @param entityId  its canonical entity, or null ("citing officials")
   */
  public record Cited(Span span, String entityId) {}

  /** A claim with no confidence yet (the stage gives it one last). */
  public Claim(String id, Span source, String sourceEntityId, List<String> sourceCountries, Span cue,
      List<Span> content, Kind kind, Span channel, LocalDate said, LocalDate saidUntil, boolean saidFromText,
      Stance stance, int sentence) {
    this(id, source, sourceEntityId, sourceCountries, cue, content, kind, channel, said, saidUntil, saidFromText,
        stance, sentence, null);
  }

  /** A claim said on one day ({@code said}) or at no known date (null). */
  public Claim(String id, Span source, String sourceEntityId, List<String> sourceCountries, Span cue,
      List<Span> content, Kind kind, Span channel, LocalDate said, boolean saidFromText, Stance stance,
      int sentence) {
    this(id, source, sourceEntityId, sourceCountries, cue, content, kind, channel, said, null, saidFromText, stance,
        sentence);
  }

  /** A claim whose source has no group countries (a named source, or none given). */
  public Claim(String id, Span source, String sourceEntityId, Span cue, List<Span> content, Kind kind,
      Span channel, LocalDate said, boolean saidFromText, Stance stance, int sentence) {
    this(id, source, sourceEntityId, List.of(), cue, content, kind, channel, said, null, saidFromText, stance,
        sentence);
  }

  /** This claim with the countries of its unnamed group source. */
  public Claim withSourceCountries(List<String> countries) {
    return new Claim(id, source, sourceEntityId, countries, cue, content, kind, channel, said, saidUntil,
        saidFromText, stance, sentence, confidence, cited, reportedBy);
  }

  /** This claim with a confidence (0..1, or null for unknown). */
  public Claim withConfidence(Double c) {
    return new Claim(id, source, sourceEntityId, sourceCountries, cue, content, kind, channel, said, saidUntil,
        saidFromText, stance, sentence, c, cited, reportedBy);
  }

  /** This claim carried for the source it cites (null: none). */
  public Claim withCited(Cited c) {
    return new Claim(id, source, sourceEntityId, sourceCountries, cue, content, kind, channel, said, saidUntil,
        saidFromText, stance, sentence, confidence, c, reportedBy);
  }

  /** This claim as reported by the claim {@code claimId} (null: by none). */
  public Claim withReportedBy(String claimId) {
    return new Claim(id, source, sourceEntityId, sourceCountries, cue, content, kind, channel, said, saidUntil,
        saidFromText, stance, sentence, confidence, cited, claimId);
  }

  /** Whether another claim reports this one (it is nested in that claim's content). */
  public boolean nested() {
    return reportedBy != null;
  }

  /** Whether the confidence is known and under {@link #LOW_CONFIDENCE}. */
  public boolean lowConfidence() {
    return confidence != null && confidence < LOW_CONFIDENCE;
  }

  /** Whether the words are quoted. */
  public enum Kind { DIRECT, INDIRECT, MIXED }

  /** How the source holds what it says. */
  public enum Stance {
    /** Stated as fact ("said", "told"). */
    ASSERTED,
    /** Believed or assessed ("it believed", "it appears"). */
    BELIEVED,
    /** Hedged ("may", "possible", "could"). */
    HEDGED,
    /** Denied ("denied", "rejected the claim"). */
    DENIED,
    /** Not confirmed ("neither … nor … have confirmed"). */
    UNCONFIRMED,
    /** Confirmed ("confirmed", "acknowledged"). */
    CONFIRMED
  }
}
