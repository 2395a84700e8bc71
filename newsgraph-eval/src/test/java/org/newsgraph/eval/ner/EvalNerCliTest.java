package org.newsgraph.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Fixtures;

/** {@code newsgraph eval ner} on a small CoNLL-shaped file: the figures, and the tags written on the file's tokens. */
@Tag("models")
class EvalNerCliTest {
  @Test
  void eval_ner_scores_both_systems_and_writes_a_tag_per_given_token(@TempDir Path tmp) throws Exception {
    Path gold = tmp.resolve("conll-like.txt");
    try (InputStream in = EvalNerCliTest.class.getResourceAsStream("conll-like.txt")) {
      Files.copy(in, gold);
    }
    Path out = tmp.resolve("tags.txt");
    Fixtures.Run r = Fixtures.cli("eval", "ner", "--gold", gold.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("2 documents, 19 tokens"), r.out());
    assertTrue(r.out().contains("newsgraph: F1 "), r.out());
    assertTrue(r.out().contains("CoreNLP CRF (english.conll.4class.distsim): F1 "), r.out());
    assertTrue(r.out().contains("tokens/s"), r.out());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    List<String> tokens = lines.stream().filter(l -> !l.isEmpty() && !l.startsWith("-DOCSTART-")).toList();
    assertEquals(19, tokens.size());
    assertEquals("Angela", tokens.get(0).split(" ")[0]);
    assertTrue(tokens.get(0).endsWith(" B-PER") && tokens.get(1).endsWith(" I-PER"), tokens.toString());
    assertTrue(tokens.get(6).equals("Paris B-LOC"), tokens.toString());
    assertEquals(2, lines.stream().filter(l -> l.startsWith("-DOCSTART-")).count());
  }

  @Test
  void eval_ner_with_a_model_measures_the_tagger_and_its_vote_beside_the_crf(@TempDir Path tmp) throws Exception {
    Path gold = TrainNerCliTest.conllLike(tmp);
    Path model = tmp.resolve("ner.tsv.gz");
    Fixtures.Run t = Fixtures.cli("train", "ner", "--gold", gold.toString(), "--out", model.toString(),
        "--dev", gold.toString(), "--folds", "2");
    assertEquals(0, t.exit(), t.err());
    assertTrue(t.out().contains("vote between the layer and the tagger, 2-fold cross-validation"), t.out());
    Fixtures.Run r = Fixtures.cli("eval", "ner", "--gold", gold.toString(), "--model", model.toString(),
        "--folds", "2");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("newsgraph's tagger (ner.tsv.gz): F1 "), r.out());
    assertTrue(r.out().contains("(the tagger alone"), r.out());
    assertTrue(r.out().contains("vote as fitted in the model"), r.out());
  }
}
