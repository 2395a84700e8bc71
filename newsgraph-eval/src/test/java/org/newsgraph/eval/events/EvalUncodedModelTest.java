package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.MiniJson;
import org.newsgraph.eval.Fixtures;

/** {@code newsgraph eval uncoded} end to end on a small corpus of its own, with the real analysis. */
@Tag("models")
class EvalUncodedModelTest {
  @Test
  @SuppressWarnings("unchecked")
  void the_command_counts_events_by_kind_and_writes_each_one(@TempDir Path tmp) throws Exception {
    write(tmp, "bbc-news/business/001.txt", "Tycoon arrested\n\nPolice in Moscow arrested the oil tycoon Mikhail "
        + "Khodorkovsky on fraud charges on Saturday, prosecutors said. His company's shares fell 10%.\n");
    write(tmp, "bbc-news/entertainment/001.txt", "Soap returns\n\nThe soap returns to screens on Monday with a new "
        + "episode in which two characters argue about a wedding.\n");
    write(tmp, "bbc-news/politics/001.txt", "Minister visits\n\nThe foreign minister visited Paris on Monday.\n");
    write(tmp, "bbc-news/sport/001.txt", "Arsenal win\n\nArsenal beat Chelsea 2-1 at Highbury on Saturday to go "
        + "top of the Premiership.\n");
    write(tmp, "bbc-news/tech/001.txt", "Game review\n\nPlayers must fight zombies across twelve levels of the new "
        + "console game, which gamers can buy from Friday.\n");
    Files.createDirectories(tmp.resolve("reuters-21578"));
    Path out = tmp.resolve("events.tsv");

    Fixtures.Run r = Fixtures.cli("eval", "uncoded", "--corpora", tmp.toString(), "--out", out.toString(),
        "--json");

    assertEquals(0, r.exit(), r.err());
    Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
    assertEquals(Map.of("bbc business", 1L, "bbc entertainment", 1L, "bbc sport", 1L, "bbc tech", 1L),
        json.get("articles"), "politics is not read");
    Map<String, Object> byKind = (Map<String, Object>) json.get("events_by_kind");
    assertEquals(null, byKind.get("bbc sport"), "a sports result is no event: " + r.out());
    assertEquals(null, byKind.get("bbc tech"), "a fight in a game is no event: " + r.out());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(lines.get(0).startsWith("doc\tkind\ttype"), lines.get(0));
    assertEquals(((Number) json.get("events_in_non_political_text")).intValue(), lines.size() - 1, lines.toString());
  }

  private static void write(Path root, String name, String text) throws Exception {
    Path f = root.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text, StandardCharsets.UTF_8);
  }
}
