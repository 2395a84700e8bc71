package org.newsgraph.store.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;

/** What the search index holds of one article. */
public record IndexDoc(String id, String headline, String text, LocalDate date, List<String> entityIds,
    IndexFacets facets) {
  public IndexDoc {
    entityIds = List.copyOf(entityIds);
    facets = facets == null ? IndexFacets.NONE : facets;
  }

  public IndexDoc(String id, String headline, String text, LocalDate date, List<String> entityIds) {
    this(id, headline, text, date, entityIds, IndexFacets.NONE);
  }

  public static IndexDoc of(AnalyzedArticle a) {
    return of(a, List.of());
  }

  /** The document of {@code a}, published also by {@code publicationOutlets}. */
  public static IndexDoc of(AnalyzedArticle a, Collection<String> publicationOutlets) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (Entity e : a.entities()) {
      ids.add(e.id());
    }
    return new IndexDoc(a.article().id(), a.article().headline(), a.text(), a.article().anchorDate(),
        List.copyOf(ids), IndexFacets.of(a, publicationOutlets));
  }
}
