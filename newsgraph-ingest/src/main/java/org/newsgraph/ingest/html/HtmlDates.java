package org.newsgraph.ingest.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Dates as metadata writes them: ISO 8601, RFC 1123, "Nov 19, 2019", or Unix seconds/milliseconds. */
public final class HtmlDates {
  private HtmlDates() {}

  /** The date, or null when {@code s} is not a date. */
  public static LocalDate parse(String s) {
    if (s != null && s.strip().matches("\\d{9,13}")) {
      long v = Long.parseLong(s.strip());
      Instant i = v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
      return i.atZone(ZoneOffset.UTC).toLocalDate();
    }
    return MetadataReader.date(s);
  }
}
