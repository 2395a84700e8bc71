package org.newsgraph.eval.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code newsgraph eval TASK}: score newsgraph against gold annotations; one subcommand per task. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score newsgraph against gold annotations.",
    subcommands = {EvalTemporalCommand.class, EvalAttributionCommand.class, EvalEventsCommand.class,
        EvalExtractionCommand.class, EvalReutersCommand.class, EvalPrecisionCommand.class,
        EvalGeoCommand.class, EvalNerCommand.class, EvalStanceCommand.class, EvalStoriesCommand.class,
        EvalCorefCommand.class, EvalArticleKindCommand.class, EvalUncodedCommand.class,
        EvalSourceLabelsCommand.class, EvalMergesCommand.class, EvalBoardCommand.class})
public final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a task: "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
