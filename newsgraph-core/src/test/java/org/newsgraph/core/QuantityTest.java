package org.newsgraph.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.Quantity.Qualifier;

class QuantityTest {
  private static Quantity troops(Qualifier q, double v) {
    return new Quantity(new Span(0, 1), q, v, null, null, "troop");
  }

  @Test
  void more_than_ten_thousand_and_twelve_thousand_can_both_be_true() {
    assertTrue(troops(Qualifier.OVER, 10_000).compatibleWith(troops(Qualifier.EXACT, 12_000)));
    assertTrue(troops(Qualifier.EXACT, 12_000).compatibleWith(troops(Qualifier.OVER, 10_000)));
  }

  @Test
  void ten_thousand_and_three_thousand_disagree() {
    assertFalse(troops(Qualifier.EXACT, 10_000).compatibleWith(troops(Qualifier.EXACT, 3_000)));
  }

  @Test
  void exact_numbers_a_rounding_apart_agree_and_further_apart_do_not() {
    assertTrue(troops(Qualifier.EXACT, 10_000).compatibleWith(troops(Qualifier.EXACT, 10_400)));
    assertFalse(troops(Qualifier.EXACT, 10_000).compatibleWith(troops(Qualifier.EXACT, 12_000)));
  }

  @Test
  void an_upper_bound_under_a_lower_bound_disagrees() {
    assertFalse(troops(Qualifier.UP_TO, 5_000).compatibleWith(troops(Qualifier.OVER, 10_000)));
    assertTrue(troops(Qualifier.UP_TO, 12_000).compatibleWith(troops(Qualifier.OVER, 10_000)));
    assertTrue(troops(Qualifier.UP_TO, 5_000).compatibleWith(troops(Qualifier.EXACT, 3_000)));
  }

  @Test
  void about_allows_a_fifth_either_side_and_nearly_only_below() {
    assertTrue(troops(Qualifier.ABOUT, 10_000).compatibleWith(troops(Qualifier.EXACT, 11_500)));
    assertFalse(troops(Qualifier.NEARLY, 10_000).compatibleWith(troops(Qualifier.EXACT, 11_500)));
    assertTrue(troops(Qualifier.NEARLY, 10_000).compatibleWith(troops(Qualifier.EXACT, 8_500)));
  }

  @Test
  void a_range_holds_what_falls_inside_it() {
    Quantity range = new Quantity(new Span(0, 1), Qualifier.BETWEEN, 5_000, 7_000.0, null, "troop");
    assertTrue(range.compatibleWith(troops(Qualifier.EXACT, 6_000)));
    assertFalse(range.compatibleWith(troops(Qualifier.EXACT, 12_000)));
  }

  @Test
  void only_the_same_counted_thing_in_the_same_unit_is_compared() {
    Quantity people = new Quantity(new Span(0, 1), Qualifier.EXACT, 40, null, null, "people");
    Quantity dollars = new Quantity(new Span(0, 1), Qualifier.EXACT, 40, null, "USD", null);
    assertTrue(troops(Qualifier.EXACT, 1).sameMeasure(troops(Qualifier.OVER, 2)));
    assertFalse(people.sameMeasure(troops(Qualifier.EXACT, 40)));
    assertFalse(people.sameMeasure(dollars));
  }

  @Test
  void a_range_whose_upper_end_is_under_its_lower_end_is_refused() {
    assertThrows(IllegalArgumentException.class,
        () -> new Quantity(new Span(0, 1), Qualifier.BETWEEN, 7_000, 5_000.0, null, "troop"));
  }
}
