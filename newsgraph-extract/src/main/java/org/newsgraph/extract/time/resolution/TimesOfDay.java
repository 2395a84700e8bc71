package org.newsgraph.extract.time.resolution;

import java.util.Locale;
import org.newsgraph.core.TimexType;

/** Times of day: the TIMEX3 codes of the parts of a day, and a day turned into a time on it. */
public final class TimesOfDay {
  private TimesOfDay() {}

  public static String partOfDayCode(String p) {
    switch (p.toLowerCase(Locale.ROOT)) {
      case "morning":
        return "MO";
      case "afternoon":
        return "AF";
      case "evening":
        return "EV";
      default:
        return "NI";
    }
  }

  public static TimexValue timeOfDay(TimexValue day, String code) {
    if (day == null) {
      return null;
    }
    String v = day.value().startsWith("XXXX-WXX") || day.value().contains("X") ? day.value() + "T" + code
        : day.value() + "T" + code;
    return new TimexValue(TimexType.TIME, v, day.mod(), day.begin(), day.end(), Granularity.TIME);
  }

  public static TimexValue timeOf(TimexValue day, String hhmm) {
    return new TimexValue(TimexType.TIME, day.value() + "T" + hhmm, null, day.begin(), day.end(), Granularity.TIME);
  }
}
