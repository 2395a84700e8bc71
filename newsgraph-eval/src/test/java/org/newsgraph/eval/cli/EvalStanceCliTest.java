package org.newsgraph.eval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Fixtures;

/** {@code newsgraph eval stance} on a small FNC-1 test-layout folder written here, with the bundled model. */
class EvalStanceCliTest {
  @TempDir Path tmp;

  private Path folder() throws Exception {
    Path dir = tmp.resolve("fnc");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("competition_test_bodies.csv"), String.join("\n",
        "Body ID,articleBody",
        "3,\"Moscow denied that North Korea deployed troops to Russia. The Kremlin dismissed the reports as a hoax "
            + "and fake news, saying no troops from North Korea are in Russia.\"",
        "5,\"The football club won the cup final on Saturday after a late goal. Fans celebrated in the streets of "
            + "the city, and the coach said: \"\"a great night\"\".\"",
        "9,\"\"", ""), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("competition_test_stances.csv"), String.join("\n",
        "Headline,Body ID,Stance",
        "\"North Korea deployed troops to Russia, Seoul says\",3,disagree",
        "North Korea deployed troops to Russia,5,unrelated",
        "Club wins the cup final,5,agree",
        "North Korea deployed troops to Russia,9,unrelated", ""), StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void writes_the_submission_with_the_same_rows_in_the_same_order_and_prints_the_figures() throws Exception {
    Path out = tmp.resolve("submission.csv");
    Fixtures.Run run = Fixtures.cli("eval", "stance", "--gold", folder().toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("all (4 pairs): FNC score"), run.out());
    assertTrue(run.out().contains("macro-F1"), run.out());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("Headline,Body ID,Stance", lines.get(0));
    assertEquals(5, lines.size());
    assertTrue(lines.get(1).startsWith("\"North Korea deployed troops to Russia, Seoul says\",3,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("North Korea deployed troops to Russia,5,"), lines.get(2));
    assertEquals("North Korea deployed troops to Russia,9,unrelated", lines.get(4), "an empty body is unrelated");
  }

  @Test
  void json_figures_are_snake_case_per_part() throws Exception {
    Fixtures.Run run = Fixtures.cli("eval", "stance", "--gold", folder().toString(), "--json");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\"fnc_score\""), run.out());
    assertTrue(run.out().contains("\"macro_f1\""), run.out());
    assertTrue(run.out().contains("\"disagree\""), run.out());
  }

  @Test
  void a_folder_without_fnc1_files_is_an_error_naming_what_it_expects() throws Exception {
    Files.createDirectories(tmp.resolve("empty"));
    Fixtures.Run run = Fixtures.cli("eval", "stance", "--gold", tmp.resolve("empty").toString());
    assertNotEquals(0, run.exit());
    assertTrue(run.err().contains("train_stances.csv"), run.err());
  }
}
