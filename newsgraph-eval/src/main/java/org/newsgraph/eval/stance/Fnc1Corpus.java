package org.newsgraph.eval.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.stance.StanceLabel;

/**
 * An FNC-1 folder: {@code train_bodies.csv} + {@code train_stances.csv}, or {@code competition_test_bodies.csv} +
 * {@code competition_test_stances.csv}. Pairs keep the file's order (the submission must keep it too); a stances
 * file without a Stance column (unlabelled) gives pairs with a null label.
 */
public record Fnc1Corpus(String name, Map<String, String> bodies, List<Pair> pairs) {
  /** One row of the stances file. */
  public record Pair(String headline, String bodyId, StanceLabel label) {}

  public static Fnc1Corpus read(Path folder) throws IOException {
    for (String prefix : List.of("train", "competition_test", "test")) {
      Path bodies = folder.resolve(prefix + "_bodies.csv");
      Path stances = folder.resolve(prefix + "_stances.csv");
      if (!Files.isRegularFile(stances)) {
        stances = folder.resolve(prefix + "_stances_unlabeled.csv");
      }
      if (Files.isRegularFile(bodies) && Files.isRegularFile(stances)) {
        return read(prefix, bodies, stances);
      }
    }
    throw new IllegalArgumentException(folder + ": no FNC-1 files (train_bodies.csv + train_stances.csv, "
        + "or competition_test_bodies.csv + competition_test_stances.csv)");
  }

  static Fnc1Corpus read(String name, Path bodiesFile, Path stancesFile) throws IOException {
    Map<String, String> bodies = new LinkedHashMap<>();
    List<List<String>> b = Csv.parse(Files.readString(bodiesFile, StandardCharsets.UTF_8));
    header(bodiesFile, b, "Body ID", "articleBody");
    for (int i = 1; i < b.size(); i++) {
      List<String> row = b.get(i);
      if (row.size() < 2) {
        throw new IllegalArgumentException(bodiesFile + ": record " + i + " has " + row.size() + " fields");
      }
      bodies.put(row.get(0).strip(), row.get(1));
    }
    List<List<String>> s = Csv.parse(Files.readString(stancesFile, StandardCharsets.UTF_8));
    header(stancesFile, s, "Headline", "Body ID");
    boolean labelled = s.get(0).size() >= 3;
    List<Pair> pairs = new ArrayList<>();
    for (int i = 1; i < s.size(); i++) {
      List<String> row = s.get(i);
      if (row.size() < (labelled ? 3 : 2)) {
        throw new IllegalArgumentException(stancesFile + ": record " + i + " has " + row.size() + " fields");
      }
      String id = row.get(1).strip();
      if (!bodies.containsKey(id)) {
        throw new IllegalArgumentException(stancesFile + ": record " + i + " names body " + id
            + ", which is not in " + bodiesFile.getFileName());
      }
      pairs.add(new Pair(row.get(0), id, labelled ? StanceLabel.parse(row.get(2)) : null));
    }
    return new Fnc1Corpus(name, bodies, pairs);
  }

  private static void header(Path file, List<List<String>> rows, String... expected) {
    if (rows.isEmpty() || rows.get(0).size() < expected.length) {
      throw new IllegalArgumentException(file + ": expected a header " + String.join(",", expected));
    }
    for (int i = 0; i < expected.length; i++) {
      if (!rows.get(0).get(i).strip().equals(expected[i])) {
        throw new IllegalArgumentException(file + ": expected column " + (i + 1) + " to be '" + expected[i]
            + "', found '" + rows.get(0).get(i) + "'");
      }
    }
  }

  /** True when every pair has a gold label. */
  public boolean labelled() {
    return pairs.stream().allMatch(p -> p.label() != null);
  }

  /** How many pairs carry each label, for the report. */
  public Map<StanceLabel, Integer> counts() {
    Map<StanceLabel, Integer> m = new HashMap<>();
    for (Pair p : pairs) {
      if (p.label() != null) {
        m.merge(p.label(), 1, Integer::sum);
      }
    }
    return m;
  }
}
