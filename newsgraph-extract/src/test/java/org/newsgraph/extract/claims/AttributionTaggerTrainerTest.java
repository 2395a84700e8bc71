package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Span;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.TestArticles;

/**
 * Training the attribution tagger on a few articles written here with their attributions marked, through real
 * CoreNLP, as a user of {@code newsgraph train attribution --tagger} would: the tagger finds the attributions of sentences it was not trained on,
 * ends their contents where its annotators do (here without the trailing "which…" clause), finds nothing where
 * nothing is said, and the same articles give the same file, which reads back to the same answers.
 */
@Tag("models")
class AttributionTaggerTrainerTest {
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
      {"Doctors said the patient left the ward, which was full.", "Doctors", "said", "the patient left the ward"},
      {"Teachers painted the hall before the concert.", null, null, null},
      {"Farmers were angry at the new tax.", "Farmers", "were angry at", "the new tax"},
      {"Nurses were angry at the long shifts.", "Nurses", "were angry at", "the long shifts"},
      {"Pilots were angry at the new rota.", "Pilots", "were angry at", "the new rota"},
  };

  private static List<AttributionModelTrainer.Sample> samples;

  @BeforeAll
  static void analyse() {
    samples = new ArrayList<>();
    for (int i = 0; i < ARTICLES.length; i++) {
      String[] a = ARTICLES[i];
      AnalyzedArticle analysed = Analysis.upToTimes(TestArticles.byLines("story" + i, a[0], null));
      List<BratAttribution> gold = a[1] == null ? List.of()
          : List.of(new BratAttribution(List.of(span(a[0], a[1])), List.of(span(a[0], a[2])),
              List.of(span(a[0], a[3]))));
      samples.add(new AttributionModelTrainer.Sample(analysed, gold));
    }
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

  /** Source, cue and content of each attribution the tagger of {@code model} alone finds in {@code text}. */
  private static List<List<String>> claims(TaggerModel model, String text) {
    AnalyzedArticle a = Analysis.upToTimes(TestArticles.byLines("new", text, null));
    List<List<String>> out = new ArrayList<>();
    for (Draft d : model.tagger().find(new ArticleTokens(a))) {
      out.add(List.of(d.source() == null ? "" : d.source().of(text), d.cue().of(text),
          String.join(" | ", d.content().stream().map(s -> s.of(text)).toList())));
    }
    return out;
  }

  /** Cue of each claim the stage with the shipped rules and the tagger of {@code model} finds in {@code text}. */
  private static List<String> stageCues(TaggerModel model, String text) {
    AnalyzedArticle a = Analysis.upToTimes(TestArticles.byLines("new", text, null));
    return AttributionStage.withTagger(model).claims(a).stream().map(c -> c.cue().of(text)).toList();
  }

  @Test
  void with_the_rules_an_attribution_both_find_is_one_claim() {
    TaggerModel model = AttributionTaggerTrainer.train(samples, AttributionTaggerTrainer.Settings.defaults(),
        s -> { });
    assertEquals(List.of("said"), stageCues(model, "Engineers said the pump failed in the night."));
  }

  @Test
  void an_attitude_towards_a_thing_is_tagged_but_the_stage_keeps_only_what_reports_a_proposition() {
    TaggerModel model = AttributionTaggerTrainer.train(samples, AttributionTaggerTrainer.Settings.defaults(),
        s -> { });
    String text = "Drivers were angry at the new road.";
    assertEquals(List.of(List.of("Drivers", "were angry at", "the new road")), claims(model, text));
    assertEquals(List.of(), stageCues(model, text), "no verb, no quotation: an attitude, not a claim");
  }

  @Test
  void it_finds_the_attributions_of_sentences_it_was_not_trained_on() throws Exception {
    TaggerModel model = AttributionTaggerTrainer.train(samples, AttributionTaggerTrainer.Settings.defaults(),
        s -> { });
    assertEquals(List.of(List.of("Engineers", "said", "the pump failed in the night")),
        claims(model, "Engineers said the pump failed in the night."));
    assertEquals(List.of(), claims(model, "Drivers blocked the bridge and burned tyres."));
  }

  @Test
  void it_ends_a_content_where_its_annotators_do() {
    TaggerModel model = AttributionTaggerTrainer.train(samples, AttributionTaggerTrainer.Settings.defaults(),
        s -> { });
    assertEquals(List.of(List.of("Guards", "said", "the alarm came from the hall")),
        claims(model, "Guards said the alarm came from the hall, which was locked."));
  }

  @Test
  void the_same_articles_give_the_same_file_which_reads_back_to_the_same_answers(@TempDir Path tmp)
      throws Exception {
    TaggerModel first = AttributionTaggerTrainer.train(samples, tmp.resolve("a.tsv.gz"), s -> { });
    AttributionTaggerTrainer.train(samples, tmp.resolve("b.tsv.gz"), s -> { });
    assertArrayEquals(unzipped(tmp.resolve("a.tsv.gz")), unzipped(tmp.resolve("b.tsv.gz")), "not repeatable");
    TaggerModel back = TaggerModel.read(tmp.resolve("a.tsv.gz"));
    assertEquals(first.size(), back.size());
    assertTrue(first.size() > 0);
    String text = "Engineers said the pump failed in the night. Drivers blocked the bridge.";
    assertEquals(claims(first, text), claims(back, text));
  }
}
