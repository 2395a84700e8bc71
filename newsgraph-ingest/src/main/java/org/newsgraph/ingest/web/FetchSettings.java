package org.newsgraph.ingest.web;

import java.time.Duration;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.ingest.ReadOptions;

/**
 * How newsgraph fetches URLs: the configuration's {@code ingest} section in the types the fetcher uses.
 *
 * @param connectTimeout  time to open a connection
 * @param requestTimeout  time for a whole response (headers and body)
 * @param maxRedirects    redirects followed before giving up
 * @param maxFeedBytes    feeds over this size are refused (pages use {@link ReadOptions#maxPageBytes()})
 * @param fetchPages      whether a feed item without its full content is read from its page instead
 * @param userAgent       the {@code User-Agent} header sent
 * @param read            how fetched pages are read (page size limit)
 */
public record FetchSettings(Duration connectTimeout, Duration requestTimeout, int maxRedirects, long maxFeedBytes,
    boolean fetchPages, String userAgent, ReadOptions read) {
  /** The default {@code User-Agent}: newsgraph and its version. */
  public static final String USER_AGENT = NewsgraphConfig.defaults().ingest().userAgent();

  public FetchSettings {
    read = read == null ? ReadOptions.defaults() : read;
    userAgent = userAgent == null || userAgent.isBlank() ? USER_AGENT : userAgent;
  }

  /** The configuration's fetch settings; pages are read with {@code read}. */
  public static FetchSettings of(NewsgraphConfig.Ingest settings, ReadOptions read) {
    return new FetchSettings(seconds(settings.connectTimeoutSeconds()), seconds(settings.requestTimeoutSeconds()),
        settings.maxRedirects(), settings.maxFeedMib() * 1024 * 1024, settings.fetchPages(), settings.userAgent(),
        read);
  }

  /** The default configuration's fetch settings. */
  public static FetchSettings defaults() {
    return of(NewsgraphConfig.defaults().ingest(), null);
  }

  private static Duration seconds(double s) {
    return Duration.ofMillis(Math.round(s * 1000));
  }

  public FetchSettings withFetchPages(boolean fetch) {
    return new FetchSettings(connectTimeout, requestTimeout, maxRedirects, maxFeedBytes, fetch, userAgent, read);
  }

  public FetchSettings withRead(ReadOptions options) {
    return new FetchSettings(connectTimeout, requestTimeout, maxRedirects, maxFeedBytes, fetchPages, userAgent,
        options);
  }
}
