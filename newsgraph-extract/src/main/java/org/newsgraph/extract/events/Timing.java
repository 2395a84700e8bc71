package org.newsgraph.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.SpanIndex;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;
import org.newsgraph.core.Token;

/**
 * When an event happened: the nearest resolved time expression the trigger (or its support verb) governs, not
 * looking into embedded clauses, which have their own events ("said Friday that troops had been withdrawn" gives
 * the withdrawal no date of its own). "since mid-January" opens the interval, "until" closes it. With no time of
 * its own, a reported event happened by the time it was reported (the interval ends with the report's date: the
 * reporting verb's time here, or the date the text gives its claim, which {@code EventExtractor} applies); else the
 * article's date is the marked fallback.
 */
final class Timing {
  /** Relations not followed when looking for the event's own time: they hold other events. */
  private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "acl:relcl", "parataxis", "conj", "csubj",
      "dep", "acl");
  private static final Set<String> TEMPORAL_MARKS = Set.of("when", "as", "while", "after", "before", "during",
      "since", "until");

  /** The chosen time: its span, interval, and whether it is the article-date fallback. */
  record When(Span time, LocalDate begin, LocalDate end, boolean fromArticleDate) {}

  private Timing() {}

  static When of(Sentence s, List<TimeExpression> times, Token trigger, Token clause, Token reportingVerb,
      boolean planned, LocalDate anchor) {
    List<TimeExpression> inSentence = new ArrayList<>();
    for (TimeExpression t : SpanIndex.ofTimes(times).within(s.span())) {
      if (s.span().contains(t.span()) && t.type() != TimexType.DURATION && t.type() != TimexType.SET
          && (t.begin() != null || t.end() != null)) {
        inSentence.add(t);
      }
    }
    When own = nearest(s, inSentence, trigger);
    if (own == null && clause != trigger) {
      own = nearest(s, inSentence, clause);
    }
    // "On Tuesday, he is scheduled to arrive": the time sits on the verb that controls the trigger
    Token up = clause;
    for (int guard = 0; own == null && guard < 3 && up.head() >= 0
        && (up.deprel().equals("xcomp") || up.deprel().equals("conj")); guard++) {
      up = s.tokens().get(up.head());
      own = nearest(s, inSentence, up);
    }
    if (own != null) {
      return own;
    }
    if (reportingVerb != null && !planned) {
      When said = nearest(s, inSentence, reportingVerb);
      if (said != null && said.end() != null) {
        return new When(said.time(), null, said.end(), false);
      }
    }
    if (anchor == null) {
      return new When(null, null, null, false);
    }
    return new When(null, anchor, anchor.plusDays(1), true);
  }

  /** Breadth-first through the dependents of {@code from}, not entering embedded clauses. */
  private static When nearest(Sentence s, List<TimeExpression> times, Token from) {
    if (times.isEmpty()) {
      return null;
    }
    List<Token> frontier = new ArrayList<>(List.of(from));
    boolean[] seen = new boolean[s.tokens().size()];
    seen[from.index()] = true;
    for (int level = 0; level < 5 && !frontier.isEmpty(); level++) {
      List<Token> next = new ArrayList<>();
      for (Token t : frontier) {
        for (Token d : s.dependentsOf(t)) {
          if (seen[d.index()] || CLAUSES.contains(d.deprel()) || d.deprel().equals("advcl") && !temporalClause(s, d)) {
            continue;
          }
          seen[d.index()] = true;
          for (TimeExpression te : times) {
            if (te.span().overlaps(d.span())) {
              return interval(s, te, d);
            }
          }
          next.add(d);
        }
      }
      frontier = next;
    }
    return null;
  }

  private static boolean temporalClause(Sentence s, Token advcl) {
    for (Token d : s.dependentsOf(advcl)) {
      if ((d.deprel().equals("mark") || d.deprel().equals("advmod")) && TEMPORAL_MARKS.contains(Deps.word(d))) {
        return true;
      }
    }
    return false;
  }

  private static When interval(Sentence s, TimeExpression te, Token at) {
    String c = Deps.caseOf(s, at);
    if (c.isEmpty() && at.index() > 0) {
      // "Since mid-January" tagged as a modifier: look at the word before the expression
      Token prev = s.tokens().get(at.index() - 1);
      if (prev.span().end() <= te.span().begin()) {
        c = Deps.word(prev);
      }
    }
    return switch (c) {
      case "since", "from" -> new When(te.span(), te.begin(), null, false);
      case "until", "till", "by", "before" -> new When(te.span(), null, c.equals("before") ? te.begin() : te.end(),
          false);
      default -> new When(te.span(), te.begin(), te.end(), false);
    };
  }
}
