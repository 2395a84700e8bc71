package org.newsgraph.ingest;

import java.net.URI;
import java.util.Locale;

/**
 * The outlet of a page or feed that names no publisher: its web host, without the {@code www.}-like prefix
 * ("https://www.bbc.co.uk/news/x" is "bbc.co.uk"), so that pages of one site are one outlet.
 */
public final class Outlets {
  private Outlets() {}

  /** The host of {@code url} as an outlet name; null when it is not an http(s) URL with a host. */
  public static String ofUrl(String url) {
    if (url == null || !url.regionMatches(true, 0, "http", 0, 4)) {
      return null;
    }
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host == null || host.isBlank()) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"www.", "m.", "amp.", "mobile."}) {
      if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
        return host.substring(prefix.length());
      }
    }
    return host;
  }
}
