package org.newsgraph.eval.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardScoreTest {
  @Test
  void precision_is_counted_per_kind_over_judged_statements_and_unjudged_ones_apart(@TempDir Path dir)
      throws IOException {
    Path gold = dir.resolve("labels.jsonl");
    Files.writeString(gold, """
        {"id":"denied|x","kind":"denied","correct":true,"why":"denies it"}

        {"id":"denied|y","kind":"denied","correct":false,"why":"a refused offer"}
        {"id":"date|z","kind":"date","correct":false,"why":"two agreements"}
        """);
    Map<String, BoardLabel> labels = BoardLabel.read(gold);
    List<BoardStatement> said = List.of(new BoardStatement("denied|x", "denied", "s1", ""),
        new BoardStatement("denied|y", "denied", "s1", ""), new BoardStatement("grouped|w", "grouped", "s2", ""));
    BoardScore s = BoardScore.of(said, labels);
    BoardScore.Kind denied = s.kinds().stream().filter(k -> k.kind().equals("denied")).findFirst().orElseThrow();
    assertEquals(2, denied.judged());
    assertEquals(0.5, denied.precision(), 1e-9);
    BoardScore.Kind date = s.kinds().stream().filter(k -> k.kind().equals("date")).findFirst().orElseThrow();
    assertEquals(0, date.statements(), "a label of a statement the board no longer says is not counted");
    assertEquals(List.of("grouped|w"), s.unjudged());
    assertTrue(s.text().contains("a refused offer"), s.text());
  }

  @Test
  void stories_fall_in_halves_by_the_last_hex_digit_of_their_id() {
    assertEquals("A", BoardStatement.half("sd7d06658b5df7f30"));
    assertEquals("B", BoardStatement.half("sd7d06658b5df7f31"));
    assertEquals("A", BoardStatement.half("s00000000000000a"));
  }
}
