package org.newsgraph.extract.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often a verb lemma heads an attribution cue, counted on PolNeAR's train split over the verbs the cue model
 * learns from (outside gold contents, sources and quotations): {@code cue-prior.tsv}, lemma, verbs, cues, written by
 * {@code newsgraph train attribution --cue-prior FILE}. A verb PolNeAR's annotators seldom mark ("have", "give",
 * "use", "receive", "hold") is then not made a cue by the cue model's context features alone: news copy uses such
 * verbs in sentences shaped like reports ("has used its stake to …", "received the award") far more often than to
 * report.
 */
public final class CuePrior {
  static final String RESOURCE = "cue-prior.tsv";
  /** Fewer verb occurrences than this say too little about a lemma: the cue model decides alone. */
  static final int MIN_VERBS = 10;
  /**
   * The gate: fewer cues than this share of the lemma's verbs. Of 0.15 and 0.25, the one that keeps PolNeAR dev
   * recall (docs/BENCHMARKS.md, claims.v12).
   */
  static final double MAX_RATE = 0.15;

  private record Count(int verbs, int cues) {}

  private static final Map<String, Count> COUNTS = load();

  private CuePrior() {}

  /** Whether PolNeAR's annotators mark {@code lemma} as a cue in fewer than {@link #MAX_RATE} of its uses. */
  static boolean rarelyCue(String lemma, double rate) {
    Count c = COUNTS.get(lemma);
    return c != null && c.verbs() >= MIN_VERBS && c.cues() < rate * c.verbs();
  }

  /**
   * Writes the counts of {@code samples} (PolNeAR train, as {@code newsgraph train attribution --cue-prior FILE}
   * reads it): one line per lemma with at least {@link #MIN_VERBS} verbs, sorted, so the same data gives the same file.
   */
  public static void write(List<AttributionModelTrainer.Sample> samples, Path out) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, int[]> e : AttributionModelTrainer.cueCounts(samples).entrySet()) {
      if (e.getValue()[0] >= MIN_VERBS && !e.getKey().contains("\t")) {
        sb.append(e.getKey()).append('\t').append(e.getValue()[0]).append('\t').append(e.getValue()[1]).append('\n');
      }
    }
    Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
  }

  private static Map<String, Count> load() {
    Map<String, Count> m = new HashMap<>();
    try (InputStream in = CuePrior.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Map.of();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] p = line.split("\t");
        m.put(p[0], new Count(Integer.parseInt(p[1]), Integer.parseInt(p[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": cannot read the cue prior", e);
    }
    return Map.copyOf(m);
  }
}
