package org.newsgraph.eval.precision;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Event;

/**
 * Whether an event's predicted actors (or recipients) are the gold's. Every predicted participant must be one of the
 * gold's: the same entity or one of its alternatives; or, for a gold participant the text gives without naming an
 * entity ({@value GoldClaim#UNNAMED}), words that overlap the gold's and are not a bare pronoun. Missing some of
 * several gold participants is tolerated; naming a wrong one is not. No predicted participant is right when the
 * gold has none, or when every gold participant is implicit in the text; otherwise it is wrong.
 */
final class Participants {
  private Participants() {}

  /** Null when right, else what is wrong. */
  static String wrong(String text, List<GoldArgument> gold, List<Event.Argument> ours) {
    if (ours.isEmpty()) {
      return gold.stream().allMatch(GoldArgument::implicit) ? null : "missing for " + expected(gold);
    }
    if (gold.isEmpty()) {
      return words(text, ours) + " where the text gives none";
    }
    for (Event.Argument a : ours) {
      if (gold.stream().noneMatch(g -> matches(text, g, a))) {
        String what = a.entityId() != null ? a.entityId()
            : (Words.pronoun(text, a.span()) ? "pronoun " : "unresolved ") + "\"" + words(text, a) + "\"";
        return what + " for " + expected(gold);
      }
    }
    return null;
  }

  private static boolean matches(String text, GoldArgument g, Event.Argument a) {
    List<String> accepted = g.accepted();
    if (a.entityId() != null) {
      return accepted.contains(a.entityId());
    }
    return accepted.contains(GoldClaim.UNNAMED) && g.span() != null && g.span().overlaps(a.span())
        && !Words.pronoun(text, a.span());
  }

  static String expected(List<GoldArgument> gold) {
    if (gold.isEmpty()) {
      return "none";
    }
    List<String> out = new ArrayList<>();
    for (GoldArgument g : gold) {
      out.add(String.join("|", g.accepted()) + (g.span() == null ? "" : " \"" + g.span().words() + "\""));
    }
    return String.join(" + ", out);
  }

  /** The words of a participant (none when it has no span). */
  static String words(String text, Event.Argument a) {
    return a.span() == null ? "" : a.span().of(text);
  }

  private static String words(String text, List<Event.Argument> ours) {
    List<String> out = new ArrayList<>();
    for (Event.Argument a : ours) {
      out.add(a.entityId() != null ? a.entityId() : "\"" + words(text, a) + "\"");
    }
    return String.join(" + ", out);
  }
}
