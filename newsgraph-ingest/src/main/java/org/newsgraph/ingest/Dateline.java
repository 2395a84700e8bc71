package org.newsgraph.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Work;

/**
 * The dateline that opens a wire story: "SEOUL:", "NEW DELHI:", "WASHINGTON (Reuters) -", "LONDON, Feb 4 (AFP) —".
 *
 * @param place     the place as printed ("SEOUL")
 * @param agency    the agency named in it ("Reuters"), else null
 * @param length    how many characters of the paragraph it takes, separator and following space included
 */
public record Dateline(String place, String agency, int length) {
  // An upper-case place of 1-4 words, an optional ", date" part, an optional "(Agency)", then a colon or dash. The
  // blanks before the agency and those after it are two runs that cannot meet: two optional runs side by side would
  // try every split of one long run of blanks between them (the square of its length).
  private static final Pattern PATTERN = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}.'’-]*(?: \\p{Lu}[\\p{Lu}.'’-]*){0,3})"
          + "(?:,\\s*[\\p{L}. ]{2,30}?(?:\\s+\\d{1,2})?){0,2}"
          + "\\s*(?:\\((\\p{L}[\\p{L}/ ]{0,30})\\)\\s*)?"
          + "(?::|\\s[-—–]{1,2})\\s+");

  /** The dateline that opens {@code paragraph}, if any. */
  public static Optional<Dateline> find(String paragraph) {
    Matcher m = PATTERN.matcher(Work.text(paragraph));
    if (!m.find()) {
      return Optional.empty();
    }
    String place = m.group(1).strip();
    if (place.length() < 2 || !place.chars().anyMatch(Character::isLetter)) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(place, m.group(2), m.end()));
  }
}
