package org.newsgraph.app.web;

/** What the web page tests share. */
final class WebFixtures {
  private WebFixtures() {}

  /** Closes what a test class opened, in the order given (the browser first), skipping what never opened. */
  static void close(AutoCloseable... opened) {
    for (AutoCloseable c : opened) {
      if (c == null) {
        continue;
      }
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not close " + c, e);
      }
    }
  }
}
