package org.newsgraph.eval.harness;

import java.nio.file.Path;

/**
 * Where third-party data sets live when a benchmark command is given no folder: {@code $NEWSGRAPH_SHARED}, else the
 * {@code shared} folder beside the checkout ({@code <newsgraph.home>/../shared}). The one place such a default is
 * decided; the data never ships with newsgraph.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared data folder. */
  public static Path dir() {
    String env = System.getenv("NEWSGRAPH_SHARED");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("newsgraph.home", "."), "..", "shared").toAbsolutePath().normalize();
  }

  /** A folder under the shared data folder's {@code data}, e.g. {@code resolve("corpora", "bbc-news")}. */
  public static Path data(String first, String... more) {
    return dir().resolve("data").resolve(Path.of(first, more));
  }
}
