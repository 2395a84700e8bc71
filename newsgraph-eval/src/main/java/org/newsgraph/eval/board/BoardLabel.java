package org.newsgraph.eval.board;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.core.MiniJson;

/**
 * One hand judgement of a board statement ({@code data/labelled/board-statements.jsonl}).
 *
 * @param id       the statement's id ({@link BoardStatement#id()})
 * @param kind     its kind
 * @param correct  whether the statement is true of the articles' text
 * @param why      why, in a few words
 */
public record BoardLabel(String id, String kind, boolean correct, String why) {
  /** Reads the JSON lines of a labelled file, by id; blank lines are skipped; a later line wins. */
  public static Map<String, BoardLabel> read(Path file) throws IOException {
    Map<String, BoardLabel> out = new LinkedHashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(file)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      if (!(MiniJson.parse(line) instanceof Map<?, ?> m) || !(m.get("id") instanceof String id)
          || !(m.get("correct") instanceof Boolean c)) {
        throw new IOException(file + " line " + n + ": not an object with \"id\" and \"correct\"");
      }
      out.put(id, new BoardLabel(id, String.valueOf(m.get("kind")), c, String.valueOf(m.get("why"))));
    }
    return out;
  }
}
