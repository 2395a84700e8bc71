package org.newsgraph.eval.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Span;
import org.newsgraph.extract.claims.BratAttribution;
import org.newsgraph.extract.claims.BratWriter;

/** Our claims written as PolNeAR-scheme brat and read back; PolNeAR's own layout read from a small fixture. */
class BratRoundTripTest {
  private static final String TEXT = "“We will rebuild the bridge,” the mayor said, “and finish it\nthis year.”\n"
      + "Exports fell, according to the office.";

  private static Span span(String part) {
    int i = TEXT.indexOf(part);
    return new Span(i, i + part.length());
  }

  @Test
  void claims_written_as_brat_read_back_with_the_same_spans() {
    Claim split = new Claim("c1", span("the mayor"), null, span("said"),
        List.of(span("“We will rebuild the bridge,”"), span("“and finish it\nthis year.”")), Claim.Kind.DIRECT, null,
        LocalDate.of(2024, 1, 1), false, Claim.Stance.ASSERTED, 0);
    Claim noSource = new Claim("c2", null, null, span("according to"), List.of(span("Exports fell")),
        Claim.Kind.INDIRECT, null, null, false, Claim.Stance.ASSERTED, 1);
    String ann = BratWriter.write(TEXT, List.of(split, noSource));
    assertTrue(ann.contains("\tAttribution-no-source "), ann);
    assertEquals(ann.lines().count(), ann.split("\n").length, "one entry per line, even over a newline");
    List<BratAttribution> back = BratReader.read(ann, TEXT.length());
    assertEquals(List.of(AttributionEvaluation.brat(split), AttributionEvaluation.brat(noSource)), back);
  }

  @Test
  void polnear_layout_with_fragments_multiline_text_and_a_second_content() throws IOException {
    String text;
    String ann;
    try (InputStream t = getClass().getResourceAsStream("polnear-like.txt");
        InputStream a = getClass().getResourceAsStream("polnear-like.ann")) {
      text = new String(t.readAllBytes(), StandardCharsets.UTF_8);
      ann = new String(a.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<BratAttribution> gold = BratReader.read(ann, text.length());
    assertEquals(2, gold.size());
    BratAttribution first = gold.get(0);
    assertEquals("Officials", first.source().get(0).of(text));
    assertEquals(2, first.content().size(), "a discontinuous content span");
    assertEquals("said", first.cue().get(0).of(text));
    BratAttribution second = gold.get(1);
    assertTrue(second.source().isEmpty());
    assertEquals(2, second.content().size(), "Content and Content2 together");
    assertTrue(second.content().get(0).of(text).contains("\n"), "a span over a newline");
  }

  @Test
  void a_span_past_the_end_of_the_text_is_an_error_with_its_line() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BratReader.read("T1\tCue 5 500\tsaid\n", 20));
    assertTrue(e.getMessage().startsWith("line 1:"), e.getMessage());
  }
}
