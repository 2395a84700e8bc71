package org.newsgraph.app.service;

import java.util.List;
import org.newsgraph.ingest.ReadResult;

/**
 * What one ingest run did.
 *
 * @param files       input files looked at
 * @param stored      articles analysed and stored
 * @param duplicates  articles skipped because the store (or this run) already had them
 * @param nearDuplicates  articles recorded as another publication of a stored article, not analysed again
 * @param failures    inputs or articles that failed, each with its reason
 * @param seconds     wall time
 */
public record IngestSummary(int files, int stored, int duplicates, int nearDuplicates,
    List<ReadResult.Problem> failures,
    double seconds) {
  public IngestSummary {
    failures = List.copyOf(failures);
  }

  public boolean failed() {
    return !failures.isEmpty();
  }
}
