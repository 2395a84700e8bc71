package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;

/** Offsets from a date in the unit of a value's granularity, and the agreement over probe dates. */
class RelativeOffsetsTest {
  private static final LocalDate WED = LocalDate.of(2010, 6, 16);

  @Test
  void each_granularity_counts_in_its_own_unit() {
    assertEquals("-P1Y", RelativeOffsets.offset("2009", WED));
    assertEquals("P2M", RelativeOffsets.offset("2010-08", WED));
    assertEquals("-P7M", RelativeOffsets.offset("2009-11", WED));
    assertEquals("P0D", RelativeOffsets.offset("2010-06-16", WED));
    assertEquals("-P3D", RelativeOffsets.offset("2010-06-13", WED));
    assertEquals("P0W", RelativeOffsets.offset("2010-W24", WED), "14-20 June 2010 is ISO week 24");
    assertEquals("-P1W", RelativeOffsets.offset("2010-W23", WED));
    assertEquals("P1W", RelativeOffsets.offset("2011-W01", LocalDate.of(2010, 12, 29)), "across the year's end");
    assertEquals("-P1Q", RelativeOffsets.offset("2010-Q1", WED));
    assertNull(RelativeOffsets.offset("2010-SU", WED), "seasons have no offset unit");
    assertNull(RelativeOffsets.offset("PAST_REF", WED));
  }

  @Test
  void an_expression_is_an_offset_only_when_every_probe_agrees() {
    Span lastYear = new Span(0, 9);
    Span tuesday = new Span(10, 17);
    List<TimeExpression> undated = List.of(
        new TimeExpression(lastYear, TimexType.DATE, "XXXX", null, null, null),
        new TimeExpression(tuesday, TimexType.DATE, "XXXX-WXX-2", null, null, null));
    // a tagger that puts "last year" a year back and "Tuesday" on the Tuesday on or before each probe
    List<TimeExpression> out = RelativeOffsets.of(undated, probe -> List.of(
        new TimeExpression(lastYear, TimexType.DATE, String.valueOf(probe.getYear() - 1), null, null, null),
        new TimeExpression(tuesday, TimexType.DATE,
            probe.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.TUESDAY)).toString(),
            null, null, null)));
    assertEquals("-P1Y", out.get(0).relative());
    assertNull(out.get(1).relative(), "the probes fall on different weekdays");
  }

  @Test
  void a_text_without_unresolved_dates_is_not_tagged_again() {
    List<TimeExpression> dated = List.of(new TimeExpression(new Span(0, 4), TimexType.DATE, "2019", null,
        LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1)));
    assertEquals(dated, RelativeOffsets.of(dated, probe -> {
      throw new AssertionError("tagged again");
    }));
  }
}
