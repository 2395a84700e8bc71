package org.newsgraph.extract.claims.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a model file made of {@code part<TAB>rest} lines (the taggers' files: "cue", "role"; "tagger",
 * "second", "vote", "clusters"), grouped by part in file order, each line without its part.
 */
public final class ModelParts {
  private ModelParts() {}

  /**
   * Every part named in {@code parts}, with its lines (empty when the file has none); a line of another part, or
   * with no tab, is an {@link IOException} naming its line number and the parts expected.
   */
  public static Map<String, List<String>> read(InputStream in, List<String> parts) throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    parts.forEach(p -> out.put(p, new ArrayList<>()));
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      int tab = line.indexOf('\t');
      List<String> lines = tab < 0 ? null : out.get(line.substring(0, tab));
      if (lines == null) {
        throw new IOException("line " + n + ": expected part " + String.join(", ", parts.subList(0, parts.size() - 1))
            + (parts.size() > 1 ? " or " : "") + parts.get(parts.size() - 1));
      }
      lines.add(line.substring(tab + 1));
    }
    return out;
  }
}
