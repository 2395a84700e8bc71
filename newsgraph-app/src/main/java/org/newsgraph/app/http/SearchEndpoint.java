package org.newsgraph.app.http;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.newsgraph.app.json.Answers.SearchAnswer;
import org.newsgraph.store.IdQuery;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchResults;

/**
 * {@code GET /api/search}: full-text search narrowed by {@code entity}, by resolved dates {@code from}/{@code to}
 * (a time expression or event of the article overlaps them), by event {@code type}, by claim {@code stance} and by
 * {@code outlet} (the article's own or one of its near-duplicates'); each hit says how many outlets reported it.
 */
final class SearchEndpoint {
  /** An id list longer than this filters search hits after the search instead of inside the query. */
  private static final int MAX_ID_CLAUSES = 1000;
  /** How many of the best hits are filtered when the filters match too many articles for one query. */
  private static final int FILTER_WINDOW = 2000;

  private final NewsStore store;

  SearchEndpoint(NewsStore store) {
    this.store = store;
  }

  /** The query and filters of one request. */
  record Query(String q, String entityId, LocalDate from, LocalDate to, String type, String stance, String outlet,
      int offset, int limit) {
    boolean filtered() {
      return from != null || to != null || type != null || stance != null || outlet != null;
    }
  }

  SearchAnswer answer(Query req) {
    String query = req.entityId() == null ? req.q()
        : "(" + req.q() + ") AND entity:\"" + req.entityId().replace("\"", "") + "\"";
    List<SearchHit> hits;
    long total;
    boolean lowerBound = false;
    // a page from the offset: the best offset + limit hits are found, those before the offset dropped
    int upTo = req.offset() + req.limit();
    if (!req.filtered()) {
      SearchResults r = store.search(query, upTo);
      total = r.total();
      hits = from(r.hits(), req.offset());
    } else {
      Set<String> ids = store.articlesMatching(req.from(), req.to(), req.type(), req.stance(), req.outlet());
      if (ids.isEmpty()) {
        total = 0;
        hits = List.of();
      } else if (ids.size() <= MAX_ID_CLAUSES) {
        SearchResults r = store.search(IdQuery.of(query, ids), query, upTo);
        total = r.total();
        hits = from(r.hits(), req.offset());
      } else {
        // too many ids for one query: filter the best hits (without snippets: most are dropped); the total is
        // then a lower bound. The page's snippets come from a second search over its ids alone.
        SearchResults r = store.search(query, null, FILTER_WINDOW);
        List<SearchHit> kept = r.hits().stream().filter(h -> ids.contains(h.articleId())).toList();
        total = kept.size();
        hits = withSnippets(query, from(kept.subList(0, Math.min(upTo, kept.size())), req.offset()));
        lowerBound = r.total() > FILTER_WINDOW;
      }
    }
    List<String> ids = hits.stream().map(SearchHit::articleId).toList();
    return SearchAnswer.of(req.q(), total, lowerBound, (long) req.offset(), hits, store.reach(ids),
        store.storyOf(ids));
  }

  /** The same hits in the same order, with their snippets. */
  private List<SearchHit> withSnippets(String query, List<SearchHit> page) {
    if (page.isEmpty()) {
      return page;
    }
    java.util.Map<String, String> snippet = new java.util.HashMap<>();
    store.search(IdQuery.of(query, page.stream().map(SearchHit::articleId).toList()), query, page.size()).hits()
        .forEach(h -> snippet.put(h.articleId(), h.snippet()));
    return page.stream().map(h -> new SearchHit(h.articleId(), h.headline(), h.date(), h.score(),
        snippet.getOrDefault(h.articleId(), ""))).toList();
  }

  private static List<SearchHit> from(List<SearchHit> hits, int offset) {
    return offset >= hits.size() ? List.of() : hits.subList(offset, hits.size());
  }
}
