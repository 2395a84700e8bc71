package org.newsgraph.app.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time to list new matches from, as a reader writes it: an instant ({@code 2025-03-01T08:00:00Z}), a day
 * ({@code 2025-03-01}, from its start in UTC), or a time ago ({@code 90m}, {@code 24h}, {@code 7d}, {@code 2w}).
 */
public final class Since {
  private static final Pattern AGO = Pattern.compile("(\\d{1,6})\\s*([mhdw])");

  private Since() {}

  /** The instant {@code text} names, read against {@code now}; an {@link IllegalArgumentException} if none. */
  public static Instant parse(String text, Instant now) {
    String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Matcher m = AGO.matcher(s);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Duration d = switch (m.group(2)) {
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        case "d" -> Duration.ofDays(n);
        default -> Duration.ofDays(7 * n);
      };
      return now.minus(d);
    }
    try {
      return s.length() == 10 ? LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC)
          : Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("since must be a time like 2025-03-01T08:00:00Z, a day like 2025-03-01 or a"
          + " time ago like 24h or 7d, not '" + text + "'");
    }
  }
}
