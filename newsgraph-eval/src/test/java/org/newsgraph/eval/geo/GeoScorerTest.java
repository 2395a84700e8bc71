package org.newsgraph.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.MiniJson;
import org.newsgraph.eval.Fixtures;

/** The geocoding figures follow Gritta et al.'s definitions, and LGL files are read with their offsets checked. */
class GeoScorerTest {
  @Test
  void acc161_auc_mean_and_median_follow_their_definitions() {
    GeoScorer s = new GeoScorer();
    s.add(0, 0, new double[] {0, 0}); // 0 km
    s.add(0, 0, new double[] {0, 1}); // 111.2 km
    s.add(0, 0, null); // 20,039 km
    GeoScorer.Figures f = s.figures();
    assertEquals(3, f.toponyms());
    assertEquals(2, f.resolved());
    assertEquals(2.0 / 3, f.acc161(), 1e-9);
    double e1 = 111.195;
    double expectedAuc = ((Math.log1p(0) + Math.log1p(e1)) / 2 + (Math.log1p(e1) + Math.log1p(20039)) / 2) / 2
        / Math.log(20039);
    assertEquals(expectedAuc, f.auc(), 1e-4);
    assertEquals((e1 + 20039) / 3, f.meanKm(), 0.1);
    assertEquals(e1, f.medianKm(), 0.1);
  }

  @Test
  void the_scorer_reproduces_the_published_systems_figures_on_lgl_dev() throws IOException {
    Path lgl = Fixtures.shared("geo", "lgl", "lgl-dev.xml");
    Path camcoder = Fixtures.shared("geo", "lgl", "reference-outputs", "camcoder.json");
    assumeTrue(Files.isRegularFile(lgl) && Files.isRegularFile(camcoder), "LGL dev is not here");
    @SuppressWarnings("unchecked")
    Map<String, Object> predicted = (Map<String, Object>) MiniJson.parse(Files.readString(camcoder));
    GeoScorer s = new GeoScorer();
    for (LglCorpus.Article a : LglCorpus.read(lgl)) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> ps = (List<Map<String, Object>>) predicted.getOrDefault(a.docid(), List.of());
      for (LglCorpus.Toponym t : a.toponyms()) {
        if (!t.scored()) {
          continue;
        }
        double[] point = null;
        for (Map<String, Object> p : ps) {
          if (((Number) p.get("start")).intValue() == t.start() && ((Number) p.get("end")).intValue() == t.end()) {
            double lat = ((Number) p.get("lat")).doubleValue();
            double lon = ((Number) p.get("lon")).doubleValue();
            point = lat == 0 && lon == 0 ? null : new double[] {lat, lon}; // (0, 0) means unresolved there
          }
        }
        s.add(t.lat(), t.lon(), point);
      }
    }
    GeoScorer.Figures f = s.figures();
    assertEquals(0.610, f.acc161(), 0.0006, f.toString()); // the data README's table: dev acc@161 0.610, AUC 0.335
    assertEquals(0.335, f.auc(), 0.0006, f.toString());
  }

  @Test
  void an_lgl_file_is_read_with_its_spans_and_gold_points() throws IOException {
    try (InputStream in = GeoScorerTest.class.getResourceAsStream("lgl-like.xml")) {
      List<LglCorpus.Article> articles = LglCorpus.read(in, "lgl-like.xml");
      assertEquals(2, articles.size());
      LglCorpus.Article a = articles.get(0);
      LglCorpus.Toponym paris = a.toponyms().get(0);
      assertEquals("Paris", a.text().substring(paris.start(), paris.end()));
      assertEquals(4717560L, paris.geonameId());
      assertEquals(false, articles.get(1).toponyms().get(0).scored(), "Main Street has no gazetteer entry");
    }
  }

  @Test
  void a_toponym_outside_its_text_is_an_error_naming_the_article() {
    String xml = "<articles><article docid=\"7\"><text>Short.</text><toponyms><toponym><start>3</start>"
        + "<end>99</end><phrase>x</phrase></toponym></toponyms></article></articles>";
    IOException e = assertThrows(IOException.class, () -> LglCorpus.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "bad.xml"));
    assertEquals("bad.xml: article 7: toponym [3, 99) outside the text", e.getMessage());
  }
}
