package org.newsgraph.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The third-party data beside the checkout ({@code ../shared/data}; the build passes it as {@code newsgraph.shared}).
 * Tests that need it skip, naming what is missing, when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** A path under the data folder, e.g. {@code path("polnear", "dev")}. */
  public static Path path(String first, String... more) {
    return Path.of(System.getProperty("newsgraph.shared", "../../shared"), "data").resolve(Path.of(first, more));
  }

  /** The path, or the calling test skipped with the reason when it does not exist. */
  public static Path require(String first, String... more) {
    Path p = path(first, more);
    assumeTrue(Files.exists(p), p.toAbsolutePath().normalize() + " is absent (third-party data lives in ../shared)");
    return p;
  }
}
