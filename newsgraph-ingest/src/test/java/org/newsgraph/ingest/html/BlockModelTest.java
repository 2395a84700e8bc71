package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockModelTest {
  private static BlockModel small(double weightOfFirst, List<BlockTree> trees) {
    int n = BlockModel.featureNames().size();
    double[] mean = new double[n];
    double[] scale = new double[n];
    double[] weight = new double[n];
    java.util.Arrays.fill(scale, 1);
    weight[0] = weightOfFirst;
    return new BlockModel(mean, scale, weight, -1, 0.5, trees);
  }

  @Test
  void a_model_reads_back_from_its_text_with_the_same_scores() throws IOException {
    BlockTree tree = new BlockTree(new int[] {2, -1, -1}, new double[] {0.5, 0, 0}, new int[] {1, 0, 0},
        new int[] {2, 0, 0}, new double[] {0, 0.25, -0.75});
    BlockModel m = small(0.3, List.of(tree));
    BlockModel back = BlockModel.read(new ByteArrayInputStream(m.text().getBytes(StandardCharsets.UTF_8)));
    assertEquals(m.text(), back.text());
    double[] x = new double[BlockModel.featureNames().size()];
    x[0] = 4;
    x[2] = 0.9; // above the tree's split: its right leaf
    assertEquals(-1 + 0.3 * 4 - 0.75, back.logOdds(x), 1e-12);
  }

  @Test
  void the_lone_block_setting_is_written_and_read_back() throws IOException {
    BlockModel m = small(1, List.of()).lone(0.9);
    BlockModel back = BlockModel.read(new ByteArrayInputStream(m.text().getBytes(StandardCharsets.UTF_8)));
    assertEquals(m.text(), back.text());
    assertTrue(m.text().contains("lone\t0.9\n"), m.text());
    assertTrue(!small(1, List.of()).text().contains("lone"), "no line when lone blocks are not looked at");
  }

  @Test
  void a_model_with_other_features_is_refused() {
    String text = small(1, List.of()).text().replace("log_chars", "some_other_feature");
    assertThrows(IOException.class,
        () -> BlockModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void the_shipped_model_loads_and_takes_long_prose_the_rules_took_over_a_link_list() {
    BlockModel shipped = BlockModel.shipped();
    assertTrue(shipped != null, "the shipped model is on the class path");
    String html = "<html><body><div class=main>"
        + "<p>" + "The council voted on Tuesday to extend the programme by three years, officials said. ".repeat(3)
        + "</p><p>" + "Residents had asked for the change after a long consultation over the winter months. "
        .repeat(3) + "</p><p>" + "The mayor said the vote showed what the city could do when it worked together. "
        .repeat(3) + "</p></div><ul><li><a href=/a>Other news one</a></li><li><a href=/b>Other news two</a></li>"
        + "<li><a href=/c>Other news three</a></li></ul></body></html>";
    PageBlocks p = HtmlExtractor.with(ExtractionRules.DEFAULT).blocks(html);
    int taken = 0;
    for (int i = 0; i < p.size(); i++) {
      if (shipped.body(p.features(i))) {
        taken++;
        assertTrue(p.text(i).length() > 100, p.text(i));
      }
    }
    assertTrue(taken >= 2, "took " + taken + " of " + p.texts());
  }
}
