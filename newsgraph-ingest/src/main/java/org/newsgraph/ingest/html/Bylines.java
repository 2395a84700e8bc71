package org.newsgraph.ingest.html;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises byline lines, alone or with their stamp: "By Phil Helsel", "By LISA MASCARO, MARY CLARE JALONICK and
 * ERIC TUCKER", "by Regan September 15, 2014", "5:45 AM PST 11/19/2019 by Patrick Shanley", "Posted on October 27,
 * 2015 by Admin", "Von Moritz Bachmann publiziert am 25. September 2018".
 */
final class Bylines {
  private static final Set<String> BY = Set.of("by", "von", "por", "par", "door", "di", "da");
  /** Words that may come before "by": the stamp's own words are handled by {@link Stamps}. */
  private static final Set<String> LEAD = Set.of("written", "posted", "story", "words", "text", "report", "reported",
      "photos", "published", "updated", "on");
  /** Joining words inside a list of names. */
  private static final Set<String> JOIN = Set.of("and", "&", "und", "y", "et", "e", "de", "van", "von", "da", "del",
      "der", "la", "le", "di", "bin", "al");
  /** Words between the names and a trailing stamp in some languages ("publiziert am", "publicado em"). */
  private static final Set<String> TAIL = Set.of("publiziert", "veröffentlicht", "am", "publicado", "em", "el",
      "publié", "le", "on", "|", "-", "–", "—", "·");
  private static final int MAX_NAMES = 10;

  private Bylines() {}

  static boolean isByline(String line) {
    if (line.length() > 120) {
      return false;
    }
    String[] w = line.strip().split("\\s+");
    int by = -1;
    for (int i = 0; i < w.length; i++) {
      if (BY.contains(w[i].toLowerCase(Locale.ROOT).replace(":", ""))) {
        by = i;
        break;
      }
    }
    if (by < 0 || by + 1 >= w.length) {
      return false;
    }
    if (by > 0 && !lead(Arrays.copyOfRange(w, 0, by))) {
      return false;
    }
    int i = by + 1;
    int names = 0;
    while (i < w.length && names <= MAX_NAMES) {
      String t = w[i].replaceAll("[,;]+$", "");
      if (Stamps.isCalendarWord(t)) {
        break; // the stamp after the names
      } else if (isName(t)) {
        names++;
      } else if (!JOIN.contains(t.toLowerCase(Locale.ROOT))) {
        break;
      }
      i++;
    }
    if (names == 0 || names > MAX_NAMES) {
      return false;
    }
    while (i < w.length && TAIL.contains(w[i].toLowerCase(Locale.ROOT))) {
      i++;
    }
    return i == w.length || Stamps.isStamp(String.join(" ", Arrays.copyOfRange(w, i, w.length)));
  }

  private static boolean lead(String[] words) {
    String s = String.join(" ", words);
    if (Stamps.isStamp(s)) {
      return true;
    }
    for (String x : words) {
      if (!LEAD.contains(x.toLowerCase(Locale.ROOT).replace(":", ""))) {
        return Stamps.isStamp(s.replaceAll("(?i)\\b(written|posted|published|updated|on)\\b", " ").strip());
      }
    }
    return true;
  }

  /** A capitalised word (or initial) of a name: "Helsel", "MASCARO", "J.", "O'Neill", "Jean-Luc". */
  private static boolean isName(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && t.chars().allMatch(c -> Character.isLetter(c)
        || c == '.' || c == '\'' || c == '’' || c == '-');
  }
}
