package org.newsgraph.nlp.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("models")
class SuTimeTest {
  private static final SuTime SUTIME = new SuTime();

  @Test
  void sutime_resolves_relative_dates_against_the_document_date_given() {
    String text = "The minister arrived on Friday. The talks ended in January 2024 after three days.";
    List<SuTime.Timex3> a = SUTIME.tag(text, LocalDate.of(2025, 2, 5)).timexes();
    List<SuTime.Timex3> b = SUTIME.tag(text, LocalDate.of(2025, 3, 12)).timexes();
    assertTrue(a.stream().anyMatch(t -> t.type().equals("DATE") && "2024-01".equals(t.value())), a.toString());
    assertTrue(a.stream().anyMatch(t -> t.type().equals("DURATION") && "P3D".equals(t.value())), a.toString());
    SuTime.Timex3 fa = a.stream().filter(t -> text.substring(t.begin(), t.end()).contains("Friday"))
        .findFirst().orElseThrow();
    SuTime.Timex3 fb = b.stream().filter(t -> text.substring(t.begin(), t.end()).contains("Friday"))
        .findFirst().orElseThrow();
    assertTrue(fa.value().startsWith("2025-0"), fa.toString());
    assertTrue(!fa.value().equals(fb.value()), "the document date changes the value: " + fa + " " + fb);
  }

  @Test
  void offsets_point_into_the_text_given() {
    String text = "Nothing happened.\n\nThen on March 3, 2021 it rained.";
    List<SuTime.Timex3> t = SUTIME.tag(text, LocalDate.of(2021, 3, 10)).timexes();
    assertEquals(1, t.size(), t.toString());
    assertEquals("March 3, 2021", text.substring(t.get(0).begin(), t.get(0).end()));
    assertEquals("2021-03-03", t.get(0).value());
  }

  @Test
  void text_with_no_dates_gives_nothing() {
    assertEquals(List.of(), SUTIME.tag("No dates here at all.", LocalDate.of(2021, 3, 10)).timexes());
  }
}
