package org.newsgraph.app.cli;

import java.nio.file.Files;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.NewsStore;

/** Opening the store for commands that only read it: a missing store is a clear message, not an empty one. */
final class Stores {
  private Stores() {}

  static NewsStore openExisting(NewsgraphConfig cfg) {
    if (!Files.isDirectory(cfg.store().dir())) {
      throw new IllegalArgumentException("no store at " + cfg.store().dir()
          + " (run 'newsgraph ingest PATH' first, or give --store DIR)");
    }
    return NewsStore.open(cfg.store().dir());
  }
}
