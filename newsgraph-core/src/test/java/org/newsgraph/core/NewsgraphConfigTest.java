package org.newsgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
