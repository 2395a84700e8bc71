package org.newsgraph.app.http;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.app.json.Answers.SearchAnswer;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SearchFilter;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchResults;

/**
 * {@code GET /api/search}: full-text search narrowed by {@code entity}, by resolved dates {@code from}/{@code to}
 * (a time expression or event of the article overlaps them), by event {@code type}, by claim {@code stance} and by
 * {@code outlet} (the article's own or one of its near-duplicates'); each hit says how many outlets reported it.
 */
final class SearchEndpoint {
  private final NewsStore store;

  SearchEndpoint(NewsStore store) {
    this.store = store;
  }

  /** The query and filters of one request. */
  record Query(String q, String entityId, LocalDate from, LocalDate to, String type, String stance, String outlet,
      int offset, int limit) {}

  SearchAnswer answer(Query req) {
    String query = req.entityId() == null ? req.q()
        : "(" + req.q() + ") AND entity:\"" + req.entityId().replace("\"", "") + "\"";
    // a page from the offset: the best offset + limit hits are found, those before the offset dropped; the filters
    // are clauses of the index's query (SearchFilter), so the total is exact however many articles they match
    int upTo = req.offset() + req.limit();
    SearchResults r = store.searchFiltered(query, new SearchFilter(req.from(), req.to(), req.type(), req.stance(),
        req.outlet()), upTo);
    long total = r.total();
    List<SearchHit> hits = from(r.hits(), req.offset());
    List<String> ids = hits.stream().map(SearchHit::articleId).toList();
    return SearchAnswer.of(req.q(), total, false, (long) req.offset(), hits, store.reach(ids),
        store.storyOf(ids));
  }

  private static List<SearchHit> from(List<SearchHit> hits, int offset) {
    return offset >= hits.size() ? List.of() : hits.subList(offset, hits.size());
  }
}
