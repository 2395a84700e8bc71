package org.newsgraph.stories.events;

import java.time.LocalDate;

/**
 * One happening has one time: a mention whose own resolved time and an instance's are both narrow (a day, a week,
 * a month) and lie more than a week apart is not the same event, whatever the words share ("OPEC's December
 * agreement" and "last Sunday's agreement"; a meeting "today" and another "on March 17"). The event-link model
 * cannot learn this: its training data (ECB+) is undated, so almost no pair there has two resolved times. The bounds
 * are set a priori: reports of one event differ on its day by a day or two (time zones, "yesterday" read against
 * another date), and a weekday resolved against the wrong week lands exactly seven days off, so only a gap over a
 * week counts; a time wider than a month (a year, a season, "the past decade") says too little to tell.
 */
final class DatesApart {
  /** Widest time (days, end exclusive) still precise enough to tell two happenings apart. */
  static final int NARROW_DAYS = 31;
  /** Days between two narrow times over which they name different happenings. */
  static final int GAP_DAYS = 7;

  private DatesApart() {}

  /**
   * Whether mention {@code m} and instance {@code i} have narrow times more than {@link #GAP_DAYS} apart. Only times
   * the event stage gave an event of ours count (a typed mention and instance): a mention without one takes the first
   * time of its sentence, which is often another happening's ("announced today that repairs made on 29 October").
   */
  static boolean far(EventMention m, EventInstanceState i) {
    if (m.type() == null || i.type() == null) {
      return false;
    }
    return far(m.begin(), m.end(), i.begin(), i.end());
  }

  static boolean far(LocalDate b1, LocalDate e1, LocalDate b2, LocalDate e2) {
    if (b1 == null || e1 == null || b2 == null || e2 == null || !narrow(b1, e1) || !narrow(b2, e2)) {
      return false;
    }
    long gap = e1.isAfter(b2) ? b1.toEpochDay() - e2.toEpochDay() : b2.toEpochDay() - e1.toEpochDay();
    // end is exclusive: touching intervals have gap 0; the later one starting 8 days after the earlier ends: gap 8
    return gap + 1 > GAP_DAYS;
  }

  private static boolean narrow(LocalDate b, LocalDate e) {
    long w = e.toEpochDay() - b.toEpochDay();
    return w >= 1 && w <= NARROW_DAYS;
  }
}
