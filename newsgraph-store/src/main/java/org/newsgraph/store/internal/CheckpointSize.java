package org.newsgraph.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much DuckDB may log before it checkpoints: as much as the database file holds, between DuckDB's default and a
 * cap. DuckDB checkpoints when a commit leaves its log over {@code checkpoint_threshold} (16 MiB by default, passed
 * every second save of 1,000 articles), and a checkpoint's cost grows with the store (issue 21: 0.5–2 s for an empty
 * store, 8–22 s at 100,000 articles). With the threshold at the file's size the file about doubles between
 * checkpoints, so their cost per saved article stays flat; the cap bounds the log that a reopen after a crash
 * replays and that the close checkpoints.
 */
final class CheckpointSize {
  /** DuckDB's own default: a small store checkpoints as before. */
  static final long MIN_BYTES = 16L << 20;
  /** The most that may be logged before a checkpoint. */
  static final long MAX_BYTES = 1L << 30;

  private CheckpointSize() {}

  /** The threshold for a database file of {@code fileBytes}, in whole MiB. */
  static long thresholdMib(long fileBytes) {
    return Math.max(MIN_BYTES, Math.min(MAX_BYTES, fileBytes)) >> 20;
  }

  /** The threshold for {@code file} as it is now; the smallest when its size cannot be read. */
  static long thresholdMib(Path file) {
    try {
      return thresholdMib(Files.size(file));
    } catch (IOException | UnsupportedOperationException e) {
      return MIN_BYTES >> 20;
    }
  }
}
