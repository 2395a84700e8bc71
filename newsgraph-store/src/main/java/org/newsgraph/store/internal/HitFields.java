package org.newsgraph.store.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * What a search hit shows of its article (id, headline, date), read from doc values. The stored fields hold them
 * too, but in the compressed blocks of the article's text: reading the id of each of 100,000 hits (trends, watchlists,
 * filtered searches) decompressed the texts of all of them. A document indexed before the doc values were added
 * ({@link SearchIndex#catchUp} re-indexes it on open) is read from its stored fields, as before.
 */
final class HitFields {
  static final String ID_VALUE = "id_value";
  static final String HEADLINE_VALUE = "headline_value";
  static final String DATE_VALUE = "date_value";
  private static final Set<String> STORED = Set.of(SearchIndex.ID, SearchIndex.HEADLINE, SearchIndex.DATE);

  /** A hit's fields. */
  record Fields(String id, String headline, LocalDate date) {}

  private final List<LeafReaderContext> leaves;
  private final StoredFields stored;

  HitFields(IndexSearcher searcher) throws IOException {
    this.leaves = searcher.getIndexReader().leaves();
    this.stored = searcher.storedFields();
  }

  /** The doc values of a document (added beside its stored fields). */
  static void add(Document doc, String id, String headline, LocalDate date) {
    doc.add(new BinaryDocValuesField(ID_VALUE, new BytesRef(id)));
    if (headline != null) {
      doc.add(new BinaryDocValuesField(HEADLINE_VALUE, new BytesRef(headline)));
    }
    if (date != null) {
      doc.add(new NumericDocValuesField(DATE_VALUE, date.toEpochDay()));
    }
  }

  /** Whether the document {@code doc} of {@code leaf} has its doc values. */
  static boolean hasValues(LeafReader leaf, int doc) throws IOException {
    BinaryDocValues ids = leaf.getBinaryDocValues(ID_VALUE);
    return ids != null && ids.advanceExact(doc);
  }

  /** The fields of the top-level documents {@code docs}, in their order. */
  Fields[] of(int[] docs) throws IOException {
    Fields[] out = new Fields[docs.length];
    // doc values are forward-only iterators: visit the hits in document order, one set of iterators per segment
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    BinaryDocValues ids = null;
    BinaryDocValues headlines = null;
    NumericDocValues dates = null;
    for (int i : order) {
      int doc = docs[i];
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leafIndex) {
        leafIndex = at;
        leaf = leaves.get(at);
        ids = leaf.reader().getBinaryDocValues(ID_VALUE);
        headlines = leaf.reader().getBinaryDocValues(HEADLINE_VALUE);
        dates = leaf.reader().getNumericDocValues(DATE_VALUE);
      }
      int local = doc - leaf.docBase;
      if (ids == null || !ids.advanceExact(local)) {
        out[i] = storedFields(doc);
        continue;
      }
      out[i] = new Fields(ids.binaryValue().utf8ToString(),
          headlines != null && headlines.advanceExact(local) ? headlines.binaryValue().utf8ToString() : null,
          dates != null && dates.advanceExact(local) ? LocalDate.ofEpochDay(dates.longValue()) : null);
    }
    return out;
  }

  /** The ids of the first {@code count} top-level documents of {@code docs} (sorted here, in place). */
  List<String> ids(int[] docs, int count) throws IOException {
    java.util.Arrays.sort(docs, 0, count);
    List<String> out = new java.util.ArrayList<>(count);
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    BinaryDocValues ids = null;
    for (int i = 0; i < count; i++) {
      int doc = docs[i];
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leafIndex) {
        leafIndex = at;
        leaf = leaves.get(at);
        ids = leaf.reader().getBinaryDocValues(ID_VALUE);
      }
      int local = doc - leaf.docBase;
      out.add(ids != null && ids.advanceExact(local) ? ids.binaryValue().utf8ToString() : storedFields(doc).id());
    }
    return out;
  }

  /** The fields of a document indexed without doc values. */
  Fields storedFields(int doc) throws IOException {
    Document d = stored.document(doc, STORED);
    IndexableField date = d.getField(SearchIndex.DATE);
    return new Fields(d.get(SearchIndex.ID), d.get(SearchIndex.HEADLINE),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()));
  }
}
