package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.extract.claims.ClaimConfidenceTrainer;
import org.newsgraph.extract.learn.ModelFiles;

/**
 * What the {@code train ...-confidence} commands share: the examples an earlier run wrote with {@code --examples}, and
 * the fit of the claims' two-step confidence model, written with its examples when asked.
 */
final class ConfidenceTraining {
  private ConfidenceTraining() {}

  /** The examples in {@code file}, as {@code --examples} wrote them. */
  static List<ClaimConfidenceTrainer.Example> examples(Path file) throws IOException {
    Evaluations.requireFile(file);
    try (InputStream in = Files.newInputStream(file)) {
      return ClaimConfidenceTrainer.readExamples(in);
    }
  }

  /**
   * Fits the model on {@code ex} ({@code what} names the items in the log), writes it to {@code out} and, when
   * {@code examples} is given, the examples beside it; says what it wrote on {@code err}.
   */
  static ModelFiles.Contents fitAndWrite(List<ClaimConfidenceTrainer.Example> ex, String what, Path out,
      Path examples, PrintWriter err) throws IOException {
    ModelFiles.Contents model = ClaimConfidenceTrainer.fit(ex, what, err::println);
    ModelFiles.write(out, model);
    if (examples != null) {
      ClaimConfidenceTrainer.writeExamples(examples, ex);
    }
    err.println("wrote " + out + (examples == null ? "" : " and " + examples));
    return model;
  }
}
