package org.newsgraph.app.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.NewsgraphConfig;

/**
 * Who may do what on the API. Writes ({@code POST /api/articles}) need the write token ({@code server.writeToken});
 * analyses ({@code POST /api/analyze}) need it or the analyze token ({@code server.analyzeToken}), unless the
 * configuration opens them ({@code server.openAnalyze}). Tokens come as {@code Authorization: Bearer TOKEN} and are
 * compared in constant time. A request sent by a page of another origin (its {@code Origin} header names a site
 * other than this server) is refused unless {@code server.allowedOrigins} lists that origin: a page elsewhere cannot
 * make a reader's browser call this API, with or without a preflight.
 */
final class Access {
  private final byte[] writeToken;
  private final byte[] analyzeToken;
  private final boolean openAnalyze;
  private final Set<String> allowedOrigins;

  Access(NewsgraphConfig.Server cfg) {
    this.writeToken = bytes(cfg.writeToken());
    this.analyzeToken = bytes(cfg.analyzeToken());
    this.openAnalyze = cfg.openAnalyze();
    this.allowedOrigins = Set.copyOf(cfg.allowedOrigins());
  }

  private static byte[] bytes(String token) {
    return token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  /** Throws 403 when writes are off or the token is wrong, 401 when none was sent. */
  void write(Context ctx) {
    if (writeToken == null) {
      throw new ApiException(403, "storing is turned off on this server: it has no write token (set"
          + " server.writeToken in its configuration to allow it)");
    }
    check(ctx, "storing needs the server's write token", "wrong write token", writeToken);
  }

  /** Throws 403 when analyses are off or the token is wrong, 401 when none was sent; nothing when they are open. */
  void analyze(Context ctx) {
    if (openAnalyze) {
      return;
    }
    if (writeToken == null && analyzeToken == null) {
      throw new ApiException(403, "analysing is turned off on this server: it has no token (set"
          + " server.analyzeToken or server.writeToken, or server.openAnalyze = true, in its configuration)");
    }
    check(ctx, "analysing needs the server's analyze or write token", "wrong token (neither the analyze nor the"
        + " write token)", analyzeToken, writeToken);
  }

  private static void check(Context ctx, String what, String wrong, byte[]... accepted) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"newsgraph\"");
      throw new ApiException(401, what + ": send it as Authorization: Bearer TOKEN");
    }
    // compared in constant time, so the answer's timing says nothing about how much of a guess was right
    byte[] sent = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    boolean ok = false;
    for (byte[] t : accepted) {
      ok |= t != null && MessageDigest.isEqual(sent, t);
    }
    if (!ok) {
      throw new ApiException(403, wrong);
    }
  }

  /**
   * Before every request: one from a page of another origin is refused (403) unless that origin is allowed; an
   * allowed one gets the CORS headers that let its page read the answer, and its preflight is answered here.
   * Returns whether the request is a preflight that has been answered.
   */
  boolean origin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || sameOrigin(origin, ctx.header("Host"), ctx.scheme())) {
      return false;
    }
    String o = origin.strip().toLowerCase(Locale.ROOT);
    if (!allowedOrigins.contains(o)) {
      throw new ApiException(403, "requests from pages of other sites are refused (Origin: " + origin + "); list the"
          + " origin in server.allowedOrigins to allow it");
    }
    ctx.header("Access-Control-Allow-Origin", origin.strip());
    ctx.header("Vary", "Origin");
    if (ctx.method() == HandlerType.OPTIONS) {
      ctx.header("Access-Control-Allow-Methods", "GET, POST, DELETE");
      ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
      ctx.header("Access-Control-Max-Age", "600");
      ctx.status(204);
      return true;
    }
    return false;
  }

  /** Whether {@code origin} is this server as the request reached it ({@code Host}). */
  static boolean sameOrigin(String origin, String host, String scheme) {
    if (host == null) {
      return false;
    }
    try {
      URI o = URI.create(origin.strip());
      if (o.getHost() == null) {
        return false; // "null" (a sandboxed page or a file) is never this server
      }
      int port = o.getPort() >= 0 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
      URI h = URI.create(scheme + "://" + host.strip());
      int hostPort = h.getPort() >= 0 ? h.getPort() : "https".equalsIgnoreCase(scheme) ? 443 : 80;
      return o.getHost().equalsIgnoreCase(h.getHost()) && port == hostPort
          && o.getScheme().equalsIgnoreCase(scheme);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The allowed origins, for the OpenAPI description and tests. */
  List<String> allowedOrigins() {
    return List.copyOf(allowedOrigins);
  }
}
