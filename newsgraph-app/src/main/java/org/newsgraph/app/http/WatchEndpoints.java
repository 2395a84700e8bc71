package org.newsgraph.app.http;

import java.time.Instant;
import java.util.List;
import org.newsgraph.app.json.WatchViews.MatchList;
import org.newsgraph.app.json.WatchViews.Removed;
import org.newsgraph.app.json.WatchViews.TrendAnswer;
import org.newsgraph.app.json.WatchViews.WatchlistBody;
import org.newsgraph.app.json.WatchViews.WatchlistList;
import org.newsgraph.app.json.WatchViews.WatchlistView;
import org.newsgraph.app.service.Since;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Trend;
import org.newsgraph.store.Trends;
import org.newsgraph.store.Watchlist;
import org.newsgraph.store.Watchlists;

/**
 * The routes of watchlists, their feeds and trends (issue 20), for the one table ({@link ApiRoutes}). Saving and
 * removing a watchlist need the server's write token, as storing does.
 */
final class WatchEndpoints {
  /** The most matches one request lists; a longer list is read a page at a time with {@code offset}. */
  static final int MAX_MATCHES = 500;
  /** The most entries a feed carries. */
  static final int MAX_FEED = 200;

  private final NewsStore store;
  private final Access access;

  WatchEndpoints(NewsStore store, Access access) {
    this.store = store;
    this.access = access;
  }

  List<Route> routes() {
    Param id = Param.path("id", "Watchlist id", "w0123456789ab");
    Param since = Param.text("since", "Only what was stored from this time: 2025-03-01T08:00:00Z, a day (2025-03-01)"
        + " or a time ago (24h, 7d); default: any time", "7d");
    return List.of(
        Route.get("/api/watchlists", "The saved watchlists, the oldest first", WatchlistList.class)
            .errors(503)
            .handle(r -> WatchlistList.of(Watchlists.list(store))),
        Route.post("/api/watchlists", "Save a watchlist (a JSON object); needs the server's write token as"
            + " Authorization: Bearer TOKEN. 400 when it names an unknown entity or event type, a search that does not"
            + " parse, or nothing to watch", WatchlistView.class)
            .ok(201).jsonBody(WatchlistBody.class)
            .errors(400, 401, 403, 503)
            .handle(r -> {
              access.write(r.context());
              WatchlistBody body = r.json(WatchlistBody.class);
              Watchlist.Query query;
              try {
                query = body.query();
              } catch (IllegalArgumentException e) {
                throw new ApiException(400, e.getMessage());
              }
              Watchlist w = Watchlists.add(store, body.name(), query);
              r.context().status(201);
              return WatchlistView.of(w);
            }),
        Route.delete("/api/watchlists/{id}", "Remove a watchlist; needs the server's write token", Removed.class)
            .params(id)
            .errors(401, 403, 404, 503)
            .handle(r -> {
              access.write(r.context());
              String key = r.text("id");
              if (!Watchlists.remove(store, key)) {
                throw notFound(key);
              }
              return new Removed(key, true);
            }),
        Route.get("/api/watchlists/{id}/matches", "The claims and events a watchlist matches, the newest stored"
            + " first, a page at a time with the total (what newsgraph alerts lists)", MatchList.class)
            .params(id, since, Param.integer("offset", "Matches to skip: the next page", 0, 0, Integer.MAX_VALUE),
                Param.integer("limit", "Most matches to list", 50, 1, MAX_MATCHES))
            .errors(400, 404, 503)
            .handle(r -> {
              Watchlist w = watchlist(r.text("id"));
              Instant from = since(r);
              return MatchList.of(w, from, Watchlists.matches(store, w, from, r.integer("offset"),
                  r.integer("limit")));
            }),
        Route.get("/feeds/{id}.atom", "The Atom feed of a watchlist: its matching claims and events, the newest"
            + " stored first, each linking to its sentence on the page", AtomFeed.class)
            .params(id, since, Param.integer("limit", "Most entries", 50, 1, MAX_FEED))
            .errors(400, 404, 503)
            .handle(r -> {
              Watchlist w = watchlist(r.text("id"));
              return AtomFeed.of(w, Watchlists.matches(store, w, since(r), 0, r.integer("limit")).items(),
                  r.context().scheme() + "://" + r.context().host());
            }),
        Route.get("/api/trends", "Counts over time of the events (by type, actor, recipient, place, outlet) or claims"
            + " (by source, stance) of a search, or of every article, per day, week, month or year of the articles"
            + " that report them", TrendAnswer.class)
            .params(Param.text("q", "Search words: only the events or claims of the articles they find", "troops"),
                Param.text("by", "type (the default), actor, recipient, place, outlet, source or stance", "actor"),
                Param.text("interval", "day, week (the default; from Monday), month or year", "month"),
                Param.date("from", "First day of the period (inclusive)"),
                Param.date("to", "Day after the period (exclusive)"),
                Param.integer("limit", "Most series: the keys with the most", 8, 1, Trends.MAX_SERIES))
            .errors(400, 503)
            .handle(r -> {
              Trend.By by = Trend.By.parse(r.text("by") == null ? "type" : r.text("by"));
              if (by == null) {
                throw new ApiException(400, "by must be type, actor, recipient, place, outlet, source or stance,"
                    + " not '" + r.text("by") + "'");
              }
              Trend.Interval interval = Trend.Interval.parse(r.text("interval") == null ? "week"
                  : r.text("interval"));
              if (interval == null) {
                throw new ApiException(400, "interval must be day, week, month or year, not '"
                    + r.text("interval") + "'");
              }
              Request.Period p = r.period();
              return TrendAnswer.of(Trends.of(store, r.text("q"), by, interval, p.from(), p.to(),
                  r.integer("limit")), r.text("q"), p.from(), p.to());
            }));
  }

  private Watchlist watchlist(String key) {
    return Watchlists.get(store, key).orElseThrow(() -> notFound(key));
  }

  private static ApiException notFound(String key) {
    return new ApiException(404, "no watchlist with id " + key + " (GET /api/watchlists lists them)");
  }

  private static Instant since(Request r) {
    String s = r.text("since");
    if (s == null) {
      return null;
    }
    try {
      return Since.parse(s, Instant.now());
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage());
    }
  }
}
