package org.newsgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodsTest {
  private static String label(String b, String e) {
    return Periods.label(b == null ? null : LocalDate.parse(b), e == null ? null : LocalDate.parse(e));
  }

  @Test
  void calendar_units_read_as_their_names() {
    assertEquals("2025-01-31", label("2025-01-31", "2025-02-01"));
    assertEquals("2024-12", label("2024-12-01", "2025-01-01"));
    assertEquals("2024-Q3", label("2024-07-01", "2024-10-01"));
    assertEquals("2024", label("2024-01-01", "2025-01-01"));
    assertEquals("2025-W05", label("2025-01-27", "2025-02-03"));
    assertEquals("2020-W53", label("2020-12-28", "2021-01-04")); // the ISO week-based year, not the calendar one
  }

  @Test
  void other_spans_read_as_first_and_last_day_and_open_ones_with_an_empty_side() {
    assertEquals("2025-01-11..2025-01-20", label("2025-01-11", "2025-01-21"));
    assertEquals("2024-08-01..2024-10-31", label("2024-08-01", "2024-11-01")); // not a calendar quarter
    assertEquals("2025-01-11..", label("2025-01-11", null)); // since mid-January
    assertEquals("..2025-01-31", label(null, "2025-02-01")); // by Friday
    assertEquals("", label(null, null));
  }
}
