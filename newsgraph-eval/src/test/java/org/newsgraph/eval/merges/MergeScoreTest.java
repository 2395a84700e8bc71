package org.newsgraph.eval.merges;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeScoreTest {
  private static MergePair pair(String article, boolean same, String sample, double weight) {
    return new MergePair(article, "person:reagan", "person:ronald-reagan", same, sample, weight, "why " + article);
  }

  @Test
  void precision_counts_merged_pairs_and_recall_weighs_near_misses_by_their_sampling_rate() {
    List<MergePair> sample = List.of(pair("a", true, "merged", 1), pair("b", false, "merged", 1),
        pair("c", true, "not-merged", 4), pair("d", false, "not-merged", 4), pair("gone", true, "merged", 1),
        pair("later", true, "merged-v4", 0));
    Set<String> mergedNow = Set.of("a", "b", "later");
    MergeScore s = MergeScore.of(sample, p -> !p.article().equals("gone"), p -> mergedNow.contains(p.article()));
    assertEquals(5, s.pairs());
    assertEquals(1, s.missingArticles());
    assertEquals(2.0 / 3.0, s.precision(), 1e-9); // a and later right, b wrong
    assertEquals(0.5, s.recall(), 1e-9); // a found, c missed; later (weight 0) is not drawn at random
    assertEquals(1.0 / 5.0, s.weightedRecall(), 1e-9); // a (1) of a (1) + c (4)
    assertEquals(List.of("b person:reagan -> person:ronald-reagan: why b"), s.wrong());
  }

  @Test
  void the_labelled_sample_reads_back_with_its_judgements(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("m.jsonl");
    Files.writeString(f, "{\"article\":\"x1\",\"entity\":\"person:king\",\"into\":\"person:oona-king\",\"same\":true,"
        + "\"sample\":\"merged\",\"weight\":1,\"reason\":\"Ms King, MP\"}\n\n");
    assertEquals(List.of(new MergePair("x1", "person:king", "person:oona-king", true, "merged", 1.0, "Ms King, MP")),
        MergePair.read(f));
  }

  @Test
  void the_shipped_sample_has_a_reason_for_every_pair() throws Exception {
    Path f = Path.of("..", "data", "labelled", "entity-merges.jsonl");
    List<MergePair> all = MergePair.read(f);
    assertEquals(124, all.size());
    all.forEach(p -> assertEquals(true, p.reason().length() > 5, p.toString()));
  }
}
