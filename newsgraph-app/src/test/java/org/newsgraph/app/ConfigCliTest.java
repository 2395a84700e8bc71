package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.Version;

/** The command line reads the one configuration strictly, and its flags are checked as the keys they override. */
class ConfigCliTest {
  @TempDir Path tmp;

  @Test
  void version_prints_the_version_the_build_wrote_on_every_command() {
    for (String[] args : new String[][] {{"--version"}, {"ingest", "--version"}}) {
      Cli.Run r = Cli.run(args);
      assertEquals(0, r.exit(), r.err());
      assertEquals("newsgraph " + Version.current(), r.out().strip());
    }
  }

  @Test
  void an_unknown_key_in_the_config_file_stops_the_command_and_lists_the_known_keys() throws Exception {
    Path conf = Files.writeString(tmp.resolve("newsgraph.conf"), "dedup.shingles = 3\n");
    Cli.Run r = Cli.run("ingest", "--store", tmp.resolve("store").toString(), "--config", conf.toString(),
        Cli.example().toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("unknown configuration key(s) [dedup.shingles]"), r.err());
    assertTrue(r.err().contains("dedup.shingleWords"), r.err());
  }

  @Test
  void a_flag_value_is_checked_as_the_key_it_overrides_and_names_the_flag() {
    Cli.Run r = Cli.run("ingest", "--store", tmp.resolve("store").toString(), "--near-duplicate-threshold", "1.5",
        Cli.example().toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--near-duplicate-threshold: dedup.threshold = '1.5' is not in (0, 1]"), r.err());
  }
}
