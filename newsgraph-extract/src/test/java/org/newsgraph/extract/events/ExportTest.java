package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Span;
import org.newsgraph.extract.Analysis;
import org.newsgraph.extract.events.export.CameoTable;
import org.newsgraph.extract.events.export.GdeltExport;
import org.newsgraph.extract.events.export.PloverExport;
import org.newsgraph.testkit.TestArticles;

/** PLOVER JSON and GDELT rows from a short analysed text. */
@Tag("models")
class ExportTest {
  private static final String TEXT = "Israeli troops killed three Palestinians in Samarra on Sunday. "
      + "Egypt will release 20 prisoners.";
  private static final AnalyzedArticle A = new EventStage().apply(Analysis.upToTimes(
      TestArticles.oneParagraph(TEXT, LocalDate.of(2024, 5, 7))));

  @Test
  void plover_records_carry_the_coded_event_actors_and_the_newsgraph_extras() {
    List<Map<String, Object>> records = PloverExport.records(A);
    assertEquals(A.events().size(), records.size());
    Map<String, Object> kill = records.get(0);
    assertEquals(List.of("ASSAULT"), kill.get("event"));
    assertEquals("2024-05-05", kill.get("date"), "the Sunday before publication");
    @SuppressWarnings("unchecked")
    Map<String, Object> actor = ((List<Map<String, Object>>) kill.get("actor")).get(0);
    assertEquals("ISR", actor.get("code"));
    assertEquals("MIL", actor.get("sector"));
    Map<String, Object> release = records.get(records.size() - 1);
    assertEquals(List.of("AGREE"), release.get("event"), "a promised release is an AGREE in PLOVER's coding");
    @SuppressWarnings("unchecked")
    Map<String, Object> ng = (Map<String, Object>) release.get("newsgraph");
    assertEquals("RETREAT", ng.get("type"));
    assertEquals("planned", ng.get("modality"));
    assertTrue(PloverExport.jsonLines(A).lines().allMatch(l -> l.startsWith("{\"id\":")));
  }

  @Test
  void an_article_read_back_without_sentences_exports_with_the_trigger_paragraph_as_text() {
    String first = "Israeli troops killed three Palestinians in Samarra on Sunday.";
    Article article = new Article(A.article().id(), "test", null, null, null, null, LocalDate.of(2024, 5, 7), null,
        List.of(), List.of(), List.of(new Span(0, first.length()), new Span(first.length() + 1, TEXT.length())), "en",
        TEXT);
    AnalyzedArticle stored = new AnalyzedArticle(article, List.of(), A.entities(), A.mentions(), A.times(),
        A.claims(), A.events(), EnumSet.of(Facet.TEXT, Facet.ENTITIES, Facet.TIMES, Facet.EVENTS), A.stageIds());
    List<Map<String, Object>> records = PloverExport.records(stored);
    assertEquals(A.events().size(), records.size());
    assertEquals(first, records.get(0).get("text"));
    assertEquals(TEXT.substring(first.length() + 1), records.get(records.size() - 1).get("text"));
  }

  @Test
  void gdelt_rows_have_the_61_columns_cameo_codes_and_the_place_coordinates() {
    List<List<String>> rows = GdeltExport.rows(A, 100);
    assertEquals(61, GdeltExport.HEADER.size());
    List<String> kill = rows.get(0);
    assertEquals(61, kill.size());
    assertEquals("100", col(kill, "GLOBALEVENTID"));
    assertEquals("20240505", col(kill, "SQLDATE"));
    assertEquals("19", col(kill, "EventRootCode"));
    assertEquals("4", col(kill, "QuadClass"));
    assertEquals("ISRMIL", col(kill, "Actor1Code"));
    assertTrue(col(kill, "ActionGeo_Lat").startsWith("34."), "Samarra lies at 34°N");
    assertEquals("1", col(rows.get(rows.size() - 1), "QuadClass"), "a promise is verbal cooperation");
    assertEquals("1823".substring(0, 2), CameoTable.root("1823"));
  }

  private static String col(List<String> row, String name) {
    return row.get(GdeltExport.HEADER.indexOf(name));
  }
}
