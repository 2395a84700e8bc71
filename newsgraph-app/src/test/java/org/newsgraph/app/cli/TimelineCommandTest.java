package org.newsgraph.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.TimelineEntry;

class TimelineCommandTest {
  @Test
  void an_offset_of_an_undated_article_prints_in_words_after_the_dates() {
    StringWriter s = new StringWriter();
    TimelineCommand.print(List.of(
        new TimelineEntry(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), "2025-03", "March", "a1", "H",
            "Talks resume in March.", null),
        new TimelineEntry(null, null, "XXXX", "last year", "a2", "H2", "Profits fell last year.", "-P1Y")),
        new PrintWriter(s, true));
    assertEquals(List.of(
        "  2025-03-01 2025-03      \"March\"  Talks resume in March.",
        "  undated    XXXX         \"last year\" (the year before publication; the article has no date)"
            + "  Profits fell last year."), s.toString().lines().toList());
  }
}
