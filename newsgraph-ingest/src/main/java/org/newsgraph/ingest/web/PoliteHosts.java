package org.newsgraph.ingest.web;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * What {@code newsgraph watch} owes the hosts it polls: one request at a time per host, at least {@code delay}
 * between two (longer when robots.txt asks for a {@code Crawl-delay}, up to a minute), and robots.txt honoured. A
 * host's robots.txt is fetched once a day; one that cannot be fetched (404, an error) allows everything and is
 * asked for again after an hour.
 */
public final class PoliteHosts implements Courtesy {
  private static final long ROBOTS_BYTES = 512 * 1024;
  private static final Duration ROBOTS_KEPT = Duration.ofHours(24);
  private static final Duration ROBOTS_RETRY = Duration.ofHours(1);
  private static final double MAX_CRAWL_DELAY_SECONDS = 60;

  private final HttpFetcher fetcher;
  private final String agent;
  private final Duration delay;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  /** One host's turn and rules. */
  private static final class Host {
    final Semaphore one = new Semaphore(1, true);
    volatile long nextAt;
    Robots robots;
    long robotsUntil;
  }

  public PoliteHosts(FetchSettings settings, Duration delay) {
    this.fetcher = new HttpFetcher(settings);
    this.agent = settings.userAgent().split("[/ ]", 2)[0];
    this.delay = delay;
  }

  @Override
  public boolean allowed(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return robots(uri).allows(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
  }

  @Override
  public Turn turn(URI uri) throws InterruptedException {
    Host h = host(uri);
    h.one.acquire();
    try {
      long wait = h.nextAt - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
    } catch (InterruptedException e) {
      h.one.release();
      throw e;
    }
    return () -> {
      double crawlDelay;
      synchronized (h) {
        crawlDelay = h.robots == null ? 0 : Math.min(h.robots.crawlDelaySeconds(), MAX_CRAWL_DELAY_SECONDS);
      }
      h.nextAt = System.nanoTime() + Math.max(delay.toNanos(), (long) (crawlDelay * 1e9));
      h.one.release();
    };
  }

  private Host host(URI uri) {
    return hosts.computeIfAbsent(key(uri), k -> new Host());
  }

  private static String key(URI uri) {
    String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  /** The host's robots.txt rules for us, fetched (in the host's turn) when not known or out of date. */
  private Robots robots(URI uri) {
    Host h = host(uri);
    synchronized (h) {
      if (h.robots != null && System.nanoTime() < h.robotsUntil) {
        return h.robots;
      }
    }
    Robots r;
    Duration kept = ROBOTS_KEPT;
    URI at = URI.create(key(uri) + "/robots.txt");
    try (Turn t = turn(at)) {
      HttpFetcher.Fetched f = fetcher.fetch(at, HttpFetcher.Limits.of(ROBOTS_BYTES), "text/plain");
      r = Robots.parse(new String(f.body(), java.nio.charset.StandardCharsets.UTF_8), agent);
    } catch (HttpFetcher.FetchException e) {
      r = Robots.ALLOW_ALL; // none (404) or none to be had: nothing forbids
      kept = e.getMessage().startsWith("HTTP 4") ? ROBOTS_KEPT : ROBOTS_RETRY;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Robots.ALLOW_ALL;
    }
    synchronized (h) {
      h.robots = r;
      h.robotsUntil = System.nanoTime() + kept.toNanos();
    }
    return r;
  }
}
