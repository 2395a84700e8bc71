package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Trend;
import org.newsgraph.store.Trends;

/**
 * A trend counted from the index's doc values is the trend the tables' query gives ({@link TrendQueries}), for every
 * kind, period and interval, over every article or a search's, on random articles (some undated, events with
 * repeated actors, claims with and without a source entity).
 */
class TrendCountsTest {
  @TempDir
  Path dir;

  private record Case(String words, Trend.By by, Trend.Interval interval, LocalDate from, LocalDate to, int limit) {}

  @Test
  void the_index_counts_every_trend_as_the_tables_do() {
    SearchFilterTest.build(dir, new Random(13));
    LocalDate[][] periods = {{null, null}, {LocalDate.of(2020, 2, 1), null}, {null, LocalDate.of(2020, 9, 1)},
        {LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 20)}, {LocalDate.of(2031, 1, 1), null}};
    List<Case> cases = new ArrayList<>();
    for (String words : new String[] {null, "ships", "troops AND trade"}) {
      for (Trend.By by : Trend.By.values()) {
        for (Trend.Interval interval : Trend.Interval.values()) {
          for (LocalDate[] p : periods) {
            for (int limit : new int[] {1, 3, 20}) {
              cases.add(new Case(words, by, interval, p[0], p[1], limit));
            }
          }
        }
      }
    }
    Map<Case, Trend> fromIndex = new HashMap<>();
    Map<String, List<String>> found = new HashMap<>();
    try (NewsStore s = NewsStore.open(dir)) {
      for (Case c : cases) {
        fromIndex.put(c, Trends.of(s, c.words(), c.by(), c.interval(), c.from(), c.to(), c.limit()));
        if (c.words() != null) {
          found.computeIfAbsent(c.words(), w -> s.searchIds(w, 1000).ids());
        }
      }
    }
    int telling = 0;
    try (Database db = Database.open(dir.resolve(Database.FILE))) {
      for (Case c : cases) {
        Trend want = TrendQueries.count(db, c.by(), c.interval(), c.words() == null ? null : found.get(c.words()),
            c.from(), c.to(), c.limit(), false);
        assertEquals(want, fromIndex.get(c), c.toString());
        telling += want.series().size() > 1 && want.undated() > 0 ? 1 : 0;
      }
    }
    assertTrue(found.get("ships").size() < 60, "the search should find some articles, not all: " + found);
    assertTrue(telling > 300, cases.size() + " compared, " + telling + " with several series and undated rows");
  }
}
