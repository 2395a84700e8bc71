package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.NewsStore;

/** A command's store, opened from the common options with logging set up in its folder; closes with the command. */
final class StoreSession implements AutoCloseable {
  private final Path dir;
  private final NewsStore store;

  private StoreSession(Path dir, NewsStore store) {
    this.dir = dir;
    this.store = store;
  }

  /** For commands that only read: a missing store is a clear message, not an empty one. */
  static StoreSession existing(CommonOptions common) {
    NewsgraphConfig cfg = common.configLoggingToStore();
    return new StoreSession(cfg.store().dir(), openExisting(cfg));
  }

  /** For commands that write: the store is made when missing. */
  static StoreSession create(CommonOptions common) {
    NewsgraphConfig cfg = common.configLoggingToStore();
    return new StoreSession(cfg.store().dir(), NewsStore.open(cfg.store().dir(), cfg.stories()));
  }

  static NewsStore openExisting(NewsgraphConfig cfg) {
    if (!Files.isDirectory(cfg.store().dir())) {
      throw new IllegalArgumentException("no store at " + cfg.store().dir()
          + " (run 'newsgraph ingest PATH' first, or give --store DIR)");
    }
    return NewsStore.open(cfg.store().dir(), cfg.stories());
  }

  NewsStore store() {
    return store;
  }

  Path dir() {
    return dir;
  }

  /** An entity option given by id or name, as its id; null stays null; an unknown one is a usage error naming it. */
  String entityId(String key) {
    if (key == null) {
      return null;
    }
    return store.entity(key).map(r -> r.entity().id())
        .orElseThrow(() -> new IllegalArgumentException("no entity named '" + key + "' in the store"));
  }

  /** The entity the words name (id or name); when there is none, says so on {@code err} and is empty. */
  Optional<EntityRecord> entity(List<String> words, PrintWriter err) {
    String key = String.join(" ", words);
    Optional<EntityRecord> r = store.entity(key);
    if (r.isEmpty()) {
      err.println("newsgraph: no entity named '" + key + "' in " + dir);
    }
    return r;
  }

  @Override
  public void close() {
    store.close();
  }
}
