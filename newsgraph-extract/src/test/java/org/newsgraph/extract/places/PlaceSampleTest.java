package org.newsgraph.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Geography;
import org.newsgraph.core.PlacePoint;
import org.newsgraph.extract.Analysis;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.extract.events.EventStage;
import org.newsgraph.testkit.SampleArticles;

/** The bundled sample's places on the map: the names it uses, where they are, and where its events happened. */
@Tag("models")
class PlaceSampleTest {
  private static AnalyzedArticle korea;
  private static AnalyzedArticle india;

  @BeforeAll
  static void analyse() {
    PlaceStage places = new PlaceStage();
    AttributionStage claims = new AttributionStage();
    EventStage events = new EventStage();
    korea = places.apply(events.apply(claims.apply(Analysis.upToTimes(SampleArticles.kursk()))));
    india = places.apply(events.apply(claims.apply(Analysis.upToTimes(SampleArticles.modi()))));
  }

  private static PlacePoint named(AnalyzedArticle a, String words) {
    for (PlacePoint p : a.geography().mentions()) {
      if (p.span().of(a.text()).equals(words)) {
        return p;
      }
    }
    throw new AssertionError(words + " is not a place mention: " + a.geography().mentions());
  }

  private static void near(PlacePoint p, double lat, double lon) {
    assertTrue(p.hasPoint(), p.toString());
    assertTrue(Geo.km(p.lat(), p.lon(), lat, lon) < 30, p.toString());
  }

  @Test
  void the_samples_towns_get_their_own_points_even_when_they_stand_for_a_government() {
    near(named(korea, "Kursk"), 51.74, 36.19);
    near(named(korea, "Kyiv"), 50.45, 30.52);
    near(named(korea, "Seoul"), 37.57, 126.98);
    near(named(korea, "Pyongyang"), 39.03, 125.75);
    near(named(india, "Muscat"), 23.58, 58.41);
    near(named(india, "Amman"), 31.96, 35.95);
    near(named(india, "Addis Ababa"), 9.02, 38.75);
  }

  @Test
  void every_place_mention_has_an_id_and_a_confidence_and_a_point_unless_the_table_lacks_it() {
    for (AnalyzedArticle a : List.of(korea, india)) {
      assertFalse(a.geography().mentions().isEmpty());
      for (PlacePoint p : a.geography().mentions()) {
        assertNotNull(p.entityId(), p.toString());
        assertEquals(p.placeId() != null, p.hasPoint(), p.toString());
        assertTrue(p.confidence() >= 0 && p.confidence() <= 1, p.toString());
        if (p.hasPoint()) {
          assertFalse(p.lat() == 0 && p.lon() == 0, p.toString());
        }
      }
    }
  }

  @Test
  void events_take_their_place_from_their_sentence_or_else_the_dateline_and_say_which() {
    for (AnalyzedArticle a : List.of(korea, india)) {
      assertFalse(a.geography().events().isEmpty());
      for (Geography.EventPlace e : a.geography().events()) {
        if (e.from() == Geography.From.DATELINE) {
          assertEquals(a.geography().dateline(), e.place());
        } else {
          assertTrue(a.geography().mentions().contains(e.place()), e.toString());
        }
      }
    }
    assertEquals("Seoul", korea.geography().dateline().name());
    assertEquals("New Delhi", india.geography().dateline().name());
  }
}
