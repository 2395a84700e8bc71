package org.newsgraph.core;

import java.time.LocalDate;
import java.util.List;

/**
 * An attribution: who says what, how, through which channel, when, and with what stance.
 *
 * @param id              id within the article ("c1", "c2", … in text order)
 * @param source          the span naming the source ("South Korea's spy agency", "he"), or null when unattributed
 * @param sourceEntityId  the canonical entity of the source when it is one ({@code org:nis-kor}), else null
 * @param cue             the reporting verb or phrase ("told", "said", "according to", a colon)
 * @param content         what is said: one or more spans (split around the cue, or over several paragraphs)
 * @param kind            direct (quoted), indirect (reported) or mixed
 * @param channel         the channel as a span ("told AFP", "in a statement", "on social media"), or null
 * @param said            when it was said: the resolved date the text gives, else the article's date, else null
 * @param saidFromText    true when {@code said} comes from the text, false when it is the article's date
 * @param stance          how the source holds the content
 * @param sentence        index of the sentence holding the cue
 */
public record Claim(String id, Span source, String sourceEntityId, Span cue, List<Span> content, Kind kind,
    Span channel, LocalDate said, boolean saidFromText, Stance stance, int sentence) {

  public Claim {
    content = List.copyOf(content);
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
