package org.newsgraph.ingest.html;

import java.util.List;

/** A page cut into text blocks, with each block's features for the block model (training reads them). */
public final class PageBlocks {
  private final HtmlExtractor.Analysis analysis;
  private final double[][] features;

  PageBlocks(HtmlExtractor.Analysis analysis, double[][] features) {
    this.analysis = analysis;
    this.features = features;
  }

  HtmlExtractor.Analysis analysis() {
    return analysis;
  }

  /** The number of blocks. */
  public int size() {
    return features.length;
  }

  /** Block {@code i}'s text. */
  public String text(int i) {
    return analysis.blocks().get(i).text();
  }

  /** Block {@code i}'s features, in {@link BlockModel#featureNames()} order (not to be modified). */
  public double[] features(int i) {
    return features[i];
  }

  /**
   * Leaves out the blocks {@code keep} marks before the heading that prints the page's headline, when it marks some
   * after it ({@link HeadlineStart}); the block model's choice goes through this before it is composed.
   */
  public void startAtHeadline(boolean[] keep) {
    HeadlineStart.apply(analysis, keep);
  }

  /** The blocks' texts in page order. */
  public List<String> texts() {
    return analysis.blocks().stream().map(BlockCutter.Block::text).toList();
  }
}
