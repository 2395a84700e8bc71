package org.newsgraph.extract.claims;

import java.util.Set;
import org.newsgraph.core.Claim.Stance;

/**
 * The words that mark attribution and stance. Reporting verbs are the lemmas that introduce what someone says or
 * holds; the rest sort a claim into its {@link Stance}. Lists, not a model: each word is here because news uses it
 * to report speech or thought (PolNeAR's frequent cues: say, tell, according to, write, add, ask, note, announce…).
 */
final class Cues {
  private Cues() {}

  private static Set<String> words(String... w) {
    return Set.copyOf(java.util.Arrays.asList(w));
  }

  /**
   * Verbs that report speech, writing or a held view. Left out on purpose, after PolNeAR dev showed them wrong far
   * more often than right: think, find, disclose, continue, learn, hope (mostly inside quotes or not attribution).
   */
  static final Set<String> REPORTING = words(
      "say", "tell", "claim", "add", "state", "announce", "deny", "confirm", "believe", "warn", "accuse",
      "denounce", "hail", "insist", "write", "report", "note", "explain", "argue", "suggest", "predict",
      "acknowledge", "admit", "reveal", "reply", "respond", "declare", "tweet", "allege", "assert", "estimate",
      "contend", "maintain", "stress", "emphasize", "emphasise", "concede", "complain", "promise",
      "vow", "pledge", "assess", "conclude", "testify", "recall", "observe", "point", "caution",
      "charge", "reject", "dismiss", "praise", "criticize", "criticise", "condemn", "urge", "ask", "fear",
      "expect", "agree", "indicate", "report", "post", "inform", "show", "find",
      "describe", "joke", "boast", "brag", "remark", "comment", "mention", "speculate", "worry", "acknowledge",
      "announce", "threaten", "demand", "quip", "retort", "counter", "lament", "muse", "surmise", "opine",
      "underscore", "reiterate", "repeat", "affirm", "question", "doubt", "guess", "imply", "recount", "call", "cite",
      "blast", "slam", "attack", "echo", "liken", "propose", "endorse");

  /**
   * Nouns that report what someone says or holds when a "that" or "to" clause follows ("Trump's claim that…", "his
   * pledge to…"): the noun is the cue, its possessor the source.
   */
  static final Set<String> REPORTING_NOUNS = words("claim", "report", "statement", "allegation", "assertion",
      "warning", "promise", "pledge", "belief", "argument", "suggestion", "prediction", "announcement",
      "insistence", "acknowledgment", "acknowledgement", "admission", "accusation", "assurance", "contention",
      "remark", "comment", "assessment", "conclusion", "finding", "confirmation", "denial", "vow", "demand", "plea",
      "threat", "estimate", "view", "complaint", "boast", "hope", "fear", "concern", "insinuation", "implication");

  /** Dashes that sign a quotation with its speaker's name ("“…” ― Sonya Herridge"). */
  static final Set<String> DASHES = words("\u2015", "\u2014", "\u2013", "--", "-");

  /** Verbs whose object is the addressee ("told AFP"), which is then the channel, not the content. */
  static final Set<String> ADDRESSEE = words("tell", "inform", "warn", "assure", "urge", "ask", "remind");

  static final Set<String> DENYING = words("deny", "reject", "dismiss", "refute", "dispute", "rebut");

  static final Set<String> CONFIRMING = words("confirm", "acknowledge", "admit", "concede", "verify");

  static final Set<String> BELIEVING = words("believe", "assess", "think", "estimate", "suspect", "fear",
      "reckon", "judge", "expect", "surmise", "speculate", "guess", "doubt");

  /** Main verbs of the content that make it an assessment rather than a statement ("appear not to have been"). */
  static final Set<String> SEEMING = words("appear", "seem", "believe", "assess", "suspect", "think");

  /** Modal auxiliaries and adverbs that hedge the content's main clause. */
  static final Set<String> HEDGES = words("may", "might", "could", "possibly", "perhaps", "likely", "probably",
      "maybe", "possible", "unlikely");

  /** Negation and refusal around a confirming verb: "have not confirmed", "declined to confirm". */
  static final Set<String> NEGATORS = words("not", "n't", "never", "neither", "nor", "no");

  static final Set<String> REFUSING = words("decline", "refuse", "fail");

  /** Nouns that name a channel when they follow "in", "on", "via", "through" or "during" ("in a statement"). */
  static final Set<String> CHANNEL_NOUNS = words("statement", "interview", "post", "tweet", "media", "television",
      "radio", "briefing", "conference", "speech", "letter", "email", "e-mail", "release", "op-ed", "twitter",
      "facebook", "telegram", "instagram", "broadcast", "message", "video", "address", "remarks", "blog",
      "column", "editorial", "podcast", "call", "rally", "hearing", "debate", "appearance", "memo", "report",
      "filing", "tv", "x", "website", "truth", "phone", "telephone", "show", "program", "programme", "session",
      "testimony", "meeting", "event", "note", "announcement", "comments", "essay", "article", "newspaper");

  static final Set<String> CHANNEL_PREPOSITIONS = words("in", "on", "via", "through", "during", "at", "over");

  /** Personal pronouns a source may be, resolved to an earlier entity. */
  static final Set<String> PERSON_PRONOUNS = words("he", "she", "him", "her");

  static final Set<String> THING_PRONOUNS = words("it");

  static final Set<String> GROUP_PRONOUNS = words("they", "we");
}
