package org.newsgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsgraphConfigTest {
  @TempDir Path dir;

  @Test
  void a_file_overrides_the_defaults_it_names_and_keeps_the_rest() throws IOException {
    Path f = Files.writeString(dir.resolve("newsgraph.conf"), "server.port = 9090\nnlp.dependencies = off\n");
    NewsgraphConfig c = NewsgraphConfig.read(f);
    assertEquals(9090, c.server().port());
    assertFalse(c.nlp().dependencies());
    assertEquals("127.0.0.1", c.server().bind(), "loopback unless told otherwise");
  }

  @Test
  void an_unknown_key_is_an_error_naming_it_not_ignored() throws IOException {
    Path f = Files.writeString(dir.resolve("bad.conf"), "server.prot = 9090\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewsgraphConfig.read(f));
    assertTrue(e.getMessage().contains("server.prot"), e.getMessage());
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
  }

  @Test
  void a_bad_number_says_which_key() throws IOException {
    Path f = Files.writeString(dir.resolve("bad.conf"), "server.port = eighty\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewsgraphConfig.read(f));
    assertTrue(e.getMessage().contains("server.port = 'eighty' is not a number"), e.getMessage());
  }

  @Test
  void an_out_of_range_value_names_the_key_and_the_value() throws IOException {
    Path f = Files.writeString(dir.resolve("bad.conf"), "dedup.threshold = 1.5\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewsgraphConfig.read(f));
    assertEquals(f + ": dedup.threshold = '1.5' is not in (0, 1]", e.getMessage());
  }

  @Test
  void the_near_duplicate_definition_and_the_ingest_limits_are_read_from_the_file() throws IOException {
    Path f = Files.writeString(dir.resolve("newsgraph.conf"),
        "dedup.shingleWords = 3\ndedup.threshold = 0.7\ningest.maxPageMib = 16\ningest.fetchPages = yes\n");
    NewsgraphConfig c = NewsgraphConfig.read(f);
    assertEquals(new NewsgraphConfig.Dedup(3, 0.7), c.dedup());
    assertEquals(16, c.ingest().maxPageMib());
    assertTrue(c.ingest().fetchPages());
    assertEquals(NewsgraphConfig.defaults().ingest().requestTimeoutSeconds(), c.ingest().requestTimeoutSeconds());
  }

  @Test
  void the_error_for_an_unknown_key_lists_every_known_key() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NewsgraphConfig.defaults().with(Map.of("dedup.shingles", "3"), "--config x"));
    for (String key : NewsgraphConfig.defaults().settings().keySet()) {
      assertTrue(e.getMessage().contains(key), key + " missing from: " + e.getMessage());
    }
  }

  @Test
  void settings_read_back_to_an_equal_configuration() {
    NewsgraphConfig d = NewsgraphConfig.defaults();
    assertEquals(d, NewsgraphConfig.of(d.settings(), "test"));
    NewsgraphConfig c = d.with(Map.of("server.writeToken", "s3cret", "dedup.threshold", "0.85",
        "ingest.connectTimeoutSeconds", "2.5", "store.dir", dir.toString(), "nlp.dependencies", "false"), "test");
    assertEquals(c, NewsgraphConfig.of(c.settings(), "test"));
    assertNull(NewsgraphConfig.of(d.settings(), "test").server().writeToken(), "no token stays no token");
  }

  @Test
  void the_readme_documents_every_key() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (String key : NewsgraphConfig.defaults().settings().keySet()) {
      assertTrue(readme.contains("`" + key + "`"), key + " is not in the README's configuration paragraph");
    }
  }

  @Test
  void the_version_is_the_one_the_build_wrote() {
    assertTrue(Version.current().matches("\\d+\\.\\d+\\.\\d+.*"), Version.current());
    assertTrue(NewsgraphConfig.defaults().ingest().userAgent().startsWith("newsgraph/" + Version.current() + " "));
  }
}
