package org.newsgraph.eval.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Fixtures;
import org.newsgraph.extract.claims.BratAttribution.Role;

/**
 * A small fixed subset of PolNeAR dev (the first articles by name) through real CoreNLP: prints the figures and
 * asserts only a low floor, so that a broken stage shows. The full dev figures come from
 * {@code newsgraph eval attribution --gold ../shared/data/polnear/dev}.
 */
@Tag("models")
class AttributionDevSetTest {
  private static final int ARTICLES = 4;

  @Test
  void a_few_dev_articles_score_above_a_low_floor(@TempDir Path out) throws Exception {
    Path dev = Path.of(System.getProperty("newsgraph.shared", "../../shared"), "data", "polnear", "dev");
    Assumptions.assumeTrue(Files.isDirectory(dev.resolve("text")),
        "PolNeAR dev is not at " + dev.toAbsolutePath() + " (set -Dnewsgraph.shared)");
    AttributionEvaluation.Report r = new AttributionEvaluation(Fixtures.upToTimes())
        .run(dev, ARTICLES, new AttributionEvaluation.Options(null, out, false), System.err::println);
    System.out.print(r.summary());
    assertEquals(ARTICLES, r.articles());
    assertEquals(0, r.skipped(), r.messages().toString());
    assertTrue(r.result().roles().get(Role.CUE).overlap().f1() > 0.3, "cue overlap F1 under the floor");
    assertTrue(r.result().linked().f1() > 0.25, "linked F1 under the floor");
    try (var files = Files.list(out)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(ARTICLES, names.size());
      String first = PolnearCorpus.baseName(PolnearCorpus.texts(dev).get(0));
      assertEquals(first + ".ann", names.get(0), "named after the text file, not the gold file");
    }
  }
}
