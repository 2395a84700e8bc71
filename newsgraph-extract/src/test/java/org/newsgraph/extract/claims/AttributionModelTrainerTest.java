package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * Training on a tiny PolNeAR-layout folder written here, through real CoreNLP: it learns which verbs are cues and
 * where its annotators end a content (here without the trailing "which…" clause the parse puts in), and it is
 * repeatable.
 */
class AttributionModelTrainerTest {
  /** Sentence, then source, cue and content (or null when the sentence attributes nothing). */
  private static final String[][] ARTICLES = {
      {"Officials said the bridge was closed on Monday.", "Officials", "said", "the bridge was closed on Monday"},
      {"Farmers blocked the road and burned tyres.", null, null, null},
      {"The mayor announced that the road would reopen.", "The mayor", "announced", "that the road would reopen"},
      {"Students painted the walls of the school.", null, null, null},
      {"Police said the fire started in the kitchen.", "Police", "said", "the fire started in the kitchen"},
      {"Workers repaired the roof before the storm.", null, null, null},
      {"Witnesses said the smoke rose from the depot, which was empty.", "Witnesses", "said",
          "the smoke rose from the depot"},
      {"Neighbours said the water came from the mill, which was closed.", "Neighbours", "said",
          "the water came from the mill"},
  };

  private static void write(Path dir) throws Exception {
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
  }

  private static String entry(String id, String label, String text, String words) {
    int b = text.indexOf(words);
    return id + "\t" + label + " " + b + " " + (b + words.length()) + "\t" + words;
  }

  private static byte[] unzipped(Path f) throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      return in.readAllBytes();
    }
  }

  private static Token word(AnalyzedArticle a, String w) {
    return a.sentences().get(0).tokens().stream().filter(t -> t.word().equals(w)).findFirst().orElseThrow();
  }

  @Test
  void it_learns_the_reporting_verbs_of_its_data_and_gives_the_same_file_twice(@TempDir Path tmp) throws Exception {
    Path split = tmp.resolve("train");
    write(split);
    AttributionModelTrainer trainer = new AttributionModelTrainer(SampleArticles::analyse);
    List<String> log = new ArrayList<>();
    trainer.train(split, tmp.resolve("a.tsv.gz"), log::add);
    trainer.train(split, tmp.resolve("b.tsv.gz"), log::add);
    assertArrayEquals(unzipped(tmp.resolve("a.tsv.gz")), unzipped(tmp.resolve("b.tsv.gz")), "not repeatable");
    assertFalse(log.stream().anyMatch(l -> l.startsWith("skipped")), log.toString());
    CueModel m = AttributionModel.read(tmp.resolve("a.tsv.gz")).cue();
    AnalyzedArticle police = SampleArticles.analyse(PolnearCorpus.article(
        split.resolve("text").resolve("wire_2016-10-05_story4.txt")));
    Sentence s = police.sentences().get(0);
    assertTrue(m.isCue(new DependencyTree(s), word(police, "said")));
    assertFalse(m.isCue(new DependencyTree(s), word(police, "started")));
    AnalyzedArticle farmers = SampleArticles.analyse(PolnearCorpus.article(
        split.resolve("text").resolve("wire_2016-10-02_story1.txt")));
    assertFalse(m.isCue(new DependencyTree(farmers.sentences().get(0)), word(farmers, "blocked")));
  }

  @Test
  void it_learns_where_its_annotators_end_a_content(@TempDir Path tmp) throws Exception {
    Path split = tmp.resolve("train");
    write(split);
    AttributionModel model = new AttributionModelTrainer(SampleArticles::analyse)
        .train(split, tmp.resolve("m.tsv.gz"), s -> { });
    assertFalse(model.content().isEmpty(), "no boundary weights");
    String text = ARTICLES[6][0];
    AnalyzedArticle a = SampleArticles.analyse(PolnearCorpus.article("t.txt", text, null));
    List<Draft> drafts = new CueRules(text, a.article().paragraphs(), model.cue())
        .find(new DependencyTree(a.sentences().get(0)));
    assertEquals(1, drafts.size(), drafts.toString());
    Draft d = drafts.get(0);
    assertEquals("the smoke rose from the depot, which was empty", d.content().get(0).of(text), "the rules' span");
    assertEquals("the smoke rose from the depot", model.content().adjust(d, d.content().get(0)).of(text));
  }
}
