package org.newsgraph.store;

import java.util.Collection;

/**
 * A search narrowed to some articles: {@code (query) AND id:("a" OR "b" ...)}, the ids in their iteration order. The
 * id clause is part of the query (not a filter), so a hit's score counts its id term too; the search page has
 * always scored a filtered search this way, and keeping it keeps its answers. The highlighter gets the words alone
 * ({@link NewsStore#search(String, String, int)}).
 */
public final class IdQuery {
  private IdQuery() {}

  public static String of(String query, Collection<String> ids) {
    StringBuilder q = new StringBuilder("(" + query + ") AND id:(");
    String sep = "";
    for (String id : ids) {
      q.append(sep).append('"').append(id.replace("\"", "")).append('"');
      sep = " OR ";
    }
    return q.append(')').toString();
  }
}
