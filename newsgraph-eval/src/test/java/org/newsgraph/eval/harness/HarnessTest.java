package org.newsgraph.eval.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one evaluation loop: what it scores, what it skips and says, and what it times. */
class HarnessTest {
  private static GoldEntry<String, Integer> entry(String name, String input, int gold) {
    return GoldEntry.of(new GoldItem<>(name, input, gold));
  }

  private static GoldEntry<String, Integer> unreadable(String name, String why) {
    return new GoldEntry<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public GoldItem<String, Integer> read() throws IOException {
        throw new IOException(why);
      }
    };
  }

  @Test
  void every_readable_item_is_scored_and_every_other_one_is_skipped_with_its_name_and_reason() {
    List<String> log = new ArrayList<>();
    List<String> scored = new ArrayList<>();
    SystemUnderTest<String, String, Integer> length = new SystemUnderTest<>("length", String::strip, s -> {
      if (s.isEmpty()) {
        throw new IllegalStateException("nothing to measure");
      }
      return s.length();
    });
    RunStats r = Harness.run(List.of(entry("a", " abc ", 3), unreadable("b.txt", "broken markup at line 2"),
        entry("c", "   ", 0), entry("d", "xy", 5)), length, (item, n) -> scored.add(item.name() + "=" + n
        + (n.equals(item.gold()) ? " right" : " wrong")), log::add);
    assertEquals(List.of("a=3 right", "d=2 wrong"), scored);
    assertEquals(2, r.items());
    assertEquals(2, r.skipped());
    assertEquals(List.of("b.txt: broken markup at line 2", "c: length failed: nothing to measure"), r.messages());
    assertEquals(List.of("skipped b.txt: broken markup at line 2", "skipped c: length failed: nothing to measure"),
        log);
  }

  @Test
  void a_reason_that_already_names_the_entry_is_not_prefixed_twice() {
    RunStats r = Harness.run(List.of(unreadable("x.tml", "x.tml: no <TEXT> element")),
        SystemUnderTest.of("s", (String s) -> s), (item, p) -> { }, null);
    assertEquals(List.of("x.tml: no <TEXT> element"), r.messages());
  }

  @Test
  void a_scorer_that_fails_on_an_item_skips_that_item_only() {
    List<String> seen = new ArrayList<>();
    RunStats r = Harness.run(List.of(entry("a", "a", 1), entry("b", "b", 1)), SystemUnderTest.of("s",
        (String s) -> s), (item, p) -> {
          if (p.equals("a")) {
            throw new IllegalStateException("cannot write a.ann");
          }
          seen.add(p);
        }, null);
    assertEquals(List.of("b"), seen);
    assertEquals(1, r.items());
    assertEquals(List.of("a: cannot write a.ann"), r.messages());
  }

  @Test
  void preparing_and_predicting_are_timed_apart() {
    RunStats r = Harness.run(List.of(entry("a", "a", 1)), new SystemUnderTest<>("s", s -> {
      sleep(60);
      return s;
    }, s -> {
      sleep(5);
      return s;
    }), (item, p) -> { }, null);
    assertTrue(r.prepareSeconds() >= 0.05, "prepare " + r.prepareSeconds());
    assertTrue(r.predictSeconds() < r.prepareSeconds(), "predict " + r.predictSeconds());
    assertEquals(1 / r.predictSeconds(), r.itemsPerSecond(), 1e-9);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
