package org.newsgraph.ingest.web;

import java.io.IOException;
import java.io.InputStream;
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

/**
 * Fetches one URL over HTTP(S) with the JDK client: timeouts, redirects followed by us (so they are counted and
 * must stay on http/https), the body read only up to a size limit, a {@code User-Agent} that names us. Every
 * failure becomes a {@link FetchException} whose message is one line a user can act on.
 */
final class HttpFetcher {
  private final HttpClient client;
  private final FetchSettings settings;

  /** A fetched response: the final URI (after redirects), the body, the {@code Content-Type} header or null. */
  record Fetched(URI uri, byte[] body, String contentType) {
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

  /** Fetches {@code uri}, refusing bodies over {@code maxBytes}; {@code accept} is the Accept header. */
  Fetched fetch(URI uri, long maxBytes, String accept) throws FetchException {
    URI at = uri;
    for (int hop = 0; ; hop++) {
      checkScheme(at);
      HttpRequest req = HttpRequest.newBuilder(at).timeout(settings.requestTimeout())
          .header("User-Agent", settings.userAgent()).header("Accept", accept).GET().build();
      HttpResponse<InputStream> resp;
      try {
        resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpConnectTimeoutException e) {
        throw new FetchException("cannot connect: no answer within " + seconds(settings.connectTimeout()));
      } catch (HttpTimeoutException e) {
        throw new FetchException("no response within " + seconds(settings.requestTimeout()));
      } catch (ConnectException e) {
        throw new FetchException("cannot connect: connection refused");
      } catch (UnknownHostException e) {
        throw new FetchException("cannot connect: unknown host " + at.getHost());
      } catch (IOException e) {
        throw new FetchException("cannot fetch: " + oneLine(e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException("interrupted");
      } catch (IllegalArgumentException e) {
        throw new FetchException("not a URL that can be fetched: " + oneLine(e));
      }
      int status = resp.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        close(resp);
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
      if (status != 200) {
        close(resp);
        throw new FetchException("HTTP " + status);
      }
      long declared = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxBytes) {
        close(resp);
        throw new FetchException(tooLarge(maxBytes));
      }
      try (InputStream in = resp.body()) {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        if (body.length > maxBytes) {
          throw new FetchException(tooLarge(maxBytes));
        }
        return new Fetched(at, body, resp.headers().firstValue("Content-Type").orElse(null));
      } catch (HttpTimeoutException e) {
        throw new FetchException("no complete response within " + seconds(settings.requestTimeout()));
      } catch (IOException e) {
        throw new FetchException("the response broke off: " + oneLine(e));
      }
    }
  }

  private static void checkScheme(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("only http and https URLs are fetched, not '" + uri + "'");
    }
  }

  private static void close(HttpResponse<InputStream> resp) {
    try {
      resp.body().close();
    } catch (IOException e) {
      // nothing to keep
    }
  }

  private static String tooLarge(long max) {
    return "response too large (over " + Math.max(1, max / (1024 * 1024)) + " MiB)";
  }

  private static String seconds(java.time.Duration d) {
    double s = d.toMillis() / 1000.0;
    return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
