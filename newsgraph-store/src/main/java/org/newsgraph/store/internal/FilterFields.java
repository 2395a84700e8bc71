package org.newsgraph.store.internal;

import java.io.IOException;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newsgraph.store.SearchFilter;

/**
 * The search filters in the index (issue 21): at a million articles the tables answered "an event of this type", "a
 * claim of this stance", "this outlet" or "a period overlapping these dates" by scanning millions of rows (0.4-1 s)
 * and handing back up to hundreds of thousands of ids; the index answers them inside the search. Each filter is a
 * non-scoring clause, so a hit scores and ranks as the words alone make it.
 *
 * <p>A period [begin, end) is a two-dimensional point (begin, end): it overlaps [from, to) when begin &lt; to and
 * end &gt; from, exactly the tables' test, also for a period whose end is not after its begin.
 */
final class FilterFields {
  static final String TYPE = "filter_type";
  static final String STANCE = "filter_stance";
  static final String OUTLET = "filter_outlet";
  static final String PERIOD = "filter_period";
  /** Marks a document indexed with these fields: one indexed before them is indexed again on open. */
  static final String VERSION = "filter_version";
  /** What trends count of the document ({@link TrendRows}). */
  static final String TREND = "trend_rows";
  /** 1: the filters; 2: and the trend rows. */
  private static final long CURRENT = 2;

  private FilterFields() {}

  static void add(Document doc, IndexFacets f) {
    for (String t : f.types()) {
      doc.add(new StringField(TYPE, t, Field.Store.NO));
    }
    for (String s : f.stances()) {
      doc.add(new StringField(STANCE, s, Field.Store.NO));
    }
    for (String o : f.outlets()) {
      doc.add(new StringField(OUTLET, o, Field.Store.NO));
    }
    for (IndexFacets.Period p : f.periods()) {
      doc.add(new IntPoint(PERIOD, p.begin(), p.end()));
    }
    doc.add(new BinaryDocValuesField(TREND, TrendRows.encode(f.trend())));
    doc.add(new NumericDocValuesField(VERSION, CURRENT));
  }

  /** Whether document {@code doc} of {@code leaf} was indexed with the filter fields. */
  static boolean isCurrent(LeafReader leaf, int doc) throws IOException {
    NumericDocValues v = leaf.getNumericDocValues(VERSION);
    return v != null && v.advanceExact(doc) && v.longValue() >= CURRENT;
  }

  /** {@code words} narrowed by {@code f} (itself when there is nothing to narrow by). */
  static Query narrow(Query words, SearchFilter f) {
    if (f == null || f.isEmpty()) {
      return words;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
    if (f.type() != null) {
      b.add(new TermQuery(new Term(TYPE, IndexFacets.lower(f.type()))), BooleanClause.Occur.FILTER);
    }
    if (f.stance() != null) {
      b.add(new TermQuery(new Term(STANCE, IndexFacets.lower(f.stance()))), BooleanClause.Occur.FILTER);
    }
    if (f.outlet() != null) {
      b.add(new TermQuery(new Term(OUTLET, IndexFacets.outlet(f.outlet()))), BooleanClause.Occur.FILTER);
    }
    if (f.from() != null || f.to() != null) {
      // begin < to (begin <= to - 1) and end > from (end >= from + 1); the days of 10,000 years fit an int
      int lowestEnd = f.from() == null ? Integer.MIN_VALUE : (int) f.from().toEpochDay() + 1;
      int highestBegin = f.to() == null ? Integer.MAX_VALUE : (int) f.to().toEpochDay() - 1;
      b.add(IntPoint.newRangeQuery(PERIOD, new int[] {Integer.MIN_VALUE, lowestEnd},
          new int[] {highestBegin, Integer.MAX_VALUE}), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }
}
