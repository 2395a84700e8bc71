package org.newsgraph.extract.time.resolution;

import java.time.LocalDate;
import org.newsgraph.core.TimexType;

/**
 * What a rule produced before it is placed in the text: the TIMEX3 type, value and mod, the interval [begin, end) it
 * resolved to (either end may be null) and its granularity (null for durations, sets and open periods).
 */
public record TimexValue(TimexType type, String value, String mod, LocalDate begin, LocalDate end,
    Granularity granularity) {
  public TimexValue withMod(String m) {
    return new TimexValue(type, value, m, begin, end, granularity);
  }

  public TimexValue withType(TimexType t) {
    return new TimexValue(t, value, mod, begin, end, granularity);
  }

  public TimexValue withValue(String v) {
    return new TimexValue(type, v, mod, begin, end, granularity);
  }

  public TimexValue withInterval(LocalDate b, LocalDate e) {
    return new TimexValue(type, value, mod, b, e, granularity);
  }
}
