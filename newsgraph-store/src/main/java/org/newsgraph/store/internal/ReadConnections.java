package org.newsgraph.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Read connections lent to one thread at a time: duplicates of the store's main connection, so that a slow query
 * does not hold up the others (the web page asks for six things at once). At most {@link #MAX} are open; a reader
 * beyond that waits for one to come back. Each sees the data the main connection has committed.
 */
public final class ReadConnections implements AutoCloseable {
  /** More than the cores of a small machine, so that quick reads get past slow ones; DuckDB parallelises inside. */
  static final int MAX = 8;

  /** The queries of one connection. */
  public record Readers(Database db, ArticleReader articles, EntityQueries entities,
      ClaimEventQueries claimsAndEvents, StoryQueries stories) {}

  private final Database main;
  private final ConcurrentLinkedDeque<Readers> idle = new ConcurrentLinkedDeque<>();
  private final List<Readers> all = new ArrayList<>();
  private final Semaphore permits = new Semaphore(MAX, true);

  public ReadConnections(Database main) {
    this.main = main;
  }

  /** Runs {@code query} on a connection no other thread is using. */
  public <T> T read(Function<Readers, T> query) {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Failures.wrap("interrupted while waiting for a connection to " + main.file(), e);
    }
    Readers r = idle.pollFirst();
    try {
      if (r == null) {
        r = open();
      }
      return query.apply(r);
    } finally {
      if (r != null) {
        idle.addFirst(r);
      }
      permits.release();
    }
  }

  private Readers open() {
    Database db = main.duplicate();
    Readers r = new Readers(db, new ArticleReader(db), new EntityQueries(db), new ClaimEventQueries(db),
        new StoryQueries(db));
    synchronized (all) {
      all.add(r);
    }
    return r;
  }

  /** Closes every read connection; the caller makes sure no read is running. */
  @Override
  public void close() {
    synchronized (all) {
      for (Readers r : all) {
        r.db().close();
      }
      all.clear();
      idle.clear();
    }
  }
}
