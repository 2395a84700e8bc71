package org.newsgraph.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.MiniJson;
import org.newsgraph.eval.Fixtures;

/** {@code newsgraph eval geo} on a small LGL-shaped file: the figures, and the points written per document. */
@Tag("slow")
class EvalGeoCliTest {
  @Test
  void eval_geo_prints_the_figures_and_writes_a_point_per_span(@TempDir Path tmp) throws Exception {
    Path gold = tmp.resolve("lgl-like.xml");
    try (InputStream in = EvalGeoCliTest.class.getResourceAsStream("lgl-like.xml")) {
      Files.copy(in, gold);
    }
    Path out = tmp.resolve("points.json");
    Fixtures.Run r = Fixtures.cli("eval", "geo", "--gold", gold.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    // Paris (twice), Texas, Dallas and Ohio are right; Zzyzxville is in no table and counts 20,039 km.
    assertTrue(r.out().contains("acc@161 0.833"), r.out());
    assertTrue(r.out().contains("(6 toponyms, 5 resolved)"), r.out());
    @SuppressWarnings("unchecked")
    Map<String, List<Map<String, Object>>> points = (Map<String, List<Map<String, Object>>>) (Object)
        MiniJson.parse(Files.readString(out));
    assertEquals(4, points.get("1").size());
    Map<String, Object> paris = points.get("1").get(0);
    assertEquals(26, ((Number) paris.get("start")).intValue());
    assertEquals(4717560L, ((Number) paris.get("geonameid")).longValue());
    assertEquals(null, points.get("2").get(1).get("lat"), "no point for a name the table lacks, never (0, 0)");
  }

  @Test
  void eval_geo_writes_the_held_out_misses_by_kind(@TempDir Path tmp) throws Exception {
    Path gold = tmp.resolve("lgl-like.xml");
    try (InputStream in = EvalGeoCliTest.class.getResourceAsStream("lgl-like.xml")) {
      Files.copy(in, gold);
    }
    Path errors = tmp.resolve("misses.tsv");
    Fixtures.Run r = Fixtures.cli("eval", "geo", "--gold", gold.toString(), "--tune", "2", "--errors",
        errors.toString());
    assertEquals(0, r.exit(), r.err());
    // Zzyzxville is in no table: a miss with no point, whatever the folds' weights.
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("held-out misses \\(>= 161 km\\) by kind: "
        + "\\{NO_POINT=1, NOT_IN_TABLE=(\\d+), WRONG_CANDIDATE=(\\d+)\\}").matcher(r.out());
    assertTrue(m.find(), r.out());
    List<String> lines = Files.readAllLines(errors);
    assertEquals(2 + Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)), lines.size(), lines.toString());
    String zzyzxville = "NO_POINT\t2\tZzyzxville\tPPL\t1\t40.000,-83.000\t-\t20039\t";
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(zzyzxville)), lines.toString());
    Fixtures.Run alone = Fixtures.cli("eval", "geo", "--gold", gold.toString(), "--errors", errors.toString());
    assertEquals(2, alone.exit(), "--errors without --tune is bad usage: " + alone.err());
  }
}
