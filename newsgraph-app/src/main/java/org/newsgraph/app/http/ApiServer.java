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
import org.newsgraph.store.Page;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.TimelineEntry;

/**
 * The HTTP JSON API under {@code /api}, and the web page (static files from {@code /web} on the classpath) at
 * {@code /}. Every response carries a Content-Security-Policy that allows only this origin's own scripts and styles.
 * Routes are thin adapters over the store; the one write ({@code POST /api/articles}) needs the server's write
 * token. Every error becomes {@code {"error":{"status":…,"message":…}}} with its status code, here and nowhere else.
 */
public final class ApiServer implements AutoCloseable {
  private static final String ERROR_WRITTEN = "newsgraph.error";
  /** Same-origin scripts, styles, images and fetches; no inline script or style, no plugins, no framing. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  /** The most timeline entries one request returns; the page asks for more with {@code offset}. */
  static final int MAX_TIMELINE_PAGE = 2000;
  private final Javalin app;
  private final NewsStore store;
  private final Supplier<Stage> pipeline;
  private final SearchEndpoint search;
  private final IngestEndpoint ingest;

  /**
   * The store answers several requests at once (each read on a connection of its own), so requests are not
   * serialised here: a slow timeline no longer holds up the article next to it.
   */
  private ApiServer(NewsStore store, NewsgraphConfig.Server cfg, Supplier<Stage> pipeline) {
    this.store = store;
    this.pipeline = pipeline;
    this.search = new SearchEndpoint(store);
    this.ingest = new IngestEndpoint(store, pipeline, cfg.writeToken());
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
    app.get("/api/health", ctx -> ctx.json(Json.object("status", "ok", "articles", store.articleCount())));
    app.get("/api/articles", ctx -> {
      int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
      int limit = intParam(ctx, "limit", 20, 1, 500);
      ctx.json(Json.object("offset", offset, "limit", limit, "total", store.articleCount(),
          "articles", store.articles(offset, limit)));
    });
    app.get("/api/articles/{id}", ctx -> {
      String id = ctx.pathParam("id");
      AnalyzedArticle a = store.article(id).orElseThrow(
          () -> new ApiException(404, "no article with id " + id));
      Map<String, Object> view = ArticleView.of(a);
      // every publication of it: the first, and the near-duplicates other outlets ran ("reported by N outlets")
      view.put("publications", store.publications(id).stream().map(p -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outlet", p.outlet());
        m.put("headline", p.headline());
        m.put("published", p.published());
        m.put("source", p.source());
        m.put("similarity", p.similarity());
        return m;
      }).toList());
      view.put("outlets", store.reach(List.of(id)).getOrDefault(id, new NewsStore.Reach(1, List.of())).outlets());
      ctx.json(view);
    });
    app.get("/api/search", ctx -> {
      String q = ctx.queryParam("q");
      if (q == null || q.isBlank()) {
        throw new ApiException(400, "give a query: /api/search?q=words");
      }
      int limit = intParam(ctx, "limit", 20, 1, 200);
      LocalDate from = dateParam(ctx, "from");
      LocalDate to = dateParam(ctx, "to");
      if (from != null && to != null && !from.isBefore(to)) {
        throw new ApiException(400, "from (" + from + ") must be before to (" + to + ")");
      }
      ctx.json(search.answer(new SearchEndpoint.Request(q, entityParam(ctx, "entity"), from, to,
          SearchEndpoint.lowerOrNull(ctx, "type"), SearchEndpoint.lowerOrNull(ctx, "stance"),
          SearchEndpoint.stripOrNull(ctx, "outlet"), limit)));
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
      List<Map<String, Object>> out = store.related(r.entity().id(), limit).stream().map(x -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entity", x.entity());
        m.put("articles", x.articles());
        m.put("sentences", x.sentences());
        return m;
      }).toList();
      ctx.json(Json.object("entity", r.entity(), "related", out));
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
      int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
      int limit = intParam(ctx, "limit", 500, 1, MAX_TIMELINE_PAGE);
      Page<TimelineEntry> page = store.timeline(r.entity().id(), from, to, offset, limit);
      ctx.json(Json.object("entity", r.entity(), "total", page.total(), "offset", offset, "entries", page.items()));
    });
    app.get("/api/claims", ctx -> {
      String source = entityParam(ctx, "source");
      String about = entityParam(ctx, "about");
      LocalDate from = dateParam(ctx, "from");
      LocalDate to = dateParam(ctx, "to");
      int limit = intParam(ctx, "limit", 100, 1, 1000);
      List<Map<String, Object>> out = store.claims(source, about, from, to, limit).stream()
          .map(ApiServer::claim).toList();
      ctx.json(Map.of("claims", out));
    });
    app.get("/api/events", ctx -> {
      String actor = entityParam(ctx, "actor");
      String recipient = entityParam(ctx, "recipient");
      LocalDate from = dateParam(ctx, "from");
      LocalDate to = dateParam(ctx, "to");
      int limit = intParam(ctx, "limit", 100, 1, 1000);
      List<Map<String, Object>> out = store.events(ctx.queryParam("type"), actor, recipient,
          ctx.queryParam("modality"), from, to, limit).stream().map(ApiServer::event).toList();
      ctx.json(Map.of("events", out));
    });
    app.get("/api/board", ctx -> {
      int limit = intParam(ctx, "limit", 500, 1, 5000);
      ctx.json(Map.of("topics", ClaimsBoard.build(store, limit)));
    });
    app.get("/api/outlets", ctx -> {
      int limit = intParam(ctx, "limit", 200, 1, 5000);
      ctx.json(Map.of("outlets", store.outlets(limit)));
    });
    app.post("/api/articles", ingest::handle);
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
    EventRecord.ClaimedBy by = r.claimedBy();
    if (by != null) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("claim", by.claimId());
      c.put("source_text", by.sourceText());
      c.put("entity", by.entityId());
      c.put("countries", by.sourceCountries());
      c.put("stance", by.stance().name().toLowerCase(Locale.ROOT));
      m.put("claimed_by", c);
    }
    return m;
  }

  private EntityRecord entity(String key) {
    return store.entity(key).orElseThrow(() -> new ApiException(404, "no entity " + key));
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
    ctx.json(Map.of("error", Json.object("status", status, "message", message)));
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
