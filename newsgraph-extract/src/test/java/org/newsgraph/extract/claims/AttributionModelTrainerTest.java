package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** Training on a tiny PolNeAR-layout folder written here, through real CoreNLP: it learns, and it is repeatable. */
class CueModelTrainerTest {
  /** Sentence, then source, cue and content (or null when the sentence attributes nothing). */
  private static final String[][] ARTICLES = {
      {"Officials said the bridge was closed on Monday.", "Officials", "said", "the bridge was closed on Monday"},
      {"Farmers blocked the road and burned tyres.", null, null, null},
      {"The mayor announced that the road would reopen.", "The mayor", "announced", "that the road would reopen"},
      {"Students painted the walls of the school.", null, null, null},
      {"Police said the fire started in the kitchen.", "Police", "said", "the fire started in the kitchen"},
      {"Workers repaired the roof before the storm.", null, null, null},
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
    CueModelTrainer trainer = new CueModelTrainer(SampleArticles::analyse);
    List<String> log = new ArrayList<>();
    trainer.train(split, tmp.resolve("a.tsv.gz"), log::add);
    trainer.train(split, tmp.resolve("b.tsv.gz"), log::add);
    assertArrayEquals(unzipped(tmp.resolve("a.tsv.gz")), unzipped(tmp.resolve("b.tsv.gz")), "not repeatable");
    assertFalse(log.stream().anyMatch(l -> l.startsWith("skipped")), log.toString());
    CueModel m;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(tmp.resolve("a.tsv.gz")))) {
      m = CueModel.read(in);
    }
    AnalyzedArticle police = SampleArticles.analyse(PolnearCorpus.article(
        split.resolve("text").resolve("wire_2016-10-05_story4.txt")));
    Sentence s = police.sentences().get(0);
    assertTrue(m.isCue(new DependencyTree(s), word(police, "said")));
    assertFalse(m.isCue(new DependencyTree(s), word(police, "started")));
    AnalyzedArticle farmers = SampleArticles.analyse(PolnearCorpus.article(
        split.resolve("text").resolve("wire_2016-10-02_story1.txt")));
    assertFalse(m.isCue(new DependencyTree(farmers.sentences().get(0)), word(farmers, "blocked")));
  }
}
