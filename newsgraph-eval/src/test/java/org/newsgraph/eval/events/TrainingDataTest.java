package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.harness.PrecisionSetDocs;
import org.newsgraph.eval.kind.KindCorpus;

/** The trained models never learn from the labelled precision set, which measures them on unseen text. */
class TrainingDataTest {
  private static final Path GOLD = Path.of(System.getProperty("newsgraph.home", "..")).resolve(PrecisionSetDocs.FILE);

  @Test
  void no_judged_trigger_comes_from_an_article_of_the_precision_set() throws IOException {
    Set<String> docs = PrecisionSetDocs.read(GOLD);
    assertEquals(80, docs.size(), "the set names 80 documents");
    List<String> inBoth = SenseCorpus.lines(null).stream().map(SenseCorpus.Line::source).filter(docs::contains)
        .distinct().toList();
    assertTrue(inBoth.isEmpty(), () -> "judged triggers from precision-set articles: " + inBoth);
  }

  @Test
  void no_labelled_reuters_article_of_the_kind_model_is_in_the_precision_set() throws IOException {
    Set<String> docs = PrecisionSetDocs.read(GOLD);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        KindCorpus.class.getResourceAsStream(KindCorpus.REUTERS_LABELS), StandardCharsets.UTF_8))) {
      List<String> inBoth = r.lines().filter(l -> !l.startsWith("#") && !l.startsWith("file\t"))
          .map(l -> l.split("\t")).map(p -> "reuters-21578/" + p[0] + "#NEWID=" + p[1]).filter(docs::contains)
          .toList();
      assertTrue(inBoth.isEmpty(), () -> "labelled Reuters articles in the precision set: " + inBoth);
    }
  }
}
