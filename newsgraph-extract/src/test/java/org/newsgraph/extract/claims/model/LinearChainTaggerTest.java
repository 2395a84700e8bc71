package org.newsgraph.extract.claims.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tagger as its callers use it: trained on a handful of word sequences, it marks the spans it was shown in
 * sequences it was not; training twice gives the same file; a file read back decodes the same; and its answers keep
 * to the BIO rules and the caller's masks whatever the weights say.
 */
class LinearChainTaggerTest {
  private static final Labels LABELS = Labels.bio("NAME");
  private static final int O = 0;
  private static final int B = 1;
  private static final int I = 2;

  /** A word's features: itself, its shape, and the word before it. */
  private static List<String[]> features(String sentence) {
    String[] words = sentence.split(" ");
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String shape = Character.isUpperCase(w.charAt(0)) ? "Xx" : "x";
      out.add(new String[] {"w=" + w.toLowerCase(), "shape=" + shape, "prev=" + (i == 0 ? "<s>" : words[i - 1]),
          "prev|shape=" + (i == 0 ? "<s>" : words[i - 1]) + "|" + shape});
    }
    return out;
  }

  /** Names (capitalised words after "minister" or "said") are spans; the capitalised first word is not. */
  private static final String[][] DATA = {
      {"Yesterday the minister Ana Silva spoke", "O O O B I O"},
      {"Later the minister Paul Roy resigned", "O O O B I O"},
      {"Crowds said Marta Lee left early", "O O B I O O"},
      {"Officials said Tom Ford arrived", "O O B I O"},
      {"Then the minister Ken spoke", "O O O B O"},
      {"Farmers said Rosa Diaz Lopez won", "O O B I I O"},
      {"Nobody came today", "O O O"},
  };

  /** The features as the tagger reads them at run time: their hashes. */
  private static List<long[]> hashed(List<String[]> positions) {
    return positions.stream().map(p -> Arrays.stream(p).mapToLong(FeatureHash::of).toArray()).toList();
  }

  private static int[] decode(LinearChainTagger tagger, String sentence) {
    return tagger.decode(hashed(features(sentence)), null);
  }

  private static int[] labels(String tags) {
    return Arrays.stream(tags.split(" ")).mapToInt(t -> t.equals("O") ? O : t.equals("B") ? B : I).toArray();
  }

  private static TaggerTrainer trainer() {
    TaggerTrainer t = new TaggerTrainer(LABELS, new TaggerTrainer.Settings(10, 1, 7));
    for (String[] d : DATA) {
      t.add(features(d[0]), labels(d[1]), null);
    }
    return t;
  }

  private static String written(LinearChainTagger tagger) throws Exception {
    StringWriter w = new StringWriter();
    tagger.write(w, "x");
    return w.toString();
  }

  private static LinearChainTagger readBack(String file) {
    List<String> lines = file.lines().map(l -> l.substring(l.indexOf('\t') + 1)).toList();
    return LinearChainTagger.read(lines);
  }

  @Test
  void it_marks_names_in_sentences_it_was_not_trained_on() {
    LinearChainTagger tagger = trainer().train(line -> { });
    assertArrayEquals(labels("O O O B I O"), decode(tagger, "Today the minister Li Wei spoke"));
    assertArrayEquals(labels("O O B I O"), decode(tagger, "Police said Sam Cole fled"));
  }

  @Test
  void the_same_examples_give_the_same_file_twice() throws Exception {
    assertEquals(written(trainer().train(line -> { })), written(trainer().train(line -> { })));
  }

  @Test
  void a_tagger_written_and_read_back_decodes_the_same() throws Exception {
    LinearChainTagger tagger = trainer().train(line -> { });
    LinearChainTagger back = readBack(written(tagger));
    assertEquals(tagger.features(), back.features());
    for (String[] d : DATA) {
      assertArrayEquals(decode(tagger, d[0]), decode(back, d[0]), d[0]);
      assertArrayEquals(tagger.score(features(d[0]).get(1)), back.score(features(d[0]).get(1)), 0);
    }
    assertEquals(written(tagger), written(back), "the written file is what is read");
  }

  @Test
  void an_inside_label_never_opens_a_span_whatever_the_weights() {
    // weights that prefer I-NAME everywhere, and O after B-NAME
    LinearChainTagger tagger = LinearChainTagger.read(List.of("#labels\tO B-NAME I-NAME", "w=x\t0 1 5"));
    List<long[]> xs = hashed(List.of(new String[] {"w=x"}, new String[] {"w=x"}, new String[] {"w=x"}));
    assertArrayEquals(new int[] {B, I, I}, tagger.decode(xs, null), "I only after B or I");
    assertArrayEquals(new int[] {O, B, I}, tagger.decode(xs, new int[] {1 << O, LinearChainTagger.ANY,
        LinearChainTagger.ANY}), "the first position held to O: the span opens at the second");
    assertArrayEquals(new int[] {B, O, B}, tagger.decode(xs, new int[] {LinearChainTagger.ANY, 1 << O,
        LinearChainTagger.ANY}), "after a forced O, a span must begin again");
  }

  @Test
  void unknown_labels_are_learnt_around_not_from() {
    TaggerTrainer t = new TaggerTrainer(LABELS, new TaggerTrainer.Settings(5, 1, 3));
    for (String[] d : DATA) {
      int[] gold = labels(d[1]);
      gold[0] = -1; // the first word's label is unknown everywhere
      t.add(features(d[0]), gold, null);
    }
    LinearChainTagger tagger = t.train(line -> { });
    int[] decoded = decode(tagger, "Police said Sam Cole fled");
    assertArrayEquals(labels("O B I O"), Arrays.copyOfRange(decoded, 1, decoded.length),
        "the known positions teach it the names; what it makes of the capitalised first word is its own guess");
  }

  @Test
  void a_feature_given_in_parts_hashes_as_its_whole_name() {
    NamedFeatures named = new NamedFeatures();
    HashedFeatures hashes = new HashedFeatures();
    for (FeatureSink sink : List.of(named, hashes)) {
      sink.add("b");
      sink.add("w=", "said");
      sink.add("path=", "^nsubj", "|", "NN");
      sink.add("q=", "L", "|", "true", "|", "“");
      sink.next();
    }
    long[] expected = Arrays.stream(named.positions().get(0)).mapToLong(FeatureHash::of).toArray();
    assertArrayEquals(expected, hashes.positions().get(0));
    assertEquals("path=^nsubj|NN", named.positions().get(0)[2]);
  }

  @Test
  void a_file_without_labels_or_with_the_wrong_number_of_weights_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> LinearChainTagger.read(List.of("w=x\t0 1 5")));
    assertThrows(IllegalArgumentException.class,
        () -> LinearChainTagger.read(List.of("#labels\tO B-NAME I-NAME", "w=x\t0 1")));
    assertThrows(IllegalArgumentException.class, () -> Labels.of(List.of("B-NAME", "O")));
  }
}
