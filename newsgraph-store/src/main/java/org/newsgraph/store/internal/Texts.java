package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Span;

/**
 * Article texts read by id, after a query has chosen its rows: a query that carries the text column through its
 * joins and its ORDER BY reads the text of every candidate row, not only of the rows it keeps.
 */
final class Texts {
  private Texts() {}

  /** The texts of the given articles, by id (each id read once; unknown ids are left out). */
  static Map<String, String> of(Database db, Collection<String> ids) throws SQLException {
    Map<String, String> out = new HashMap<>();
    for (List<String> chunk : Chunks.of(new LinkedHashSet<>(ids), 1_000)) {
      // list_contains reads the text of the matching rows only (see ArticleReader.readArticles)
      try (PreparedStatement p = db.prepare("SELECT id, text FROM articles WHERE list_contains(?, id)")) {
        p.setArray(1, db.varchars(chunk));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.put(r.getString(1), r.getString(2));
          }
        }
      }
    }
    return out;
  }

  /** The words of {@code span}, clamped to the text (a text that was not found gives ""). */
  static String cut(String text, Span span) {
    int b = Math.max(0, Math.min(span.begin(), text.length()));
    int e = Math.max(b, Math.min(span.end(), text.length()));
    return text.substring(b, e);
  }
}
