package org.newsgraph.ingest.web;

import java.time.Duration;
import org.newsgraph.ingest.ReadOptions;

/**
 * How newsgraph fetches URLs.
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
  public static final String USER_AGENT = "newsgraph/0.1 (news reader; +https://github.com/newsgraph)";

  public FetchSettings {
    read = read == null ? ReadOptions.defaults() : read;
    userAgent = userAgent == null || userAgent.isBlank() ? USER_AGENT : userAgent;
  }

  /** 10 s to connect, 60 s per response, 5 redirects, feeds up to 50 MiB, item pages not fetched. */
  public static FetchSettings defaults() {
    return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 5, 50L * 1024 * 1024, false, null,
        null);
  }

  public FetchSettings withFetchPages(boolean fetch) {
    return new FetchSettings(connectTimeout, requestTimeout, maxRedirects, maxFeedBytes, fetch, userAgent, read);
  }

  public FetchSettings withRead(ReadOptions options) {
    return new FetchSettings(connectTimeout, requestTimeout, maxRedirects, maxFeedBytes, fetchPages, userAgent,
        options);
  }
}
