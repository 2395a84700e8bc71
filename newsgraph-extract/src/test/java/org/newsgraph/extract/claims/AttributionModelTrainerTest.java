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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.TestArticles;

/**
 * Training on a few articles written here with their attributions marked, through real CoreNLP: it learns which verbs
 * are cues and where its annotators end a content (here without the trailing "which…" clause the parse puts in), and
 * it is repeatable. Reading PolNeAR's folders is the evaluation module's side (its tests cover it).
 */
@Tag("models")
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

  /** The articles, analysed, with their gold attributions (source, cue, content spans). */
  private static List<AttributionModelTrainer.Sample> samples() {
    List<AttributionModelTrainer.Sample> out = new ArrayList<>();
    for (int i = 0; i < ARTICLES.length; i++) {
      String[] a = ARTICLES[i];
      AnalyzedArticle analysed = Analysis.upToTimes(TestArticles.byLines("story" + i, a[0], null));
      List<BratAttribution> gold = a[1] == null ? List.of()
          : List.of(new BratAttribution(List.of(span(a[0], a[1])), List.of(span(a[0], a[2])),
              List.of(span(a[0], a[3]))));
      out.add(new AttributionModelTrainer.Sample(analysed, gold));
    }
    return out;
  }

  private static Span span(String text, String words) {
    int b = text.indexOf(words);
    return new Span(b, b + words.length());
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
    List<AttributionModelTrainer.Sample> samples = samples();
    AttributionModelTrainer.train(samples, tmp.resolve("a.tsv.gz"), s -> { });
    AttributionModelTrainer.train(samples, tmp.resolve("b.tsv.gz"), s -> { });
    assertArrayEquals(unzipped(tmp.resolve("a.tsv.gz")), unzipped(tmp.resolve("b.tsv.gz")), "not repeatable");
    CueModel m = AttributionModel.read(tmp.resolve("a.tsv.gz")).cue();
    AnalyzedArticle police = samples.get(4).article();
    Sentence s = police.sentences().get(0);
    assertTrue(m.isCue(new DependencyTree(s), word(police, "said")));
    assertFalse(m.isCue(new DependencyTree(s), word(police, "started")));
    AnalyzedArticle farmers = samples.get(1).article();
    assertFalse(m.isCue(new DependencyTree(farmers.sentences().get(0)), word(farmers, "blocked")));
  }

  @Test
  void it_counts_how_often_each_verb_heads_a_cue_outside_contents(@TempDir Path tmp) throws Exception {
    List<AttributionModelTrainer.Sample> samples = samples();
    java.util.Map<String, int[]> counts = AttributionModelTrainer.cueCounts(samples);
    assertArrayEquals(new int[] {4, 4}, counts.get("say"), "four verbs, four cues");
    assertArrayEquals(new int[] {1, 0}, counts.get("block"));
    assertFalse(counts.containsKey("reopen"), "a verb inside a gold content is no example");
    CuePrior.write(samples, tmp.resolve("a.tsv"));
    CuePrior.write(samples, tmp.resolve("b.tsv"));
    assertArrayEquals(Files.readAllBytes(tmp.resolve("a.tsv")), Files.readAllBytes(tmp.resolve("b.tsv")));
    assertEquals("", Files.readString(tmp.resolve("a.tsv")), "no lemma reaches the minimum of verbs here");
  }

  @Test
  void it_learns_where_its_annotators_end_a_content(@TempDir Path tmp) throws Exception {
    AttributionModel model = AttributionModelTrainer.train(samples(), tmp.resolve("m.tsv.gz"), s -> { });
    assertFalse(model.content().isEmpty(), "no boundary weights");
    String text = ARTICLES[6][0];
    AnalyzedArticle a = Analysis.upToTimes(TestArticles.byLines("t.txt", text, null));
    List<Draft> drafts = new CueRules(text, a.article().paragraphs(), model.cue())
        .find(new DependencyTree(a.sentences().get(0)));
    assertEquals(1, drafts.size(), drafts.toString());
    Draft d = drafts.get(0);
    assertEquals("the smoke rose from the depot, which was empty", d.content().get(0).of(text), "the rules' span");
    assertEquals("the smoke rose from the depot", model.content().adjust(d, d.content().get(0)).of(text));
  }
}
