package org.newsgraph.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Stage;
import org.newsgraph.store.NewsStore;

/**
 * The HTTP JSON API under {@code /api}, and the web page (static files from {@code /web} on the classpath) at
 * {@code /}. The routes are those of the one table, {@link ApiRoutes}, which also gives the OpenAPI description at
 * {@code /api/openapi.json}; failures become {@code {"error":{"status":…,"message":…}}} answers in one place,
 * {@link ErrorMapping} (and Jetty's own, {@link JsonErrorHandler}). Every response carries a Content-Security-Policy
 * that allows only this origin's own scripts and styles. The one write ({@code POST /api/articles}) needs the
 * server's write token, an analysis its analyze or write token unless the configuration opens it, and requests from
 * pages of other origins are refused unless the configuration names them ({@link Access}). Analyses run on a bounded
 * pool with a deadline ({@link AnalysisPool}), so that they cannot take the server from its readers.
 */
public final class ApiServer implements AutoCloseable {
  /** Same-origin scripts, styles, images and fetches; no inline script or style, no plugins, no framing. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  /** The version the OpenAPI document gives. */
  static final String API_VERSION = "0.1.0";
  private final Javalin app;
  private final List<String> registered = Collections.synchronizedList(new ArrayList<>());
  private final ErrorMapping errors;
  private final AnalysisPool analyses;

  /**
   * The store answers several requests at once (each read on a connection of its own), so requests are not
   * serialised here: a slow timeline no longer holds up the article next to it.
   */
  private ApiServer(NewsStore store, NewsgraphConfig.Server cfg, Supplier<Stage> pipeline, System.Logger log) {
    this.errors = new ErrorMapping(log);
    this.analyses = new AnalysisPool(cfg, pipeline);
    Access access = new Access(cfg);
    this.app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.startupWatcherEnabled = false;
      c.http.maxRequestSize = cfg.maxBodyBytes();
      c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      c.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
      c.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      c.events.handlerAdded(h -> registered.add(h.getHttpMethod().name() + " " + h.getPath()));
      c.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/web";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "no-cache");
      });
    });
    app.before(ApiServer::securityHeaders);
    app.before(ctx -> {
      if (access.origin(ctx)) {
        ctx.skipRemainingHandlers(); // a preflight of an allowed origin: answered
      }
    });
    // the document describes every route, its own among them: made once the table is
    AtomicReference<ObjectNode> openApi = new AtomicReference<>();
    List<Route> routes = new ApiRoutes(store, analyses, access, openApi::get).all();
    openApi.set(OpenApi.document(routes, API_VERSION));
    for (Route r : routes) {
      app.addHttpHandler(r.method(), r.path(), ctx -> {
        Request request = new Request(ctx, r);
        boolean csv = r.csv() != null && CsvAnswer.wanted(request);
        Object answer = r.handler().answer(request);
        if (csv) {
          r.csv().write(ctx, answer);
        } else if (answer instanceof AtomFeed feed) {
          ctx.contentType(AtomFeed.MEDIA_TYPE + "; charset=utf-8").result(feed.xml());
        } else {
          ctx.json(answer);
        }
      });
    }
    errorHandlers();
  }

  /** Starts serving on {@code cfg.bind():cfg.port()} (port 0 picks a free one). */
  public static ApiServer start(NewsStore store, NewsgraphConfig.Server cfg, Supplier<Stage> pipeline) {
    return start(store, cfg, pipeline, System.getLogger(ApiServer.class.getName()));
  }

  /** As {@link #start(NewsStore, NewsgraphConfig.Server, Supplier)}, logging internal errors to {@code log}. */
  static ApiServer start(NewsStore store, NewsgraphConfig.Server cfg, Supplier<Stage> pipeline, System.Logger log) {
    ApiServer s = new ApiServer(store, cfg, pipeline, log);
    s.app.start(cfg.bind(), cfg.port());
    return s;
  }

  public int port() {
    return app.port();
  }

  /** Every HTTP route registered with the server, as {@code "GET /api/health"}, in order. */
  public List<String> routes() {
    synchronized (registered) {
      return List.copyOf(registered);
    }
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }

  private void errorHandlers() {
    app.exception(Exception.class, errors::answer);
    app.error(404, ctx -> {
      if (ctx.attribute(ErrorMapping.WRITTEN) == null) {
        ErrorMapping.write(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path(), null);
      }
    });
    app.error(413, ctx -> ErrorMapping.write(ctx, 413, "request body too large (limit "
        + app.unsafeConfig().http.maxRequestSize + " bytes)", null));
    app.error(405, ctx -> ErrorMapping.write(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path(),
        null));
  }

  @Override
  public void close() {
    app.stop();
    analyses.close();
  }
}
