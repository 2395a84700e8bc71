package org.newsgraph.eval.temporal;

/** A TimeML file that cannot be read: broken markup, no TEXT, an unparseable DCT. The message is one line. */
public final class TimeMlException extends java.io.IOException {
  private static final long serialVersionUID = 1L;

  public TimeMlException(String message) {
    super(message);
  }

  public TimeMlException(String message, Throwable cause) {
    super(message, cause);
  }
}
