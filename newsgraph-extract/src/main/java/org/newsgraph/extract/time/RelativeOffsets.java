package org.newsgraph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;

/**
 * The offsets of an undated article's relative dates from its unknown publication date ("last year" is {@code
 * -P1Y}), found without knowing which rule made them: the text is tagged again as if published on each of a few
 * probe dates, and an expression whose distance from the probe, in the unit of its own granularity, is the same for
 * every probe is an offset. "Tuesday", "in March" or "the summer" land at distances that depend on the date, so they
 * get none. The probes differ in weekday, month, day of month and leap year, so that a coincidence between them
 * is unlikely.
 */
final class RelativeOffsets {
  private static final List<LocalDate> PROBES = List.of(LocalDate.of(2003, 1, 29), LocalDate.of(2010, 6, 14),
      LocalDate.of(2016, 10, 8));
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private RelativeOffsets() {}

  /**
   * {@code undated} with the offsets set; {@code tagAt} tags the same text as if published on the given date.
   */
  static List<TimeExpression> of(List<TimeExpression> undated, Function<LocalDate, List<TimeExpression>> tagAt) {
    if (undated.stream().noneMatch(RelativeOffsets::candidate)) {
      return undated;
    }
    List<Map<Span, String>> perProbe = new ArrayList<>();
    for (LocalDate probe : PROBES) {
      Map<Span, String> offsets = new HashMap<>();
      for (TimeExpression t : tagAt.apply(probe)) {
        String o = t.type() == TimexType.DATE ? offset(t.value(), probe) : null;
        if (o != null) {
          offsets.put(t.span(), o);
        }
      }
      perProbe.add(offsets);
    }
    List<TimeExpression> out = new ArrayList<>(undated.size());
    for (TimeExpression t : undated) {
      out.add(candidate(t) ? t.withRelative(agreed(t.span(), perProbe)) : t);
    }
    return out;
  }

  /** A date the text left unresolved: a relative one may hide behind it. */
  private static boolean candidate(TimeExpression t) {
    return t.type() == TimexType.DATE && t.begin() == null && t.value() != null && t.value().startsWith("XXXX");
  }

  private static String agreed(Span span, List<Map<Span, String>> perProbe) {
    String first = perProbe.get(0).get(span);
    for (Map<Span, String> m : perProbe) {
      if (first == null || !first.equals(m.get(span))) {
        return null;
      }
    }
    return first;
  }

  /**
   * The distance of a TIMEX3 date {@code value} from {@code probe} in the value's own unit ({@code -P1Y},
   * {@code P2M}, {@code P0D}), or null for values of other shapes (seasons, halves, decades, times of day).
   */
  static String offset(String value, LocalDate probe) {
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      return format(ChronoUnit.DAYS.between(probe, d), 'D');
    }
    if ((m = WEEK.matcher(value)).matches()) {
      LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(Integer.parseInt(m.group(2)) - 1L);
      LocalDate probeMonday = probe.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return format(ChronoUnit.WEEKS.between(probeMonday, monday), 'W');
    }
    if ((m = QUARTER.matcher(value)).matches()) {
      long q = Integer.parseInt(m.group(1)) * 4L + Integer.parseInt(m.group(2)) - 1;
      long pq = probe.getYear() * 4L + (probe.getMonthValue() - 1) / 3;
      return format(q - pq, 'Q');
    }
    if ((m = MONTH.matcher(value)).matches()) {
      long months = Integer.parseInt(m.group(1)) * 12L + Integer.parseInt(m.group(2)) - 1;
      return format(months - (probe.getYear() * 12L + probe.getMonthValue() - 1), 'M');
    }
    if ((m = YEAR.matcher(value)).matches()) {
      return format(Integer.parseInt(m.group(1)) - (long) probe.getYear(), 'Y');
    }
    return null;
  }

  private static String format(long n, char unit) {
    return (n < 0 ? "-P" + -n : "P" + n) + unit;
  }
}
