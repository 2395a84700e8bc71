package org.newsgraph.store.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.core.Sentence;

/**
 * The {@code sentence} columns of {@code mentions} and {@code times} (schema version 2): the index of the sentence
 * in which each starts, stored so that "a time expression in the same sentence as a mention of X" is an equality
 * join instead of a range join of every mention with every sentence of its article. Null where the article has no
 * stored sentences (or the span starts between sentences).
 */
final class SentenceColumns {
  /** The tables that carry the column. */
  static final List<String> TABLES = List.of("mentions", "times");
  static final String COLUMN = "sentence";

  private final int[] begins;
  private final int[] ends;
  private final int[] indexes;

  /** A finder over one article's sentences. */
  SentenceColumns(List<Sentence> sentences) {
    List<Sentence> sorted = new ArrayList<>(sentences);
    sorted.sort(Comparator.comparingInt(s -> s.span().begin()));
    begins = new int[sorted.size()];
    ends = new int[sorted.size()];
    indexes = new int[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      begins[i] = sorted.get(i).span().begin();
      ends[i] = sorted.get(i).span().end();
      indexes[i] = sorted.get(i).index();
    }
  }

  /** The index of the sentence holding {@code offset}: the last one beginning at or before it, if it ends after. */
  Integer at(int offset) {
    int lo = 0;
    int hi = begins.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && offset < ends[found] ? indexes[found] : null;
  }

  /**
   * SQL that fills the column of {@code table} where it is null, from the stored sentences (the same rule as
   * {@link #at}, by an ASOF join): for stores made before the column, and for tables read from Parquet files.
   */
  static String fill(String table) {
    return "UPDATE " + table + " SET " + COLUMN + " = f.idx FROM (SELECT x.article_id, x.idx AS row_idx, s.idx"
        + " FROM " + table + " x ASOF JOIN sentences s ON s.article_id = x.article_id AND x.\"begin\" >= s.\"begin\""
        + " WHERE x.\"begin\" < s.\"end\" AND x." + COLUMN + " IS NULL) f"
        + " WHERE " + table + ".article_id = f.article_id AND " + table + ".idx = f.row_idx";
  }

  /** A view's select over {@code rows} (a table's rows without the column) that adds the column. */
  static String derive(String rows) {
    return "SELECT x.*, CASE WHEN x.\"begin\" < s.\"end\" THEN s.idx END AS " + COLUMN + " FROM (" + rows + ") x"
        + " ASOF LEFT JOIN sentences s ON s.article_id = x.article_id AND x.\"begin\" >= s.\"begin\"";
  }
}
