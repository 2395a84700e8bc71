package org.newsgraph.ingest;

import org.newsgraph.core.Article;

/**
 * Where a reader puts what it reads, as it reads it: archives and corpora hold thousands of articles, so readers
 * stream them instead of building one list, and a problem in one record is reported while the rest goes on.
 */
public interface ArticleSink {
  void article(Article article);

  void problem(ReadResult.Problem problem);
}
