package org.newsgraph.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.newsgraph.store.internal.TrendQueries;

/** Trends of a store: counts of events or claims over time, of every article or of a search's ({@link Trend}). */
public final class Trends {
  /** The most series one trend lists. */
  public static final int MAX_SERIES = 20;

  private Trends() {}

  /**
   * The {@code limit} keys with the most events or claims (as {@code by} says) in the articles {@code words} finds
   * (null or blank: every article) dated in [from, to) (null: unbounded), counted per {@code interval}.
   *
   * @throws StoreException if the words cannot be parsed
   */
  public static Trend of(NewsStore store, String words, Trend.By by, Trend.Interval interval, LocalDate from,
      LocalDate to, int limit) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(interval, "interval");
    if (limit < 1 || limit > MAX_SERIES) {
      throw new IllegalArgumentException("a trend has 1 to " + MAX_SERIES + " series, not " + limit);
    }
    // counted from the index's doc values over every article found (no cap, so never truncated); the listed keys'
    // names from the entities table
    return store.index().trend(words, by, interval, from, to, limit,
        keys -> store.onReader(db -> TrendQueries.names(db, keys)));
  }
}
