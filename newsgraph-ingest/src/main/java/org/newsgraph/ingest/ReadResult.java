package org.newsgraph.ingest;

import java.util.List;
import org.newsgraph.core.Article;

/**
 * What reading one input gave: the articles found and the problems met, each naming its input.
 *
 * @param articles  articles read, in input order
 * @param problems  inputs or parts of inputs that could not be read, with a one-line reason
 */
public record ReadResult(List<Article> articles, List<Problem> problems) {
  public ReadResult {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  /** One input that could not be read, and why (one line, for the user). */
  public record Problem(String source, String message) {
    public String oneLine() {
      return source + ": " + message;
    }
  }
}
