package org.newsgraph.ingest.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * When to poll a feed next: {@code every} after a poll that went through; after failures in a row, the wait
 * doubles with each one (every, 2 every, 4 every ...) up to {@code maxBackoff}, so that a feed that is down is
 * asked less and less often, and one that comes back is polled on time again.
 */
public record Schedule(Duration every, Duration maxBackoff) {
  public Instant afterSuccess(Instant now) {
    return now.plus(every);
  }

  public Instant afterFailures(Instant now, int failuresInARow) {
    int doublings = Math.min(Math.max(0, failuresInARow - 1), 30);
    double seconds = every.toMillis() / 1000.0 * Math.pow(2, doublings);
    long ms = (long) Math.min(seconds * 1000, Math.max(maxBackoff.toMillis(), every.toMillis()));
    return now.plusMillis(ms);
  }

  /** "15m", "2h", "45s", "1h30m": the parse of {@code --every}. */
  public static Duration parse(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)([hms])").matcher(t);
    double seconds = 0;
    int at = 0;
    while (m.find() && m.start() == at) {
      double n = Double.parseDouble(m.group(1));
      seconds += switch (m.group(2)) {
        case "h" -> n * 3600;
        case "m" -> n * 60;
        default -> n;
      };
      at = m.end();
    }
    if (at != t.length() || at == 0 || seconds <= 0) {
      throw new IllegalArgumentException("not a duration like 15m, 2h, 90s or 1h30m: '" + text + "'");
    }
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  /** A duration as the log shows it: "15m", "1h30m", "45s". */
  public static String show(Duration d) {
    long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
    if (s < 60) {
      return s + "s";
    }
    long h = s / 3600;
    long m = s / 60 % 60;
    long r = s % 60;
    return (h > 0 ? h + "h" : "") + (m > 0 ? m + "m" : "") + (r > 0 && h == 0 ? r + "s" : "");
  }
}
