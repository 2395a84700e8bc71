package org.newsgraph.eval.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code newsgraph train TASK}: rebuild a shipped model from its training data; one subcommand per model. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model newsgraph ships, from its training data.",
    subcommands = {TrainAttributionCommand.class, TrainStanceCommand.class, TrainArticleKindCommand.class,
        TrainEventSenseCommand.class, TrainClaimConfidenceCommand.class, TrainTimeConfidenceCommand.class,
        TrainMentionConfidenceCommand.class, TrainNerCommand.class,
        TrainExtractionCommand.class, TrainStoriesCommand.class, TrainEventCorefCommand.class})
public final class TrainCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a model: "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
