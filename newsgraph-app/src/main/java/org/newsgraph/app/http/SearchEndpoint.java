package org.newsgraph.app.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
  record Request(String q, String entityId, LocalDate from, LocalDate to, String type, String stance, String outlet,
      int limit) {
    boolean filtered() {
      return from != null || to != null || type != null || stance != null || outlet != null;
    }
  }

  Map<String, Object> answer(Request req) {
    String query = req.entityId() == null ? req.q()
        : "(" + req.q() + ") AND entity:\"" + req.entityId().replace("\"", "") + "\"";
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", req.q());
    List<SearchHit> hits;
    long total;
    if (!req.filtered()) {
      SearchResults r = store.search(query, req.limit());
      total = r.total();
      hits = r.hits();
    } else {
      Set<String> ids = store.articlesMatching(req.from(), req.to(), req.type(), req.stance(), req.outlet());
      if (ids.isEmpty()) {
        total = 0;
        hits = List.of();
      } else if (ids.size() <= MAX_ID_CLAUSES) {
        StringBuilder idq = new StringBuilder("(" + query + ") AND id:(");
        String sep = "";
        for (String id : ids) {
          idq.append(sep).append('"').append(id.replace("\"", "")).append('"');
          sep = " OR ";
        }
        SearchResults r = store.search(idq.append(')').toString(), req.limit());
        total = r.total();
        hits = r.hits();
      } else {
        // too many ids for one query: filter the best hits; the total is then a lower bound
        SearchResults r = store.search(query, FILTER_WINDOW);
        List<SearchHit> kept = r.hits().stream().filter(h -> ids.contains(h.articleId())).toList();
        total = kept.size();
        hits = kept.subList(0, Math.min(req.limit(), kept.size()));
        out.put("total_is_lower_bound", r.total() > FILTER_WINDOW);
      }
    }
    out.put("total", total);
    out.put("hits", withReach(hits));
    return out;
  }

  /** The hits as JSON, each with {@code publications} and {@code outlets} ("reported by N outlets"). */
  private List<Map<String, Object>> withReach(List<SearchHit> hits) {
    Map<String, NewsStore.Reach> reach = store.reach(hits.stream().map(SearchHit::articleId).toList());
    List<Map<String, Object>> out = new ArrayList<>(hits.size());
    for (SearchHit h : hits) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articleId", h.articleId());
      m.put("headline", h.headline());
      m.put("date", h.date());
      m.put("score", h.score());
      m.put("snippet", h.snippet());
      NewsStore.Reach r = reach.get(h.articleId());
      m.put("publications", r == null ? 1 : r.publications());
      m.put("outlets", r == null ? List.of() : r.outlets());
      out.add(m);
    }
    return out;
  }

  static String lowerOrNull(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip().toLowerCase(Locale.ROOT);
  }

  static String stripOrNull(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
