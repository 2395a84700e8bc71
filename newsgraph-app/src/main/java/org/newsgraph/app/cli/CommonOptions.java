package org.newsgraph.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.newsgraph.core.NewsgraphConfig;
import picocli.CommandLine.Option;

/** Options every command shares: where the store is, the configuration file, and how chatty to be. */
public final class CommonOptions {
  @Option(names = "--store", paramLabel = "DIR",
      description = "Store folder (default: $NEWSGRAPH_STORE, else ./newsgraph-data).")
  Path store;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (key = value lines; the keys are in the README).")
  Path config;

  @Option(names = {"-v", "--verbose"}, description = "Show library logging on standard error.")
  boolean verbose;

  /** The folder --store names, or null when it was not given (a command that otherwise works in a scratch one). */
  public Path storeOption() {
    return store;
  }

  /** The store folder: --store, else NEWSGRAPH_STORE, else the config, else ./newsgraph-data. */
  public Path storeDir(NewsgraphConfig cfg) {
    if (store != null) {
      return store;
    }
    String env = System.getenv("NEWSGRAPH_STORE");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return cfg.store().dir();
  }

  /** The --config file, or null when none was given. */
  public Path configFile() {
    return config;
  }

  /** The configuration: defaults, the --config file over them, and --store over that. */
  public NewsgraphConfig config() {
    NewsgraphConfig cfg = NewsgraphConfig.defaults();
    if (config != null) {
      try {
        cfg = NewsgraphConfig.read(config);
      } catch (IOException e) {
        throw new IllegalArgumentException(config + ": cannot read configuration: " + e.getMessage());
      }
    }
    return cfg.withStore(storeDir(cfg));
  }

  /**
   * {@code cfg} with a command-line flag's value for {@code key}, checked as the file's value would be (an error
   * names the flag); a null value (flag not given) leaves the configuration's.
   */
  static NewsgraphConfig flag(NewsgraphConfig cfg, String flag, String key, Object value) {
    return value == null ? cfg : cfg.with(Map.of(key, value.toString()), flag);
  }

  /** The configuration, with logging set up in its store folder: how commands that use the store begin. */
  NewsgraphConfig configLoggingToStore() {
    NewsgraphConfig cfg = config();
    logging(cfg.store().dir());
    return cfg;
  }

  /** Sets up logging for a command that uses the store (log file inside it) or not (null). */
  public void logging(Path logDir) {
    Logging.configure(verbose, logDir);
  }
}
