package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;

/** TimeML as {@code analyze --format timeml} writes it, without NLP. */
class TimeMlWriterTest {
  /** Removes tags and unescapes the three entities the writer produces. */
  private static String strip(String tagged) {
    return tagged.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  @Test
  void written_timeml_gives_back_the_exact_text_once_tags_are_removed() {
    String text = "Profits <rose> 5% & more on Friday,\n\n“after” a year — then fell.";
    int f = text.indexOf("Friday");
    int y = text.indexOf("a year");
    List<TimeExpression> times = List.of(
        new TimeExpression(new Span(y, y + 6), TimexType.DURATION, "P1Y", null, null, null),
        new TimeExpression(new Span(f, f + 6), TimexType.DATE, "2025-01-31", "APPROX", LocalDate.of(2025, 1, 31),
            LocalDate.of(2025, 2, 1)));
    String out = new TimeMlWriter().write(text, times);
    assertEquals(text, strip(out));
    assertTrue(out.contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-01-31\" mod=\"APPROX\">Friday</TIMEX3>"),
        out);
    assertTrue(out.contains("<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P1Y\">a year</TIMEX3>"), out);
    assertTrue(out.contains("&lt;rose&gt; 5% &amp; more"));
  }

  @Test
  void overlapping_expressions_are_written_once() {
    String text = "late last year";
    List<TimeExpression> times = List.of(
        new TimeExpression(new Span(0, 14), TimexType.DATE, "2024", "END", null, null),
        new TimeExpression(new Span(5, 14), TimexType.DATE, "2024", null, null, null));
    String out = new TimeMlWriter().write(text, times);
    assertEquals(1, out.split("<TIMEX3", -1).length - 1);
    assertEquals(text, strip(out));
  }
}
