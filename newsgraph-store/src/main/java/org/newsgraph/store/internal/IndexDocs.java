package org.newsgraph.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.store.Publication;

/** The index documents a save changes. */
public final class IndexDocs {
  private IndexDocs() {}

  /**
   * The documents of the articles a save stored, each with the outlets of the batch's publications of it, and those
   * of stored articles that the batch gave a new publication (their outlet filter changed), read again with
   * {@code load}.
   */
  public static List<IndexDoc> saved(List<AnalyzedArticle> stored, List<Publication> publications,
      Function<Collection<String>, List<IndexDoc>> load) {
    Map<String, List<String>> outlets = new LinkedHashMap<>();
    for (Publication p : publications) {
      outlets.computeIfAbsent(p.articleId(), k -> new ArrayList<>()).add(p.outlet());
    }
    List<IndexDoc> out = new ArrayList<>();
    for (AnalyzedArticle a : stored) {
      out.add(IndexDoc.of(a, outlets.getOrDefault(a.article().id(), List.of())));
      outlets.remove(a.article().id());
    }
    // a publication of an article stored before (a near-duplicate found now); the tables hold all its outlets
    Set<String> older = new LinkedHashSet<>(outlets.keySet());
    if (!older.isEmpty()) {
      out.addAll(load.apply(older));
    }
    return out;
  }

  /** Makes the index hold exactly the stored articles ({@link SearchIndex#catchUp}), saying so if it changed. */
  public static void catchUp(SearchIndex index, Set<String> stored, Database db, java.nio.file.Path dir) {
    IndexDocRows rows = new IndexDocRows(db);
    SearchIndex.CatchUp c = index.catchUp(stored, rows::of, rows::inParts);
    if (c.added() > 0 || c.removed() > 0) {
      System.getLogger(IndexDocs.class.getName()).log(System.Logger.Level.INFO, "search index of " + dir
          + " caught up with the tables: " + c.added() + " article(s) indexed, " + c.removed() + " removed");
    }
  }
}
