package org.newsgraph.app.http;

/** An error with the HTTP status it maps to; turned into a JSON response in one place ({@link ApiServer}). */
public final class ApiException extends RuntimeException {
  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
