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
 * @param skipped     records with nothing to analyse (a title-only record, a feed item without text): not failed
 * @param failures    inputs or articles that failed, each with its reason
 * @param seconds     wall time
 * @param notes       articles stored in part: a limit left some of the text unanalysed, or a stage was stopped for
 *                    taking too long (one line each)
 * @param stop        when the run was stopped before the end (a signal): what was left undone; null otherwise
 */
public record IngestSummary(int files, int stored, int duplicates, int nearDuplicates, int skipped,
    List<ReadResult.Problem> failures,
    double seconds, List<ReadResult.Problem> notes, Stop stop) {
  public IngestSummary {
    failures = List.copyOf(failures);
    notes = List.copyOf(notes);
  }

  public IngestSummary(int files, int stored, int duplicates, int nearDuplicates, List<ReadResult.Problem> failures,
      double seconds) {
    this(files, stored, duplicates, nearDuplicates, 0, failures, seconds, List.of(), null);
  }

  /**
   * What a stopped run left undone.
   *
   * @param unstored    articles read but not stored (their analysis was cut short, or they were still waiting)
   * @param filesUnread inputs not read at all
   */
  public record Stop(int unstored, int filesUnread) {}

  public boolean failed() {
    return !failures.isEmpty();
  }
}
