package org.newsgraph.ingest;

import org.newsgraph.core.Article;

/**
 * Where a reader puts what it reads, as it reads it: archives and corpora hold thousands of articles, so readers
 * stream them instead of building one list, and a problem in one record is reported while the rest goes on.
 */
public interface ArticleSink {
  void article(Article article);

  void problem(ReadResult.Problem problem);

  /**
   * A record with nothing to analyse (a title-only Reuters record, a feed item without text): not a failure, but
   * said. A sink that does not count these apart reports them as problems.
   */
  default void skipped(ReadResult.Problem record) {
    problem(record);
  }
}
