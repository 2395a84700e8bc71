package org.newsgraph.app.cli;

import java.util.List;

/**
 * Commands another module adds to {@code newsgraph}, found on the class path with {@link java.util.ServiceLoader}:
 * the evaluation module adds {@code eval}, {@code bench} and {@code train} this way, so that no runtime module
 * depends on it.
 */
public interface CommandPlugin {
  /** picocli command objects (classes annotated with {@code @Command}), each added as a subcommand under its name. */
  List<Object> commands();
}
