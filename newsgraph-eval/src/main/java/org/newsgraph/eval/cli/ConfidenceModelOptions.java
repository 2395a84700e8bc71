package org.newsgraph.eval.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out FILE [--examples FILE | --from-examples FILE]}: where a {@code train ...-confidence} command writes its
 * model, and the examples it also writes or fits from instead of analysing the files.
 */
public final class ConfidenceModelOptions {
  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The model file to write, e.g. time-confidence-model.tsv.gz.")
  Path out;

  @Option(names = "--examples", paramLabel = "FILE",
      description = "Also write the training examples (every item's features and label).")
  Path examples;

  @Option(names = "--from-examples", paramLabel = "FILE",
      description = "Fit from examples written by --examples instead of analysing the files.")
  Path fromExamples;
}
