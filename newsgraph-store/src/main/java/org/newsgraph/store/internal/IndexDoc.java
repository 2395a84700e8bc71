package org.newsgraph.store.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;

/** What the search index holds of one article. */
public record IndexDoc(String id, String headline, String text, LocalDate date, List<String> entityIds) {
  public IndexDoc {
    entityIds = List.copyOf(entityIds);
  }

  public static IndexDoc of(AnalyzedArticle a) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (Entity e : a.entities()) {
      ids.add(e.id());
    }
    return new IndexDoc(a.article().id(), a.article().headline(), a.text(), a.article().anchorDate(),
        List.copyOf(ids));
  }
}
