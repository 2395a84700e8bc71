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
import java.util.Set;
import java.util.TreeMap;
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
 * events took seconds. Two passes: the totals of every key, then the periods of the keys listed.
 */
final class TrendCounts extends SimpleCollector {
  /** What is counted: by what, per which period, over [from, to) (null: unbounded), and for which keys (null: all). */
  record Spec(Trend.By by, Trend.Interval interval, LocalDate from, LocalDate to, Set<String> keys) {}

  private final Spec spec;
  private final long fromDay;
  private final long toDay;
  private BinaryDocValues rows;
  private NumericDocValues dates;
  long dated;
  long undated;
  final Map<String, long[]> totals = new HashMap<>();
  /** Key to period start (epoch day) to count; only for the spec's keys. */
  final Map<String, Map<Long, long[]>> points = new HashMap<>();

  private TrendCounts(Spec spec) {
    this.spec = spec;
    this.fromDay = spec.from() == null ? Long.MIN_VALUE : spec.from().toEpochDay();
    this.toDay = spec.to() == null ? Long.MAX_VALUE : spec.to().toEpochDay();
  }

  static CollectorManager<TrendCounts, TrendCounts> manager(Spec spec) {
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
          c.totals.forEach((k, n) -> out.totals.computeIfAbsent(k, x -> new long[1])[0] += n[0]);
          c.points.forEach((k, m) -> m.forEach((d, n) -> out.points.computeIfAbsent(k, x -> new HashMap<>())
              .computeIfAbsent(d, x -> new long[1])[0] += n[0]));
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
    Long day = dates != null && dates.advanceExact(doc) ? dates.longValue() : null;
    boolean in = day != null && day >= fromDay && day < toDay;
    TrendRows.decode(rows.binaryValue(), spec.by(), (key, n) -> {
      if (day == null) {
        undated += n;
      } else if (in) {
        dated += n;
        if (spec.keys() == null) {
          totals.computeIfAbsent(key, k -> new long[1])[0] += n;
        } else if (spec.keys().contains(key)) {
          points.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(start(day), d -> new long[1])[0] += n;
        }
      }
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

  /** The trend: the totals of every key, then the periods of the {@code limit} with the most. */
  static Trend count(IndexSearcher searcher, Query q, Spec spec, int limit,
      java.util.function.Function<Collection<String>, Map<String, String>> names) throws IOException {
    TrendCounts first = searcher.search(q, manager(spec));
    List<String> top = first.top(limit);
    TrendCounts second = searcher.search(q, manager(new Spec(spec.by(), spec.interval(), spec.from(), spec.to(),
        Set.copyOf(top))));
    return second.trend(top, first, top.isEmpty() ? Map.of() : names.apply(top));
  }

  /** The {@code limit} keys with the most, the most first, ties by key as the tables order them (UTF-8 bytes). */
  List<String> top(int limit) {
    List<Map.Entry<String, long[]>> all = new ArrayList<>(totals.entrySet());
    all.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
        : Arrays.compareUnsigned(a.getKey().getBytes(StandardCharsets.UTF_8), b.getKey().getBytes(StandardCharsets.UTF_8)));
    return all.subList(0, Math.min(limit, all.size())).stream().map(Map.Entry::getKey).toList();
  }

  /** The trend: {@code top} keys with their totals (from the first pass) and points (from this one), named. */
  Trend trend(List<String> top, TrendCounts first, Map<String, String> names) {
    List<Trend.Series> series = new ArrayList<>();
    for (String k : top) {
      List<Trend.Point> p = new ArrayList<>();
      new TreeMap<>(points.getOrDefault(k, Map.of())).forEach((d, n) -> p.add(new Trend.Point(LocalDate.ofEpochDay(d),
          n[0])));
      series.add(new Trend.Series(k, names.getOrDefault(k, k), first.totals.get(k)[0], p));
    }
    return new Trend(spec.by(), spec.interval(), first.dated, first.undated, false, series);
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }
}
