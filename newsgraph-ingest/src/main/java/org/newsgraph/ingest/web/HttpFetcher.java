package org.newsgraph.ingest.web;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one URL over HTTP(S) with the JDK client: timeouts, redirects followed by us (so they are counted and
 * must stay on http/https), the body read only up to a size limit, a {@code User-Agent} that names us. Every
 * failure becomes a {@link FetchException} whose message is one line a user can act on.
 *
 * <p>The request timeout bounds the whole fetch, redirects, headers and body together, not only the wait for the
 * first byte: a server that sends one byte a second is cut off when the time is up (the exchange is cancelled), and
 * one that sends more than the limit is cut off at the limit, whatever its {@code Content-Length} says.
 */
final class HttpFetcher {
  private final HttpClient client;
  private final FetchSettings settings;

  /**
   * A fetched response: the final URI (after redirects), the body, the {@code Content-Type} header or null; the
   * status (200, or 304 for a conditional request whose resource has not changed: then the body is empty) and the
   * validators to send next time ({@code ETag}, {@code Last-Modified}; null when the server sent none).
   */
  record Fetched(URI uri, byte[] body, String contentType, int status, String etag, String lastModified) {
    Fetched(URI uri, byte[] body, String contentType) {
      this(uri, body, contentType, 200, null, null);
    }

    boolean notModified() {
      return status == 304;
    }

    /** The charset parameter of the content type, or null. */
    String charset() {
      if (contentType == null) {
        return null;
      }
      for (String part : contentType.split(";")) {
        String p = part.strip();
        if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
          return p.substring(8).replace("\"", "").strip();
        }
      }
      return null;
    }
  }

  /** Why a URL could not be fetched, in one line. */
  static final class FetchException extends Exception {
    FetchException(String message) {
      super(message);
    }
  }

  HttpFetcher(FetchSettings settings) {
    this.settings = settings;
    this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * How large a body may be: a page's limit for an HTML response, a feed's for XML, the larger for anything else
   * (decided by its {@code Content-Type}), so that a refusal names the limit that applied.
   */
  record Limits(long pageBytes, long feedBytes) {
    static Limits of(long bytes) {
      return new Limits(bytes, bytes);
    }

    long forType(String contentType) {
      String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
      return t.contains("html") ? pageBytes : t.contains("xml") || t.contains("rss") || t.contains("atom")
          ? feedBytes : Math.max(pageBytes, feedBytes);
    }

    String tooLarge(String contentType, long max) {
      String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
      String what = t.contains("html") ? "page too large (over " + mib(max) + " MiB, the page limit: ingest.maxPageMib"
          + " or --max-page-mib)" : t.contains("xml") || t.contains("rss") || t.contains("atom")
          ? "feed too large (over " + mib(max) + " MiB, the feed limit: ingest.maxFeedMib)"
          : "response too large (over " + mib(max) + " MiB)";
      return what;
    }
  }

  /** Fetches {@code uri}, refusing bodies over {@code maxBytes}; {@code accept} is the Accept header. */
  Fetched fetch(URI uri, long maxBytes, String accept) throws FetchException {
    return fetch(uri, Limits.of(maxBytes), accept);
  }

  /** Fetches {@code uri} within the request timeout, refusing bodies over {@code limits}. */
  Fetched fetch(URI uri, Limits limits, String accept) throws FetchException {
    return fetch(uri, limits, accept, java.util.Map.of());
  }

  /**
   * Fetches {@code uri} with extra request {@code headers} (a conditional request's {@code If-None-Match}, {@code
   * If-Modified-Since}); a 304 answer is returned as such, not as a failure.
   */
  Fetched fetch(URI uri, Limits limits, String accept, java.util.Map<String, String> headers)
      throws FetchException {
    long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
    URI at = uri;
    for (int hop = 0; ; hop++) {
      checkScheme(at);
      HttpRequest req;
      try {
        HttpRequest.Builder b = HttpRequest.newBuilder(at).timeout(settings.requestTimeout())
            .header("User-Agent", settings.userAgent()).header("Accept", accept);
        headers.forEach(b::header);
        req = b.GET().build();
      } catch (IllegalArgumentException e) {
        throw new FetchException("not a URL that can be fetched: " + oneLine(e));
      }
      HttpResponse<LimitedBody.Result> resp = exchange(req, at, limits, deadline);
      int status = resp.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        Optional<String> location = resp.headers().firstValue("Location");
        if (location.isEmpty()) {
          throw new FetchException("HTTP " + status + " redirect without a Location");
        }
        if (hop >= settings.maxRedirects()) {
          throw new FetchException("too many redirects (more than " + settings.maxRedirects() + ")");
        }
        try {
          at = at.resolve(location.get().strip());
        } catch (IllegalArgumentException e) {
          throw new FetchException("HTTP " + status + " redirect to a bad URL: " + location.get());
        }
        continue;
      }
      String type = resp.headers().firstValue("Content-Type").orElse(null);
      String etag = resp.headers().firstValue("ETag").orElse(null);
      String modified = resp.headers().firstValue("Last-Modified").orElse(null);
      if (status == 304) {
        return new Fetched(at, new byte[0], type, status, etag, modified);
      }
      if (status != 200) {
        throw new FetchException("HTTP " + status);
      }
      if (resp.body().tooLarge()) {
        throw new FetchException(limits.tooLarge(type, limits.forType(type)));
      }
      return new Fetched(at, resp.body().bytes(), type, status, etag, modified);
    }
  }

  /**
   * One request and its whole body, by {@code deadline}: the exchange is cancelled (its connection closed) when the
   * time is up, however slowly the server sends; a body over its limit ends the exchange at the limit.
   */
  private HttpResponse<LimitedBody.Result> exchange(HttpRequest req, URI at, Limits limits, long deadline)
      throws FetchException {
    CompletableFuture<HttpResponse<LimitedBody.Result>> f = client.sendAsync(req,
        info -> new LimitedBody(info.statusCode() == 200 ? limits.forType(info.headers().firstValue("Content-Type")
            .orElse(null)) : 64 * 1024));
    try {
      return f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new FetchException(timedOut());
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof HttpConnectTimeoutException) {
        throw new FetchException("cannot connect: no answer within " + seconds(settings.connectTimeout()));
      } else if (c instanceof HttpTimeoutException) {
        throw new FetchException(timedOut());
      } else if (c instanceof ConnectException) {
        throw new FetchException("cannot connect: connection refused");
      } else if (c instanceof UnknownHostException) {
        throw new FetchException("cannot connect: unknown host " + at.getHost());
      } else if (c instanceof IllegalArgumentException) {
        throw new FetchException("not a URL that can be fetched: " + oneLine(c));
      }
      throw new FetchException("cannot fetch: " + oneLine(c));
    }
  }

  private static void checkScheme(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("only http and https URLs are fetched, not '" + uri + "'");
    }
  }

  private String timedOut() {
    return "no complete response within " + seconds(settings.requestTimeout()) + " (--timeout,"
        + " ingest.requestTimeoutSeconds)";
  }

  private static String mib(long bytes) {
    double m = bytes / (1024.0 * 1024);
    return m >= 10 || m == Math.rint(m) ? String.valueOf(Math.max(1, Math.round(m))) : String.format("%.1f", m);
  }

  private static String seconds(java.time.Duration d) {
    double s = d.toMillis() / 1000.0;
    return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
