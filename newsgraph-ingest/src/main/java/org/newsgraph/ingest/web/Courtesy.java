package org.newsgraph.ingest.web;

import java.net.URI;

/**
 * How a reader behaves towards the hosts it fetches from: whether their robots.txt lets it fetch a URL, and whose
 * turn it is (one request at a time per host, a delay between two). {@link #NONE} is what a one-shot {@code ingest}
 * of the URLs a user names does: no wait, no robots.txt.
 */
public interface Courtesy {
  /** Whether {@code uri} may be fetched. */
  boolean allowed(URI uri);

  /** Waits for {@code uri}'s host's turn; the turn ends when the returned handle is closed. */
  Turn turn(URI uri) throws InterruptedException;

  /** A host's turn, held while one request runs. */
  interface Turn extends AutoCloseable {
    @Override
    void close();
  }

  Courtesy NONE = new Courtesy() {
    @Override
    public boolean allowed(URI uri) {
      return true;
    }

    @Override
    public Turn turn(URI uri) {
      return () -> { };
    }
  };
}
