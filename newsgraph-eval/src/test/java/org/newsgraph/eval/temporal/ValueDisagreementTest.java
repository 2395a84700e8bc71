package org.newsgraph.eval.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ValueDisagreementTest {
  @Test
  void equal_values_are_no_disagreement() {
    assertNull(ValueDisagreement.of("1998-W33", "1998-W33"));
    assertNull(ValueDisagreement.of(" 1998 ", "1998"));
  }

  @Test
  void the_same_value_in_another_notation() {
    assertEquals(ValueDisagreement.NOTATION, ValueDisagreement.of("2000-W7", "2000-W07"));
    assertEquals(ValueDisagreement.NOTATION, ValueDisagreement.of("1989-11-06T17", "1989-11-06T17:00"));
    assertEquals(ValueDisagreement.NOTATION, ValueDisagreement.of("198X", "198"));
    assertEquals(ValueDisagreement.NOTATION, ValueDisagreement.of("1994-XX-XX", "1994"));
    assertEquals(ValueDisagreement.NOTATION, ValueDisagreement.of("19XX", "19"));
  }

  @Test
  void a_part_of_day_on_one_side() {
    assertEquals(ValueDisagreement.DAY_PART, ValueDisagreement.of("2000-01-05", "2000-01-05TNI"));
    assertEquals(ValueDisagreement.DAY_PART, ValueDisagreement.of("1998-08-07TMO", "1998-08-07"));
  }

  @Test
  void gold_that_leaves_digits_open() {
    assertEquals(ValueDisagreement.GOLD_UNDERSPECIFIED, ValueDisagreement.of("1989-WXX", "1989-W43"));
    assertEquals(ValueDisagreement.GOLD_UNDERSPECIFIED, ValueDisagreement.of("1988-QX", "1988-Q3"));
    // the open digits are the gold's; a prediction that leaves them open is a plain disagreement
    assertEquals(ValueDisagreement.OTHER, ValueDisagreement.of("1989-W43", "1989-WXX"));
  }

  @Test
  void one_period_inside_the_other() {
    assertEquals(ValueDisagreement.NESTED_PERIOD, ValueDisagreement.of("1988", "1988-Q3"));
    assertEquals(ValueDisagreement.NESTED_PERIOD, ValueDisagreement.of("1998-10-23", "1998-10"));
  }

  @Test
  void different_times_or_kinds() {
    assertEquals(ValueDisagreement.OTHER, ValueDisagreement.of("1998-08-07", "1998-08-14"));
    assertEquals(ValueDisagreement.OTHER, ValueDisagreement.of("P1W", "1998-W33"));
    assertEquals(ValueDisagreement.OTHER, ValueDisagreement.of("1998-12-XX", "1998-W49"));
    assertEquals(ValueDisagreement.OTHER, ValueDisagreement.of("PRESENT_REF", "1998-03-05"));
    assertEquals(ValueDisagreement.OTHER, ValueDisagreement.of("1989-WXX", "")); // a system that gave no value
    assertEquals(ValueDisagreement.OTHER, ValueDisagreement.of("", "1989"));
    assertEquals(ValueDisagreement.OTHER, ValueDisagreement.of(null, "1989"));
  }
}
