package org.newsgraph.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the publication-stamp lines that pages print around an article ("Published Nov 18, 2019 at 4:07 PM |
 * Updated at 5:36 PM CST", "Updated an hour ago", "2019-11-13T23:06:00+01:00"): lines made only of dates, times,
 * zones and the words that introduce them.
 */
final class Stamps {
  private static final Set<String> WORDS = Set.of("published", "updated", "posted", "last", "first", "modified",
      "edited", "original", "originally", "on", "at", "ago", "an", "a", "hour", "hours", "minute", "minutes", "min",
      "mins", "day", "days", "week", "weeks", "yesterday", "today", "am", "pm", "a.m", "p.m", "and", "date", "time",
      "just", "now", "of", "the", "since");
  private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december");
  private static final Set<String> DAYS = Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
      "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  /** Glued words of a flattened layout: "ESTUpdated", "AMUpdated". */
  private static final Pattern GLUED = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z]{2})(?=[A-Z][a-z])");
  /** A clock time or an ISO date inside a token: "4:07", "2019-11-13T23:06". */
  private static final Pattern CLOCK = Pattern.compile("\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\d");
  private static final Pattern ZONE = Pattern.compile("[A-Z]{2,4}|UTC[+-]?\\d*|GMT[+-]?\\d*");

  private Stamps() {}

  /** Whether {@code word} names a month or a weekday ("Sept.", "Monday"). */
  static boolean isCalendarWord(String word) {
    String l = word.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
    return MONTHS.contains(l) || DAYS.contains(l);
  }

  /** Whether {@code line} is nothing but a date/time stamp (with a date or time, or a relative "… ago"). */
  static boolean isStamp(String line) {
    if (line.length() > 120) {
      return false;
    }
    boolean dated = false;
    for (String raw : GLUED.matcher(line).replaceAll(" ").split("[\\s,;|·•/@()\\[\\]–—-]+")) {
      String w = raw.replaceAll("[.:]+$", "");
      if (w.isEmpty()) {
        continue;
      }
      String l = w.toLowerCase(Locale.ROOT);
      if (MONTHS.contains(l.replace(".", "")) || "ago".equals(l) || CLOCK.matcher(w).find()) {
        dated = true; // a bare number is not enough: table cells and counts are numbers too
      } else if (w.matches("\\d[\\d:.T+Zz]*(st|nd|rd|th|am|pm|AM|PM|h)?")) {
        continue;
      } else if (!WORDS.contains(l) && !DAYS.contains(l.replace(".", "")) && !ZONE.matcher(w).matches()) {
        return false;
      }
    }
    return dated;
  }
}
