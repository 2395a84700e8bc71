package org.newsgraph.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one typed configuration the CLI, the server and the Spark job all receive. Read from a
 * {@code key = value} file; an unknown key is an error naming the key and the keys that exist, never ignored.
 */
public record NewsgraphConfig(Store store, Nlp nlp, Server server) {

  /** Where the embedded store lives. */
  public record Store(Path dir) {}

  /**
   * NLP settings.
   *
   * @param dependencies whether to run the dependency parser (the slowest part; needed for tense and actors)
   */
  public record Nlp(boolean dependencies) {}

  /**
   * HTTP server settings.
   *
   * @param bind          address to bind; loopback unless told otherwise
   * @param port          TCP port (0 = any free port)
   * @param writeToken    token required by write endpoints; null disables writes
   * @param maxBodyBytes  request bodies above this get 413
   */
  public record Server(String bind, int port, String writeToken, long maxBodyBytes) {}

  private static final Set<String> KEYS = Set.of("store.dir", "nlp.dependencies",
      "server.bind", "server.port", "server.writeToken", "server.maxBodyBytes");

  public static NewsgraphConfig defaults() {
    return new NewsgraphConfig(new Store(Path.of("newsgraph-data")), new Nlp(true),
        new Server("127.0.0.1", 8080, null, 2L * 1024 * 1024));
  }

  /** Reads {@code file} over the defaults. */
  public static NewsgraphConfig read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return defaults().with(p, file.toString());
  }

  /** Applies {@code overrides} (keys as in the file); unknown keys and bad values throw. */
  public NewsgraphConfig with(Map<?, ?> overrides, String origin) {
    Set<String> unknown = new TreeSet<>();
    for (Object k : overrides.keySet()) {
      if (!KEYS.contains(k.toString())) {
        unknown.add(k.toString());
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(origin + ": unknown configuration key(s) " + unknown + "; known keys: "
          + new TreeSet<>(KEYS));
    }
    Store s = store;
    Nlp n = nlp;
    Server v = server;
    for (Map.Entry<?, ?> e : overrides.entrySet()) {
      String key = e.getKey().toString();
      String val = e.getValue().toString().strip();
      try {
        switch (key) {
          case "store.dir" -> s = new Store(Path.of(val));
          case "nlp.dependencies" -> n = new Nlp(bool(val));
          case "server.bind" -> v = new Server(val, v.port(), v.writeToken(), v.maxBodyBytes());
          case "server.port" -> v = new Server(v.bind(), Integer.parseInt(val), v.writeToken(), v.maxBodyBytes());
          case "server.writeToken" -> v = new Server(v.bind(), v.port(), val.isEmpty() ? null : val,
              v.maxBodyBytes());
          case "server.maxBodyBytes" -> v = new Server(v.bind(), v.port(), v.writeToken(), Long.parseLong(val));
          default -> throw new AssertionError(key);
        }
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException(origin + ": " + key + " = '" + val + "' is not a number");
      }
    }
    return new NewsgraphConfig(s, n, v);
  }

  private static boolean bool(String v) {
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new IllegalArgumentException("'" + v + "' is not true or false");
    };
  }

  public NewsgraphConfig withStore(Path dir) {
    return new NewsgraphConfig(new Store(dir), nlp, server);
  }

  public NewsgraphConfig withServer(Server s) {
    return new NewsgraphConfig(store, nlp, s);
  }
}
