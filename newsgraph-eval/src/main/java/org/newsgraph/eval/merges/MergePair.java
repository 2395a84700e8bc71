package org.newsgraph.eval.merges;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.MiniJson;

/**
 * One labelled pair of the entity-merge sample ({@code data/labelled/entity-merges.jsonl}): in {@code article}, is
 * the surname-only person {@code entity} the person named in full {@code into}?
 *
 * @param article  the article id (a content hash)
 * @param entity   the entity as linked in that article ({@code person:reagan})
 * @param into     the full name ({@code person:ronald-reagan})
 * @param same     the hand judgement: the same person (or thing)
 * @param sample   "merged" (the system merged the pair when the sample was drawn) or "not-merged" (a near miss: same
 *                 surname, not merged)
 * @param weight   how many pairs of its sample this one stands for (1 for a full census; 0 for a pair judged
 *                 because the system merged it after the sample was drawn: precision only)
 * @param reason   why, in a few words
 */
public record MergePair(String article, String entity, String into, boolean same, String sample, double weight,
    String reason) {
  /** Reads the JSON lines of a sample file; blank lines are skipped. */
  public static List<MergePair> read(Path file) throws IOException {
    List<MergePair> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      if (!(MiniJson.parse(line) instanceof Map<?, ?> m)) {
        throw new IOException(file + " line " + n + ": not a JSON object");
      }
      out.add(new MergePair(text(m, "article", file, n), text(m, "entity", file, n), text(m, "into", file, n),
          Boolean.TRUE.equals(m.get("same")), text(m, "sample", file, n),
          m.get("weight") instanceof Number w ? w.doubleValue() : 1.0, String.valueOf(m.get("reason"))));
    }
    return out;
  }

  private static String text(Map<?, ?> m, String key, Path file, int line) throws IOException {
    if (!(m.get(key) instanceof String s) || s.isBlank()) {
      throw new IOException(file + " line " + line + ": \"" + key + "\" missing");
    }
    return s;
  }
}
