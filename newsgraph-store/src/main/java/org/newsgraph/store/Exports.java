package org.newsgraph.store;

import java.util.Collection;
import org.newsgraph.store.internal.TableExport;

/** Resolves an export's filter against a store: the search words to article ids, the entity name to its id. */
final class Exports {
  private Exports() {}

  static TableExport.Resolved resolve(NewsStore store, Export.Filter filter) {
    Export.Filter f = filter == null ? Export.Filter.ALL : filter;
    Collection<String> ids = null;
    if (!blank(f.words())) {
      long total = store.search(f.words(), 0).total();
      ids = store.search(f.words(), null, (int) Math.min(Integer.MAX_VALUE, total)).hits().stream()
          .map(SearchHit::articleId).toList();
    }
    String entityId = blank(f.entity()) ? null
        : store.entity(f.entity()).map(e -> e.entity().id()).orElse(f.entity().strip());
    return new TableExport.Resolved(ids, entityId, blank(f.eventType()) ? null : f.eventType(), f.from(), f.to());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
