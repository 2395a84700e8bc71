package org.newsgraph.eval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Fixtures;

/**
 * The evaluation module's commands join {@code newsgraph} from the class path, with help like every other command,
 * and say in one line what is wrong with a gold path; no models are loaded for that.
 */
class EvalCommandsTest {
  @Test
  void eval_bench_and_train_are_commands_of_newsgraph_listed_before_help() {
    Fixtures.Run r = Fixtures.cli("--help");
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    int eval = out.indexOf("\n  eval ");
    int bench = out.indexOf("\n  bench ");
    int train = out.indexOf("\n  train ");
    int help = out.indexOf("\n  help ");
    assertTrue(eval > 0 && bench > 0 && train > 0, out);
    assertTrue(help > eval && help > bench && help > train, "help stays last: " + out);
  }

  @Test
  void every_task_has_help() {
    for (String[] c : new String[][] {{"eval"}, {"eval", "temporal"}, {"eval", "attribution"}, {"eval", "events"},
        {"eval", "extraction"}, {"eval", "reuters"}, {"eval", "precision"}, {"eval", "geo"}, {"eval", "ner"},
        {"eval", "stories"}, {"eval", "coref"}, {"eval", "uncoded"}, {"bench"}, {"bench", "ingest"},
        {"bench", "stories"},
        {"bench", "load"}, {"bench", "profile"}, {"train"},
        {"train", "attribution"}}) {
      String[] args = java.util.Arrays.copyOf(c, c.length + 1);
      args[c.length] = "--help";
      Fixtures.Run r = Fixtures.cli(args);
      assertEquals(0, r.exit(), String.join(" ", c) + ": " + r.err());
      assertTrue(r.out().startsWith("Usage: newsgraph " + String.join(" ", c)), r.out());
    }
  }

  @Test
  void a_gold_folder_that_does_not_exist_is_a_usage_error_naming_it(@TempDir Path tmp) {
    for (String task : new String[] {"temporal", "attribution", "reuters"}) {
      Fixtures.Run r = Fixtures.cli("eval", task, "--gold", tmp.resolve("missing").toString());
      assertEquals(2, r.exit(), task + ": " + r.err());
      assertTrue(r.err().contains("missing: no such folder"), r.err());
    }
  }

  @Test
  void an_events_file_of_neither_format_is_a_usage_error(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("gold.txt");
    Files.writeString(f, "this is not a gold file\n", StandardCharsets.UTF_8);
    Fixtures.Run r = Fixtures.cli("eval", "events", "--gold", f.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("neither PLOVER gold records"), r.err());
  }

  @Test
  void extraction_names_the_missing_ground_truth(@TempDir Path tmp) {
    Fixtures.Run r = Fixtures.cli("eval", "extraction", "--gold", tmp.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("no ground-truth.json there"), r.err());
  }
}
