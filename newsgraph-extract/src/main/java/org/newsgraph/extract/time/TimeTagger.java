package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;
import org.newsgraph.extract.time.Cal.Out;
import org.newsgraph.extract.time.Rules.Candidate;

/**
 * Finds time expressions in a text and normalises them to TIMEX3 (type, value, mod) with a resolved interval
 * [begin, end).
 *
 * <p>How it works: a list of rules (regular expressions over the words, see {@code Rules}) proposes candidate
 * extents; the longest candidates win, each checked against the tokens (part of speech, NER, neighbours) so that
 * "may" the modal, "March" the verb, "2025 troops" or "Friday prayers" are dropped. The survivors are then resolved
 * in document order against:
 * <ul>
 *   <li>the anchor (the article's date): "last week", "two years ago", "today";</li>
 *   <li>the tense of the governing verb, found by following dependency heads from the expression up to the
 *       nearest predicate: a weekday, a month or a day without a year in a past-tense clause is the latest one on
 *       or before the anchor, in a future clause ("will", "is scheduled to", "plans to") the first one on or after
 *       it. A weekday in a clause with no tense defaults to the past (news reports what happened); a month or a
 *       day without a year defaults to the nearest one;</li>
 *   <li>the temporal focus: "a day later", "the next day", "the following week", "the day before", "a year
 *       earlier" move from the last resolved date within three sentences, else from the anchor;</li>
 *   <li>the reported period: in a sentence comparing figures, "a year earlier" is the quarter the report is about
 *       (named up to six sentences back; forecasts and year-ago comparisons passed over), a year before.</li>
 * </ul>
 *
 * <p>Choices: a weekday naming the anchor's own weekday is the anchor day in both directions ("Tuesday" in a
 * Tuesday article). Mods follow TimeML 1.2.1 (START, MID, END, APPROX, MORE_THAN, …); the interval of a modded
 * period is its first, middle or last third ("mid-January" = 11–21 January); "earlier this month" runs from the
 * start of the month to the anchor. PAST_REF is [null, anchor), PRESENT_REF [anchor, anchor + 1 day), FUTURE_REF
 * [anchor + 1 day, null). Durations have no interval unless anchored ("the past three months" =
 * [anchor − 3 months, anchor + 1 day)). Seasons are meteorological (summer = June–August). With no anchor
 * (undated article), relative expressions keep what is known in TimeML style ("Friday" → {@code XXXX-WXX-5},
 * "last year" → {@code XXXX}) and have no interval.
 *
 * <p>Thread-safe and stateless across calls.
 */
public final class TimeTagger {
  /** Rules whose dates stand on their own (a year is written out): they may anchor "a year later". */
  private static final java.util.Set<String> ABSOLUTE = java.util.Set.of("iso-date", "us-date", "month-day-year",
      "day-month-year", "month-year", "year", "spoken-year", "decade", "century", "quarter", "half", "season");

  /** Finds and normalises every time expression in {@code text}; {@code anchor} may be null. */
  public List<TimeExpression> tag(String text, List<Sentence> sentences, LocalDate anchor) {
    Ctx dry = new Ctx(text, sentences, anchor);
    dry.extentsOnly = true;
    List<Candidate> cands = Rules.candidates(text);
    cands.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::rule)
        .thenComparingInt(cd -> cd.g().begin()));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate cd : cands) {
      boolean overlaps = false;
      for (Candidate o : chosen) {
        if (cd.g().begin() < o.g().end() && o.g().begin() < cd.g().end()) {
          overlaps = true;
          break;
        }
      }
      if (overlaps || LookAlikes.quotedTitle(text, cd.g().begin(), cd.g().end())) {
        continue;
      }
      dry.at(cd.g().begin(), cd.g().end());
      Out out;
      try {
        out = Rules.RULES.get(cd.rule()).handler().apply(cd.g(), dry);
      } catch (RuntimeException e) {
        out = null;
      }
      if (out != null) {
        chosen.add(cd);
      }
    }
    chosen.sort(Comparator.comparingInt(cd -> cd.g().begin()));
    Ctx ctx = new Ctx(text, sentences, anchor);
    List<TimeExpression> result = new ArrayList<>();
    for (Candidate cd : chosen) {
      ctx.at(cd.g().begin(), cd.g().end());
      Out out;
      try {
        out = Rules.RULES.get(cd.rule()).handler().apply(cd.g(), ctx);
      } catch (RuntimeException e) {
        out = null;
      }
      if (out == null) {
        continue;
      }
      int b = cd.g().begin();
      int e = cd.g().end();
      result.add(new TimeExpression(new Span(b, e), out.type(), out.value(), out.mod(), out.begin(), out.end()));
      // a DURATION with a granularity is one that also landed on a date ("a day later"): a focus like a date
      if ((out.type() == TimexType.DATE || out.type() == TimexType.TIME || out.type() == TimexType.DURATION)
          && out.begin() != null
          && out.gran() != null) {
        String rule = Rules.RULES.get(cd.rule()).name();
        ctx.foci.add(new Ctx.Focus(out, ctx.sentenceIndex(), ABSOLUTE.contains(rule), e, ctx.indefinite()));
      }
    }
    return result;
  }
}
