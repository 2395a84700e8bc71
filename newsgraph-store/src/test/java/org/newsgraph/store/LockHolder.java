package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Run in a child process by {@link LockTest}: opens a store, saves a sample, says so, holds it until stdin closes. */
final class LockHolder {
  static final String READY = "ready";

  private LockHolder() {}

  public static void main(String[] args) throws IOException {
    try (NewsStore store = NewsStore.open(Path.of(args[0]))) {
      store.save(List.of(Samples.kursk()), List.of(), "child");
      System.out.println(READY);
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the parent to close our stdin
      }
    }
  }
}
