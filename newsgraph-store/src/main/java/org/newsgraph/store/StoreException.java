package org.newsgraph.store;

/**
 * A store operation that could not be done. The message is one line a person can act on (it names the store, file,
 * article or query at fault); the cause, when there is one, keeps the technical detail; the {@link #kind()} says
 * whose fault it is, so callers map it (to an HTTP status, an exit code) without reading the message.
 */
public final class StoreException extends RuntimeException {
  /** Why an operation failed, as far as the caller can act on it. */
  public enum Kind {
    /**
     * The request cannot be answered as asked: a search query that does not parse, a folder that holds no tables,
     * an article whose annotations do not fit its text, a write to a read-only store. Asking again the same way
     * fails again.
     */
    INVALID_REQUEST,
    /**
     * The store cannot be used now: it is closed, another process owns it, a file cannot be read or written (I/O
     * error, full disk, permissions), memory ran out, the wait was interrupted. Nothing is wrong with the request.
     */
    UNAVAILABLE,
    /** Anything else: damaged data, a store of another version, a bug. */
    FAILED
  }

  private final Kind kind;
  private final String articleId;

  public StoreException(Kind kind, String message) {
    this(kind, message, null);
  }

  public StoreException(Kind kind, String message, Throwable cause) {
    this(kind, message, cause, null);
  }

  private StoreException(Kind kind, String message, Throwable cause, String articleId) {
    super(message, cause);
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
    this.articleId = articleId;
  }

  /**
   * One article of a batch cannot be stored (its annotations do not fit its text): nothing of the batch was; the
   * caller may store the others without it ({@link #articleId()}).
   */
  public static StoreException badArticle(String articleId, String message) {
    return new StoreException(Kind.INVALID_REQUEST, message, null, articleId);
  }

  /** The article of the batch at fault, when one is: see {@link #badArticle}; else null. */
  public String articleId() {
    return articleId;
  }

  /** A failure of no particular kind ({@link Kind#FAILED}). */
  public StoreException(String message) {
    this(Kind.FAILED, message, null);
  }

  public Kind kind() {
    return kind;
  }
}
