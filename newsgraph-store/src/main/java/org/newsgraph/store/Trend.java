package org.newsgraph.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Counts over time (issue 20): events by type, actor, recipient, place or outlet, or claims by source or stance, per
 * day, week (from Monday), month or year of the article that reports them (published, else updated).
 *
 * @param by         what is counted by
 * @param interval   the length of a period
 * @param total      dated events or claims counted (in every series, not only those listed)
 * @param undated    those left out because their article has no date
 * @param truncated  whether the search found more articles than are counted: false since trends are counted in the
 *                   index over every article found (before, over the best {@link Watchlists#MAX_SEARCH_HITS})
 * @param series     the keys with the most, the most first
 */
public record Trend(By by, Interval interval, long total, long undated, boolean truncated, List<Series> series) {
  public Trend {
    series = List.copyOf(series);
  }

  /** What a trend counts by: the first five count events, the last two claims. */
  public enum By {
    TYPE, ACTOR, RECIPIENT, PLACE, OUTLET, SOURCE, STANCE;

    public boolean claims() {
      return this == SOURCE || this == STANCE;
    }

    /** By its lower-case name; null when it names none. */
    public static By parse(String s) {
      for (By b : values()) {
        if (b.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
          return b;
        }
      }
      return null;
    }

    public String lower() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The length of a period. */
  public enum Interval {
    DAY, WEEK, MONTH, YEAR;

    /** By its lower-case name; null when it names none. */
    public static Interval parse(String s) {
      for (Interval i : values()) {
        if (i.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
          return i;
        }
      }
      return null;
    }

    public String lower() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One key's counts.
   *
   * @param key     an entity id, a PLOVER type, an outlet's name or a stance
   * @param name    the entity's name, else the key
   * @param total   its count over the whole time
   * @param points  the periods in which it has a count, in order (the others have none)
   */
  public record Series(String key, String name, long total, List<Point> points) {
    public Series {
      points = List.copyOf(points);
    }
  }

  /** The count of one period, which starts on {@code start}. */
  public record Point(LocalDate start, long count) {}
}
