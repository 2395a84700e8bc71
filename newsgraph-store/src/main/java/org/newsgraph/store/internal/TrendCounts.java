package org.newsgraph.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.newsgraph.store.Trend;

/**
 * A trend counted over the documents a search finds, from their doc values (the article's date and its
 * {@link TrendRows}), with no table read: at a million articles the tables' join of up to 100,000 found articles'
 * events took seconds. One pass keeps every key's total and periods; the keys are compared as bytes and decoded once
 * each, since most repeat.
 */
final class TrendCounts extends SimpleCollector {
  /** What is counted: by what, per which period, over [from, to) (null: unbounded). */
  record Spec(Trend.By by, Trend.Interval interval, LocalDate from, LocalDate to) {}

  /** A key's UTF-8 bytes; a probe wraps the doc value's bytes, a stored key owns a copy. */
  private static final class Key {
    private final byte[] b;
    private final int from;
    private final int length;
    private final int hash;

    Key(byte[] b, int from, int length) {
      this.b = b;
      this.from = from;
      this.length = length;
      int h = 1;
      for (int i = from; i < from + length; i++) {
        h = 31 * h + b[i];
      }
      this.hash = h;
    }

    Key copy() {
      return new Key(Arrays.copyOfRange(b, from, from + length), 0, length);
    }

    String text() {
      return new String(b, from, length, StandardCharsets.UTF_8);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.hash == hash && Arrays.equals(b, from, from + length, k.b, k.from,
          k.from + k.length);
    }
  }

  /** A key's count over the period and its count per period start (epoch day). */
  private static final class Counts {
    long total;
    final Map<Long, long[]> points = new HashMap<>();

    void add(Counts o) {
      total += o.total;
      o.points.forEach((d, n) -> points.computeIfAbsent(d, x -> new long[1])[0] += n[0]);
    }
  }

  private final Spec spec;
  private final long fromDay;
  private final long toDay;
  private BinaryDocValues rows;
  private NumericDocValues dates;
  private long dated;
  private long undated;
  private final Map<Key, Counts> counts = new HashMap<>();

  private TrendCounts(Spec spec) {
    this.spec = spec;
    this.fromDay = spec.from() == null ? Long.MIN_VALUE : spec.from().toEpochDay();
    this.toDay = spec.to() == null ? Long.MAX_VALUE : spec.to().toEpochDay();
  }

  /** The trend of the {@code limit} keys with the most, named by {@code names}. */
  static Trend count(IndexSearcher searcher, Query q, Spec spec, int limit,
      Function<Collection<String>, Map<String, String>> names) throws IOException {
    TrendCounts c = searcher.search(q, manager(spec));
    List<Map.Entry<Key, Counts>> top = c.top(limit);
    List<String> keys = top.stream().map(e -> e.getKey().text()).toList();
    Map<String, String> named = keys.isEmpty() ? Map.of() : names.apply(keys);
    List<Trend.Series> series = new ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      List<Trend.Point> p = new ArrayList<>();
      new TreeMap<>(top.get(i).getValue().points).forEach((d, n) -> p.add(new Trend.Point(LocalDate.ofEpochDay(d),
          n[0])));
      series.add(new Trend.Series(keys.get(i), named.getOrDefault(keys.get(i), keys.get(i)),
          top.get(i).getValue().total, p));
    }
    return new Trend(spec.by(), spec.interval(), c.dated, c.undated, false, series);
  }

  private static CollectorManager<TrendCounts, TrendCounts> manager(Spec spec) {
    return new CollectorManager<>() {
      @Override
      public TrendCounts newCollector() {
        return new TrendCounts(spec);
      }

      @Override
      public TrendCounts reduce(Collection<TrendCounts> all) {
        TrendCounts out = new TrendCounts(spec);
        for (TrendCounts c : all) {
          out.dated += c.dated;
          out.undated += c.undated;
          c.counts.forEach((k, n) -> out.counts.computeIfAbsent(k, x -> new Counts()).add(n));
        }
        return out;
      }
    };
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    rows = context.reader().getBinaryDocValues(FilterFields.TREND);
    dates = context.reader().getNumericDocValues(HitFields.DATE_VALUE);
  }

  @Override
  public void collect(int doc) throws IOException {
    if (rows == null || !rows.advanceExact(doc)) {
      return;
    }
    if (dates == null || !dates.advanceExact(doc)) {
      TrendRows.decode(rows.binaryValue(), spec.by(), (b, from, length, n) -> undated += n);
      return;
    }
    long day = dates.longValue();
    if (day < fromDay || day >= toDay) {
      return;
    }
    long start = start(day);
    TrendRows.decode(rows.binaryValue(), spec.by(), (b, from, length, n) -> {
      dated += n;
      Key probe = new Key(b, from, length);
      Counts c = counts.get(probe);
      if (c == null) {
        c = new Counts();
        counts.put(probe.copy(), c);
      }
      c.total += n;
      c.points.computeIfAbsent(start, d -> new long[1])[0] += n;
    });
  }

  /** The first day of the period holding {@code day}, as SQL's {@code date_trunc} gives it (weeks from Monday). */
  private long start(long day) {
    LocalDate d = LocalDate.ofEpochDay(day);
    return switch (spec.interval()) {
      case DAY -> day;
      case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - 1L).toEpochDay();
      case MONTH -> d.withDayOfMonth(1).toEpochDay();
      case YEAR -> d.withDayOfYear(1).toEpochDay();
    };
  }

  /** The {@code limit} keys with the most, the most first, ties by key as the tables order them (UTF-8 bytes). */
  private List<Map.Entry<Key, Counts>> top(int limit) {
    List<Map.Entry<Key, Counts>> all = new ArrayList<>(counts.entrySet());
    all.sort((x, y) -> x.getValue().total != y.getValue().total ? Long.compare(y.getValue().total, x.getValue().total)
        : Arrays.compareUnsigned(x.getKey().b, x.getKey().from, x.getKey().from + x.getKey().length, y.getKey().b,
            y.getKey().from, y.getKey().from + y.getKey().length));
    return all.subList(0, Math.min(limit, all.size()));
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }
}
