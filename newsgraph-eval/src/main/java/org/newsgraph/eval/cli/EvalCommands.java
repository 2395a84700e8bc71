package org.newsgraph.eval.cli;

import java.util.List;
import org.newsgraph.app.cli.CommandPlugin;

/** Adds {@code eval}, {@code bench} and {@code train} to the {@code newsgraph} command line (a service, see META-INF). */
public final class EvalCommands implements CommandPlugin {
  @Override
  public List<Object> commands() {
    return List.of(new EvalCommand(), new BenchCommand(), new TrainCommand());
  }
}
