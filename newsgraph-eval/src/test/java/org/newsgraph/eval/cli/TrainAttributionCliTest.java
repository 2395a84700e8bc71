package org.newsgraph.eval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Fixtures;
import org.newsgraph.extract.claims.AttributionModel;
import org.newsgraph.extract.claims.TaggerModel;

/**
 * {@code newsgraph train attribution} on a tiny PolNeAR-layout folder written here (real CoreNLP): the model file is
 * written, loads, comes out the same from the NLP cache, and a broken annotation file is skipped with one line.
 */
@Tag("models")
class TrainAttributionCliTest {
  @TempDir Path tmp;

  /** Sentence, then source, cue and content (or null when the sentence attributes nothing). */
  private static final String[][] ARTICLES = {
      {"Officials said the bridge was closed on Monday.", "Officials", "said", "the bridge was closed on Monday"},
      {"Farmers blocked the road and burned tyres.", null, null, null},
      {"The mayor announced that the road would reopen.", "The mayor", "announced", "that the road would reopen"},
      {"Police said the fire started in the kitchen, which was empty.", "Police", "said",
          "the fire started in the kitchen"},
  };

  private Path split() throws Exception {
    Path dir = tmp.resolve("train");
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    for (int i = 0; i < ARTICLES.length; i++) {
      String[] a = ARTICLES[i];
      String base = "wire_2016-10-0" + (i + 1) + "_story" + i;
      Files.writeString(dir.resolve("text").resolve(base + ".txt"), a[0]);
      List<String> ann = new ArrayList<>();
      if (a[1] != null) {
        ann.add(entry("T1", "Source", a[0], a[1]));
        ann.add(entry("T2", "Cue", a[0], a[2]));
        ann.add(entry("T3", "Content", a[0], a[3]));
        ann.add("E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1");
      }
      Files.write(dir.resolve("attributions").resolve(base + "_1.ann"), ann);
    }
    return dir;
  }

  private static String entry(String id, String label, String text, String words) {
    int b = text.indexOf(words);
    return id + "\t" + label + " " + b + " " + (b + words.length()) + "\t" + words;
  }

  @Test
  void writes_a_model_that_loads_and_is_the_same_again_from_the_cache() throws Exception {
    Path split = split();
    Path cache = tmp.resolve("cache");
    Fixtures.Run first = Fixtures.cli("train", "attribution", "--gold", split.toString(), "--out",
        tmp.resolve("a.tsv.gz").toString(), "--cache", cache.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().contains("wrote"), first.out());
    AttributionModel model = AttributionModel.read(tmp.resolve("a.tsv.gz"));
    assertTrue(model.size() > 0, "no weights learnt");
    try (var s = Files.list(cache)) {
      assertEquals(ARTICLES.length, s.count(), "one NLP file per article");
    }
    Fixtures.Run again = Fixtures.cli("train", "attribution", "--gold", split.toString(), "--out",
        tmp.resolve("b.tsv.gz").toString(), "--cache", cache.toString(), "--cue-prior",
        tmp.resolve("p.tsv").toString());
    assertEquals(0, again.exit(), again.err());
    assertArrayEquals(unzipped(tmp.resolve("a.tsv.gz")), unzipped(tmp.resolve("b.tsv.gz")), "not repeatable");
    assertTrue(Files.exists(tmp.resolve("p.tsv")) && again.out().contains("p.tsv"), again.out());
  }

  @Test
  void a_broken_annotation_file_is_skipped_with_one_line_and_the_rest_trains() throws Exception {
    Path split = split();
    Files.writeString(split.resolve("attributions").resolve("wire_2016-10-01_story0_1.ann"),
        "T1\tSource 0 999999\tOfficials\n");
    Fixtures.Run r = Fixtures.cli("train", "attribution", "--gold", split.toString(), "--out",
        tmp.resolve("m.tsv.gz").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().lines().anyMatch(l -> l.startsWith("skipped wire_2016-10-01_story0.txt")), r.err());
    assertTrue(AttributionModel.read(tmp.resolve("m.tsv.gz")).size() > 0);
  }

  @Test
  void with_tagger_it_cross_validates_then_writes_a_tagger_that_eval_runs() throws Exception {
    Path split = split();
    Fixtures.Run r = Fixtures.cli("train", "attribution", "--tagger", "--folds", "2", "--gold", split.toString(),
        "--out", tmp.resolve("t.tsv.gz").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("2-fold cross-validation over 4 articles"), r.out());
    assertTrue(TaggerModel.read(tmp.resolve("t.tsv.gz")).size() > 0, "no features learnt");
    Fixtures.Run eval = Fixtures.cli("eval", "attribution", "--no-baseline", "--gold", split.toString(),
        "--tagger-model", tmp.resolve("t.tsv.gz").toString());
    assertEquals(0, eval.exit(), eval.err());
    assertTrue(eval.out().contains("content"), eval.out());
  }

  @Test
  void folds_without_tagger_is_a_usage_error() throws Exception {
    Fixtures.Run r = Fixtures.cli("train", "attribution", "--folds", "2", "--gold", split().toString(), "--out",
        tmp.resolve("m.tsv.gz").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--tagger"), r.err());
  }

  @Test
  void a_missing_folder_is_a_usage_error() {
    Fixtures.Run r = Fixtures.cli("train", "attribution", "--gold", tmp.resolve("nope").toString(), "--out",
        tmp.resolve("m.tsv.gz").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("nope"), r.err());
  }

  private static byte[] unzipped(Path f) throws Exception {
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(f))) {
      return in.readAllBytes();
    }
  }
}
