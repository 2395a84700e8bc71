package org.newsgraph.eval.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Fixtures;

/** {@code newsgraph train ner} on a small CoNLL-shaped file and a folder of plain text: the same bytes twice. */
class TrainNerCliTest {
  static Path conllLike(Path tmp) throws Exception {
    Path gold = tmp.resolve("conll-like.txt");
    try (InputStream in = TrainNerCliTest.class.getResourceAsStream("conll-like.txt")) {
      Files.copy(in, gold);
    }
    return gold;
  }

  @Test
  void train_ner_writes_the_same_model_twice_with_clusters_from_unlabelled_text(@TempDir Path tmp) throws Exception {
    Path gold = conllLike(tmp);
    Path text = Files.createDirectories(tmp.resolve("news/world"));
    Files.writeString(text.resolve("001.txt"), "Rain fell in Oslo today. Rain fell in Paris today.\n\n"
        + "Mr Smith said so. Mr Jones said so.\n", StandardCharsets.UTF_8);
    Files.write(text.resolve("002.txt"), "Prices rose 5% to \u00a3600m in Bergen.".getBytes(StandardCharsets.ISO_8859_1));
    List<byte[]> models = new ArrayList<>();
    for (String name : List.of("a.tsv.gz", "b.tsv.gz")) {
      Path out = tmp.resolve(name);
      Fixtures.Run r = Fixtures.cli("train", "ner", "--gold", gold.toString(), "--out", out.toString(),
          "--unlabelled", tmp.resolve("news").toString());
      assertEquals(0, r.exit(), r.err());
      assertTrue(r.out().contains("clustered words"), r.out());
      models.add(Files.readAllBytes(out));
    }
    assertArrayEquals(models.get(0), models.get(1));
  }

  @Test
  void unlabelled_text_is_cut_into_sentences_and_tokens_as_conll_cuts_them() {
    List<List<String>> out = new ArrayList<>();
    UnlabelledText.sentences("The U.S. paid 1,000 dollars. Clinton's aide said no.\n\nA new paragraph", out);
    assertEquals(List.of(List.of("The", "U.S.", "paid", "1,000", "dollars", "."),
        List.of("Clinton", "'s", "aide", "said", "no", "."), List.of("A", "new", "paragraph")), out);
  }
}
