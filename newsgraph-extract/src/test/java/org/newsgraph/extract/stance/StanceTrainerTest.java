package org.newsgraph.extract.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training on a dozen pairs written here: deterministic to the byte, and a written model predicts as trained. */
class StanceTrainerTest {
  @TempDir Path tmp;

  private static final Map<String, String> BODIES = new LinkedHashMap<>();
  private static final List<StanceTrainer.Pair> PAIRS = new ArrayList<>();

  static {
    BODIES.put("1", "Officials confirmed that the bridge collapsed on Monday. The bridge collapse was confirmed by "
        + "the police and the mayor.");
    BODIES.put("2", "The mayor denied that the bridge collapsed. He said the report was a hoax and the bridge is "
        + "fine and open to traffic.");
    BODIES.put("3", "The bridge reportedly collapsed on Monday, according to unverified reports on social media; "
        + "officials have not commented on the claims.");
    BODIES.put("4", "The orchestra played a new symphony at the festival and the audience gave it a long ovation in "
        + "the hall.");
    String claim = "Bridge collapsed on Monday";
    String other = "Orchestra plays a new symphony at the festival";
    PAIRS.add(new StanceTrainer.Pair(claim, "1", StanceLabel.AGREE));
    PAIRS.add(new StanceTrainer.Pair(claim, "2", StanceLabel.DISAGREE));
    PAIRS.add(new StanceTrainer.Pair(claim, "3", StanceLabel.DISCUSS));
    PAIRS.add(new StanceTrainer.Pair(claim, "4", StanceLabel.UNRELATED));
    PAIRS.add(new StanceTrainer.Pair(other, "4", StanceLabel.AGREE));
    PAIRS.add(new StanceTrainer.Pair(other, "1", StanceLabel.UNRELATED));
    PAIRS.add(new StanceTrainer.Pair(other, "2", StanceLabel.UNRELATED));
    PAIRS.add(new StanceTrainer.Pair(other, "3", StanceLabel.UNRELATED));
  }

  private static StanceModel train() {
    StanceTrainer.Settings d = StanceTrainer.Settings.DEFAULT;
    return StanceTrainer.train(PAIRS, BODIES, new StanceTrainer.Settings(40, 0.2, d.l2(), d.stanceClassWeights(),
        d.seed()), line -> { });
  }

  @Test
  void the_same_pairs_give_the_same_model_file_byte_for_byte() throws Exception {
    train().write(tmp.resolve("a.gz"));
    train().write(tmp.resolve("b.gz"));
    assertArrayEquals(Files.readAllBytes(tmp.resolve("a.gz")), Files.readAllBytes(tmp.resolve("b.gz")));
  }

  @Test
  void a_model_read_back_predicts_exactly_as_the_one_trained() throws Exception {
    StanceModel trained = train();
    trained.write(tmp.resolve("m.gz"));
    StanceModel read = StanceModel.read(tmp.resolve("m.gz"));
    for (StanceTrainer.Pair p : PAIRS) {
      assertEquals(trained.stance(p.claim(), BODIES.get(p.bodyId())), read.stance(p.claim(), BODIES.get(p.bodyId())));
    }
  }

  @Test
  void a_model_fits_the_pairs_it_was_trained_on() {
    StanceModel m = train();
    for (StanceTrainer.Pair p : PAIRS) {
      assertEquals(p.label(), m.stance(p.claim(), BODIES.get(p.bodyId())).label(), p.toString());
    }
  }
}
