package org.newsgraph.store;

/**
 * A store operation that could not be done. The message is one line a person can act on (it names the store, file,
 * article or query at fault); the cause, when there is one, keeps the technical detail.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
