package org.newsgraph.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for the offset of a time expression from an unknown publication date ({@link TimeExpression#relative()}):
 * {@code -P1Y} is "the year before publication", {@code -P3D} "3 days before publication", {@code P0W} "the week of
 * publication".
 */
public final class RelativeOffset {
  private static final Pattern OFFSET = Pattern.compile("(-?)P(\\d+)([DWMQY])");

  private RelativeOffset() {}

  /** The offset in words, or null when {@code offset} is null or not of the form {@code [-]P<n><D|W|M|Q|Y>}. */
  public static String describe(String offset) {
    if (offset == null) {
      return null;
    }
    Matcher m = OFFSET.matcher(offset);
    if (!m.matches()) {
      return null;
    }
    String unit = switch (m.group(3)) {
      case "D" -> "day";
      case "W" -> "week";
      case "M" -> "month";
      case "Q" -> "quarter";
      default -> "year";
    };
    long n = Long.parseLong(m.group(2));
    if (n == 0) {
      return "the " + unit + " of publication";
    }
    String side = m.group(1).isEmpty() ? " after publication" : " before publication";
    return (n == 1 ? "the " + unit : n + " " + unit + "s") + side;
  }
}
