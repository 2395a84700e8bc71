package org.newsgraph.store;

import java.time.Instant;

/**
 * One row of the ingest log.
 *
 * @param runId      the run that wrote it (as given to {@link NewsStore#save})
 * @param source     file or URL of the input
 * @param articleId  the article id, or null for an input that failed before it had one
 * @param status     {@code stored}, {@code duplicate} or {@code failed}
 * @param message    why, for duplicates and failures; null for stored
 * @param at         when the batch was saved
 */
public record IngestLogEntry(String runId, String source, String articleId, String status, String message,
    Instant at) {
  public static final String STORED = "stored";
  public static final String DUPLICATE = "duplicate";
  public static final String FAILED = "failed";
}
