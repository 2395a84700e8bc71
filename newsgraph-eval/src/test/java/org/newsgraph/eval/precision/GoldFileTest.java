package org.newsgraph.eval.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.Event;

/** The labelled set's JSON Lines are read strictly. */
class GoldFileTest {
  static final String LINE = "{\"doc\": \"bbc-news/politics/1.txt\", \"split\": \"dev\", \"text_sha256\": \"ab\", "
      + "\"text_length\": 40, \"claims\": [{\"id\": \"c1\", \"source\": null, \"source_entity\": \"unnamed\", "
      + "\"cue\": {\"begin\": 3, \"end\": 10, \"words\": \"is said\"}, \"content\": [{\"begin\": 11, \"end\": 20, "
      + "\"words\": \"to be off\"}]}], \"events\": [{\"id\": \"e1\", \"type\": \"COOPERATE\", \"type_also\": "
      + "[\"AID\"], \"trigger\": {\"begin\": 21, \"end\": 25, \"words\": \"sold\"}, \"actors\": [{\"entity\": "
      + "\"country:USA\", \"implicit\": true}], \"recipients\": [], \"modality\": \"claimed\"}]}";

  @Test
  void a_line_is_read_with_all_its_parts(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("gold.jsonl");
    Files.writeString(f, LINE + "\n\n", StandardCharsets.UTF_8);
    List<GoldArticle> all = GoldFile.read(f);
    assertEquals(1, all.size());
    GoldArticle a = all.get(0);
    assertEquals("dev", a.split());
    assertNull(a.claims().get(0).source());
    assertTrue(a.claims().get(0).unnamed());
    assertEquals("to be off", a.claims().get(0).content().get(0).words());
    GoldEvent e = a.events().get(0);
    assertEquals(List.of("AID"), e.typeAlso());
    assertEquals(Event.Modality.CLAIMED, e.modality());
    assertTrue(e.actors().get(0).implicit());
  }

  @Test
  void a_missing_field_is_an_error_naming_the_line_and_the_field(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("gold.jsonl");
    Files.writeString(f, LINE + "\n" + LINE.replace("\"split\": \"dev\", ", "") + "\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldFile.read(f));
    assertTrue(e.getMessage().startsWith("gold.jsonl line 2: \"split\""), e.getMessage());
  }

  @Test
  void a_split_other_than_dev_or_test_is_refused(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("gold.jsonl");
    Files.writeString(f, LINE.replace("\"dev\"", "\"train\""), StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> GoldFile.read(f));
  }
}
