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
   * Tidies the block model's choice before it is composed, with two page-level rules: the blocks {@code keep} marks
   * before the heading that prints the page's headline are left out when it marks some after it
   * ({@link HeadlineStart}), and a kept block that repeats two or more kept blocks before it is left out
   * ({@link RepeatedText}).
   */
  public void tidy(boolean[] keep) {
    HeadlineStart.apply(analysis, keep);
    RepeatedText.apply(analysis.blocks(), keep);
  }

  /** The blocks' texts in page order. */
  public List<String> texts() {
    return analysis.blocks().stream().map(BlockCutter.Block::text).toList();
  }
}
