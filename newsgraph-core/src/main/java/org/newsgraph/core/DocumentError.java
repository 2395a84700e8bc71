package org.newsgraph.core;

/**
 * Why one input could not be read or analysed.
 *
 * @param source     the file, URL or record that failed
 * @param articleId  the article id if one was made, else null
 * @param stage      the reader or stage id that failed ("read", "nlp.corenlp.v1")
 * @param message    one line a person can act on
 */
public record DocumentError(String source, String articleId, String stage, String message) {
  /** The one-line form users read: {@code path: problem}. */
  public String oneLine() {
    return source + ": " + message;
  }
}
