package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.Optional;

/** Written dates as news pages print them ("04 February 2025", "Feb 4, 2025 14:30", "2025-02-04"), for readers. */
public final class Dates {
  private Dates() {}

  /** The date at the start of {@code s}, ignoring a weekday before it and a time or zone after it. */
  public static Optional<LocalDate> parse(String s) {
    return s == null ? Optional.empty() : Furniture.parseDate(s);
  }
}
