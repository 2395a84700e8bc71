package org.newsgraph.eval.cli;

import org.newsgraph.extract.stance.StanceModel;
import org.newsgraph.extract.stance.StanceTrainer;
import picocli.CommandLine.Option;

/**
 * The stance model's training knobs, shared by {@code train stance} and {@code eval stance --cv}; each defaults to
 * the setting the shipped model was trained with ({@link StanceTrainer.Settings#DEFAULT}).
 */
public final class StanceTrainingOptions {
  private static final StanceTrainer.Settings D = StanceTrainer.Settings.DEFAULT;

  @Option(names = "--epochs", paramLabel = "N", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
  int epochs = D.epochs();

  @Option(names = "--disagree-weight", paramLabel = "W",
      description = "Weight of a disagree example in the logistic stance step (default: ${DEFAULT-VALUE}).")
  double disagreeWeight = D.stanceClassWeights()[1];

  @Option(names = "--discuss-weight", paramLabel = "W",
      description = "Weight of a discuss example in the logistic stance step (default: ${DEFAULT-VALUE}).")
  double discussWeight = D.stanceClassWeights()[2];

  @Option(names = "--tree-rounds", paramLabel = "N",
      description = "Boosting rounds of the stance trees (default: ${DEFAULT-VALUE}).")
  int treeRounds = D.treeRounds();

  @Option(names = "--tree-depth", paramLabel = "N", description = "Depth of each tree (default: ${DEFAULT-VALUE}).")
  int treeDepth = D.treeDepth();

  @Option(names = "--tree-rate", paramLabel = "R", description = "Shrinkage of each tree (default: ${DEFAULT-VALUE}).")
  double treeRate = D.treeRate();

  @Option(names = "--tree-disagree-weight", paramLabel = "W",
      description = "Weight of a disagree example for the trees (default: ${DEFAULT-VALUE}).")
  double treeDisagreeWeight = D.treeClassWeights()[1];

  @Option(names = "--tree-discuss-weight", paramLabel = "W",
      description = "Weight of a discuss example for the trees (default: ${DEFAULT-VALUE}).")
  double treeDiscussWeight = D.treeClassWeights()[2];

  @Option(names = "--related-tree-rounds", paramLabel = "N",
      description = "Boosting rounds of the relatedness trees (default: ${DEFAULT-VALUE}).")
  int relatedTreeRounds = D.relatedTreeRounds();

  @Option(names = "--related-tree-depth", paramLabel = "N",
      description = "Depth of each relatedness tree (default: ${DEFAULT-VALUE}).")
  int relatedTreeDepth = D.relatedTreeDepth();

  @Option(names = "--related-share", paramLabel = "S",
      description = "Share of the relatedness trees' probability in the blend with the logistic relatedness step "
          + "(default: ${DEFAULT-VALUE}).")
  double relatedShare = D.decision().relatedShare();

  @Option(names = "--related-threshold", paramLabel = "P",
      description = "Blended relatedness at or above which a body is about the claim (default: ${DEFAULT-VALUE}).")
  double relatedThreshold = D.decision().relatedThreshold();

  @Option(names = "--tree-share", paramLabel = "S",
      description = "Share of the trees' probabilities in the blend with the logistic step (default: "
          + "${DEFAULT-VALUE}).")
  double treeShare = D.decision().treeShare();

  @Option(names = "--agree-multiplier", paramLabel = "M",
      description = "Multiplier of the agree probability before the largest wins (default: ${DEFAULT-VALUE}).")
  double agreeMultiplier = D.decision().agree();

  @Option(names = "--disagree-multiplier", paramLabel = "M",
      description = "Multiplier of the disagree probability before the largest wins (default: ${DEFAULT-VALUE}).")
  double disagreeMultiplier = D.decision().disagree();

  StanceTrainer.Settings settings() {
    return new StanceTrainer.Settings(epochs, D.step(), D.l2(),
        new double[] {D.stanceClassWeights()[0], disagreeWeight, discussWeight}, D.seed(), treeRounds, treeDepth,
        treeRate, new double[] {D.treeClassWeights()[0], treeDisagreeWeight, treeDiscussWeight}, relatedTreeRounds,
        relatedTreeDepth, new StanceModel.Decision(treeShare, agreeMultiplier, disagreeMultiplier,
            D.decision().discuss(), relatedShare, relatedThreshold));
  }
}
