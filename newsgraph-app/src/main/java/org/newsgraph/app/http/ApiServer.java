package org.newsgraph.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.newsgraph.app.json.ArticleView;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Stage;
import org.newsgraph.ingest.PageDumpParser;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.ClaimRecord;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.EventRecord;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchResults;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.TimelineEntry;

/**
 * The HTTP JSON API under {@code /api}, and the web page (static files from {@code /web} on the classpath) at
 * {@code /}. Every response carries a Content-Security-Policy that allows only this origin's own scripts and styles. Routes are thin adapters over the store; every error becomes
 * {@code {"error":{"status":…,"message":…}}} with its status code, here and nowhere else.
 */
public final class ApiServer implements AutoCloseable {
  private static final String ERROR_WRITTEN = "newsgraph.error";
  /** Same-origin scripts, styles, images and fetches; no inline script or style, no plugins, no framing. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  /** An id list longer than this filters search hits after the search instead of inside the query. */
  private static final int MAX_ID_CLAUSES = 1000;
  /** How many articles one events response reads to name the source of the claim an event is reported through. */
  private static final int CLAIM_SOURCE_ARTICLES = 40;
  private final Javalin app;
  private final NewsStore store;
  private final Supplier<Stage> pipeline;
  // DuckDB's connection is not for concurrent use; requests take turns on it.
  private final Object storeLock = new Object();

  private ApiServer(NewsStore store, NewsgraphConfig.Server cfg, Supplier<Stage> pipeline) {
    this.store = store;
    this.pipeline = pipeline;
    this.app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.startupWatcherEnabled = false;
      c.http.maxRequestSize = cfg.maxBodyBytes();
      c.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      c.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/web";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "no-cache");
      });
    });
    app.before(ApiServer::securityHeaders);
    routes();
    errors();
  }

  /** Starts serving on {@code cfg.bind():cfg.port()} (port 0 picks a free one). */
  public static ApiServer start(NewsStore store, NewsgraphConfig.Server cfg, Supplier<Stage> pipeline) {
    ApiServer s = new ApiServer(store, cfg, pipeline);
    s.app.start(cfg.bind(), cfg.port());
    return s;
  }

  public int port() {
    return app.port();
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }

  private void routes() {
    app.get("/api/health", ctx -> ctx.json(Map.of("status", "ok", "articles", locked(store::articleCount))));
    app.get("/api/articles", ctx -> {
      int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
      int limit = intParam(ctx, "limit", 20, 1, 500);
      ctx.json(Map.of("offset", offset, "limit", limit, "total", locked(store::articleCount),
          "articles", locked(() -> store.articles(offset, limit))));
    });
    app.get("/api/articles/{id}", ctx -> {
      String id = ctx.pathParam("id");
      AnalyzedArticle a = locked(() -> store.article(id)).orElseThrow(
          () -> new ApiException(404, "no article with id " + id));
      ctx.json(ArticleView.of(a));
    });
    app.get("/api/search", ctx -> {
      String q = ctx.queryParam("q");
      if (q == null || q.isBlank()) {
        throw new ApiException(400, "give a query: /api/search?q=words");
      }
      int limit = intParam(ctx, "limit", 20, 1, 200);
      ctx.json(search(ctx, q, limit));
    });
    app.get("/api/entities/{id}", ctx -> {
      EntityRecord r = entity(ctx.pathParam("id"));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entity", r.entity());
      m.put("articles", r.articleCount());
      m.put("mentions", r.mentionCount());
      ctx.json(m);
    });
    app.get("/api/entities/{id}/related", ctx -> {
      EntityRecord r = entity(ctx.pathParam("id"));
      int limit = intParam(ctx, "limit", 15, 1, 200);
      List<Map<String, Object>> out = locked(() -> store.related(r.entity().id(), limit)).stream().map(x -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entity", x.entity());
        m.put("articles", x.articles());
        m.put("sentences", x.sentences());
        return m;
      }).toList();
      ctx.json(Map.of("entity", r.entity(), "related", out));
    });
    app.get("/api/timeline", ctx -> {
      String key = ctx.queryParam("entity");
      if (key == null || key.isBlank()) {
        throw new ApiException(400, "give an entity: /api/timeline?entity=country:PRK");
      }
      EntityRecord r = entity(key);
      LocalDate from = dateParam(ctx, "from");
      LocalDate to = dateParam(ctx, "to");
      if (from != null && to != null && !from.isBefore(to)) {
        throw new ApiException(400, "from (" + from + ") must be before to (" + to + ")");
      }
      List<TimelineEntry> all = locked(() -> store.timeline(r.entity().id(), from, to));
      String lim = ctx.queryParam("limit");
      int limit = lim == null ? all.size() : intParam(ctx, "limit", 0, 1, 100_000);
      ctx.json(Map.of("entity", r.entity(), "total", all.size(),
          "entries", all.subList(0, Math.min(limit, all.size()))));
    });
    app.get("/api/claims", ctx -> {
      String source = entityParam(ctx, "source");
      String about = entityParam(ctx, "about");
      LocalDate from = dateParam(ctx, "from");
      LocalDate to = dateParam(ctx, "to");
      int limit = intParam(ctx, "limit", 100, 1, 1000);
      List<Map<String, Object>> out = locked(() -> store.claims(source, about, from, to, limit)).stream()
          .map(ApiServer::claim).toList();
      ctx.json(Map.of("claims", out));
    });
    app.get("/api/events", ctx -> {
      String actor = entityParam(ctx, "actor");
      String recipient = entityParam(ctx, "recipient");
      LocalDate from = dateParam(ctx, "from");
      LocalDate to = dateParam(ctx, "to");
      int limit = intParam(ctx, "limit", 100, 1, 1000);
      List<Map<String, Object>> out = locked(() -> withClaimSources(store.events(ctx.queryParam("type"), actor,
          recipient, ctx.queryParam("modality"), from, to, limit)));
      ctx.json(Map.of("events", out));
    });
    app.get("/api/board", ctx -> {
      int limit = intParam(ctx, "limit", 500, 1, 5000);
      ctx.json(Map.of("topics", locked(() -> ClaimsBoard.build(store, limit))));
    });
    app.post("/api/analyze", ctx -> {
      String body = ctx.body();
      if (body.isBlank()) {
        throw new ApiException(400, "send the article text as the request body");
      }
      ReadResult r = PageDumpParser.parse(body, "request");
      if (r.articles().isEmpty()) {
        throw new ApiException(422, r.problems().isEmpty() ? "no article found"
            : r.problems().get(0).message());
      }
      Stage p = pipeline.get();
      List<Map<String, Object>> out = r.articles().stream()
          .map((Article a) -> ArticleView.of(p.apply(AnalyzedArticle.of(a)))).toList();
      ctx.json(Map.of("articles", out));
    });
  }

  /**
   * Full-text search narrowed by {@code entity}, by resolved dates {@code from}/{@code to} (a time expression or
   * event of the article overlaps them), by event {@code type} and by claim {@code stance}.
   */
  private Map<String, Object> search(Context ctx, String q, int limit) {
    String entityId = entityParam(ctx, "entity");
    LocalDate from = dateParam(ctx, "from");
    LocalDate to = dateParam(ctx, "to");
    if (from != null && to != null && !from.isBefore(to)) {
      throw new ApiException(400, "from (" + from + ") must be before to (" + to + ")");
    }
    String type = blankToNull(ctx.queryParam("type"));
    String stance = blankToNull(ctx.queryParam("stance"));
    String query = entityId == null ? q : "(" + q + ") AND entity:\"" + entityId.replace("\"", "") + "\"";
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", q);
    if (from == null && to == null && type == null && stance == null) {
      SearchResults r = locked(() -> store.search(query, limit));
      out.put("total", r.total());
      out.put("hits", r.hits());
      return out;
    }
    Set<String> ids = locked(() -> store.articlesMatching(from, to, type, stance));
    if (ids.isEmpty()) {
      out.put("total", 0);
      out.put("hits", List.of());
    } else if (ids.size() <= MAX_ID_CLAUSES) {
      StringBuilder idq = new StringBuilder("(" + query + ") AND id:(");
      String sep = "";
      for (String id : ids) {
        idq.append(sep).append('"').append(id.replace("\"", "")).append('"');
        sep = " OR ";
      }
      SearchResults r = locked(() -> store.search(idq.append(')').toString(), limit));
      out.put("total", r.total());
      out.put("hits", r.hits());
    } else {
      // too many ids for one query: filter the best 2,000 hits; the total is then a lower bound
      SearchResults r = locked(() -> store.search(query, 2000));
      List<SearchHit> kept = r.hits().stream().filter(h -> ids.contains(h.articleId())).toList();
      out.put("total", kept.size());
      out.put("hits", kept.subList(0, Math.min(limit, kept.size())));
      out.put("total_is_lower_bound", r.total() > 2000);
    }
    return out;
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip().toLowerCase(Locale.ROOT);
  }

  /** An entity query parameter: an id or a name; null when absent; 404 when it names nothing. */
  private String entityParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : entity(v).entity().id();
  }

  private static Map<String, Object> claim(ClaimRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", r.articleId());
    m.put("headline", r.headline());
    m.put("published", r.published());
    m.put("source_text", r.source());
    m.put("cue_text", r.cue());
    m.put("content_text", r.content());
    m.put("claim", r.claim());
    return m;
  }

  private static Map<String, Object> event(EventRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", r.articleId());
    m.put("headline", r.headline());
    m.put("published", r.published());
    m.put("trigger_text", r.trigger());
    m.put("sentence", r.sentence());
    m.put("event", r.event());
    return m;
  }

  /**
   * The events as JSON; an event reported through a claim gets {@code claimed_by}: that claim's source. Reading the
   * claims means reading the article, so only the first {@link #CLAIM_SOURCE_ARTICLES} articles are looked at.
   */
  private List<Map<String, Object>> withClaimSources(List<EventRecord> events) {
    Map<String, List<org.newsgraph.core.Claim>> claimsOf = new java.util.HashMap<>();
    Map<String, String> texts = new java.util.HashMap<>();
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (EventRecord r : events) {
      Map<String, Object> m = event(r);
      String claimId = r.event().claimId();
      if (claimId != null) {
        if (!claimsOf.containsKey(r.articleId()) && claimsOf.size() >= CLAIM_SOURCE_ARTICLES) {
          out.add(m);
          continue;
        }
        List<org.newsgraph.core.Claim> claims = claimsOf.computeIfAbsent(r.articleId(), id -> {
          AnalyzedArticle a = store.article(id).orElse(null);
          if (a == null) {
            return List.of();
          }
          texts.put(id, a.text());
          return a.claims();
        });
        for (org.newsgraph.core.Claim c : claims) {
          if (c.id().equals(claimId)) {
            Map<String, Object> by = new LinkedHashMap<>();
            by.put("claim", c.id());
            by.put("source_text", c.source() == null ? null : c.source().of(texts.get(r.articleId())));
            by.put("entity", c.sourceEntityId());
            by.put("stance", c.stance().name().toLowerCase(Locale.ROOT));
            m.put("claimed_by", by);
          }
        }
      }
      out.add(m);
    }
    return out;
  }

  private EntityRecord entity(String key) {
    return locked(() -> store.entity(key)).orElseThrow(() -> new ApiException(404, "no entity " + key));
  }

  private <T> T locked(Supplier<T> s) {
    synchronized (storeLock) {
      return s.get();
    }
  }

  private void errors() {
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(StoreException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e));
    app.error(404, ctx -> {
      if (ctx.attribute(ERROR_WRITTEN) == null) {
        error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
      }
    });
    app.error(413, ctx -> error(ctx, 413, "request body too large (limit " + app.unsafeConfig().http.maxRequestSize
        + " bytes)"));
    app.error(405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path()));
  }

  private static void error(Context ctx, int status, String message) {
    ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
    ctx.status(HttpStatus.forStatus(status));
    ctx.json(Map.of("error", Map.of("status", status, "message", message)));
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new ApiException(400, name + " must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiException(400, name + " must be a whole number, not '" + v + "'");
    }
  }

  private static LocalDate dateParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiException(400, name + " must be a date like 2025-01-31, not '" + v + "'");
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
