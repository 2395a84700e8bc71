package org.newsgraph.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of newsgraph, as the build wrote it (the pom's {@code project.version}, filtered into
 * {@code version.properties}): what {@code --version} prints and what the User-Agent names. Never typed by hand.
 */
public final class Version {
  private static final String CURRENT = load();

  private Version() {}

  public static String current() {
    return CURRENT;
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from newsgraph-core: a broken build");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }
}
