package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlockFeaturesTest {
  private static final String LEDE = "The council voted on Tuesday to extend the bus programme by three more years.";
  private static final String PAGE = "<html><head><meta name=description content=\"" + LEDE + "\"></head><body>"
      + "<div class=main><p>A short line of text here, in front.</p><p>" + LEDE + " Officials welcomed it.</p><p>"
      + "Residents had asked for the change after a long consultation over the winter months. ".repeat(4)
      + "</p><p>The mayor said the vote showed what the city could do.</p></div></body></html>";

  private static int index(String feature) {
    return BlockModel.featureNames().indexOf(feature);
  }

  private static int block(PageBlocks p, String start) {
    for (int i = 0; i < p.size(); i++) {
      if (p.text(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no block starts with " + start);
  }

  @Test
  void blocks_after_the_one_that_states_the_page_description_are_marked_past_it() {
    PageBlocks p = HtmlExtractor.with(ExtractionRules.DEFAULT).blocks(PAGE);
    int past = index("after_description");
    assertEquals(0, p.features(block(p, "A short line"))[past]);
    assertEquals(0, p.features(block(p, "The council voted"))[past], "the block stating it is not past it");
    assertEquals(1, p.features(block(p, "Residents had asked"))[past]);
    assertEquals(1, p.features(block(p, "The mayor said"))[past]);
  }

  @Test
  void a_page_without_a_description_marks_no_block_past_it() {
    PageBlocks p = HtmlExtractor.with(ExtractionRules.DEFAULT).blocks(PAGE.replaceAll("<meta[^>]*>", ""));
    for (int i = 0; i < p.size(); i++) {
      assertEquals(0, p.features(i)[index("after_description")], p.text(i));
    }
  }

  @Test
  void a_block_longer_than_the_median_taken_block_scores_above_zero_and_a_shorter_one_below() {
    PageBlocks p = HtmlExtractor.with(ExtractionRules.DEFAULT).blocks(PAGE);
    int length = index("chars_vs_taken_median");
    assertTrue(p.features(block(p, "Residents had asked"))[length] > 0);
    assertTrue(p.features(block(p, "A short line"))[length] < 0);
  }
}
