package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Work;

/** Recognises the page furniture that news sites wrap around an article when it is copied as text. */
final class Furniture {
  private static final Set<String> LINES = Set.of("short url", "follow", "share", "print", "email", "e-mail",
      "copy link", "link copied", "advertisement", "ad", "read more", "subscribe", "save", "comments",
      "share this article", "share on facebook", "share on twitter", "share on whatsapp", "listen", "tweet",
      "more", "menu", "close", "sign in", "log in", "newsletter", "related", "most popular", "trending",
      "follow us", "skip to content", "back to top", "top stories");

  /**
   * "Updated 04 February 2025", "Published: Feb 4, 2025 14:30", "Last updated 2025-02-04". Matched against the
   * stripped line, so the date runs to its end: no lazy group before trailing blanks, which made "Updated x", a long
   * run of spaces and a letter take time that grows with the square of the run.
   */
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?i)^(updated|last updated|published|posted|first published)\\s*(?:on)?\\s*:?\\s*(.+)$");

  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d uuuu", Locale.ENGLISH),
      DateTimeFormatter.ISO_LOCAL_DATE);

  private Furniture() {}

  static boolean isFurniture(String line) {
    String l = line.strip().toLowerCase(Locale.ROOT);
    return LINES.contains(l) || l.length() < 80 && l.matches("(?i)(photo|image|video)\\s*(credit)?\\s*:.*");
  }

  /** A dated header line: whether it is an update or a publication, and the date. */
  record DateLine(boolean updated, LocalDate date) {}

  static Optional<DateLine> dateLine(String line) {
    Work.step(line.length());
    Matcher m = DATE_LINE.matcher(Work.text(line.strip()));
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<LocalDate> d = parseDate(m.group(2));
    boolean updated = m.group(1).toLowerCase(Locale.ROOT).contains("updated");
    return d.map(date -> new DateLine(updated, date));
  }

  /** Parses the date at the start of {@code s}, ignoring a trailing time, weekday or time zone. */
  static Optional<LocalDate> parseDate(String s) {
    String cleaned = s.replaceAll("(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+", "")
        .replaceAll("(\\d)(st|nd|rd|th)\\b", "$1")
        .replace(",", " ")
        .replace(".", " ")
        .replaceAll("\\s+", " ")
        .strip();
    String[] words = cleaned.split(" ");
    // Try the first 3 words (a date), then the first one (ISO), so "04 February 2025 14:30 GMT" parses.
    for (int n = Math.min(3, words.length); n >= 1; n--) {
      String candidate = String.join(" ", java.util.Arrays.copyOf(words, n));
      if (candidate.length() >= 10 && candidate.charAt(4) == '-' && candidate.length() > 10) {
        candidate = candidate.substring(0, 10);
      }
      for (DateTimeFormatter f : DATE_FORMATS) {
        try {
          return Optional.of(LocalDate.parse(candidate, f));
        } catch (DateTimeParseException e) {
          // try the next format
        }
      }
    }
    return Optional.empty();
  }

  /** Summary highlights: lines that start with a bullet sign. */
  static boolean isBullet(String line) {
    String s = line.strip();
    return !s.isEmpty() && "•◦▪▸►‣·*".indexOf(s.charAt(0)) >= 0;
  }

  static String stripBullet(String line) {
    return line.strip().substring(1).strip();
  }
}
