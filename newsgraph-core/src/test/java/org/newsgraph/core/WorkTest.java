package org.newsgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Steps are counted where a test measures them, and work stops once its thread is interrupted. */
class WorkTest {
  @Test
  void steps_are_counted_inside_a_measure_and_nested_measures_add_up() {
    long outer = Work.count(() -> {
      Work.step(3);
      assertEquals(2, Work.count(() -> Work.step(2)));
    });
    assertEquals(5, outer);
  }

  @Test
  void a_regular_expression_reads_its_text_as_steps() {
    String text = "x".repeat(100_000) + " Friday";
    long steps = Work.count(() -> assertTrue(Pattern.compile("(?i)friday").matcher(Work.text(text)).find()));
    assertTrue(steps >= 90_000, "a search through 100,000 characters counted " + steps + " steps");
  }

  @Test
  void an_interrupted_thread_stops_at_its_next_step_even_inside_a_regular_expression() {
    // catastrophic backtracking: some 2^30 tries, which only the interrupt ends
    Pattern slow = Pattern.compile("(x+x+)+y");
    String text = "x".repeat(30);
    Thread.currentThread().interrupt();
    try {
      assertThrows(CancellationException.class, () -> slow.matcher(Work.text(text)).matches());
    } finally {
      Thread.interrupted();
    }
  }
}
