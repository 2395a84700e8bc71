package org.newsgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RelativeOffsetTest {
  @Test
  void offsets_read_as_words_about_the_publication_date() {
    assertEquals("the year before publication", RelativeOffset.describe("-P1Y"));
    assertEquals("3 days before publication", RelativeOffset.describe("-P3D"));
    assertEquals("the month after publication", RelativeOffset.describe("P1M"));
    assertEquals("2 quarters after publication", RelativeOffset.describe("P2Q"));
    assertEquals("the week of publication", RelativeOffset.describe("P0W"));
  }

  @Test
  void anything_else_has_no_words() {
    assertNull(RelativeOffset.describe(null));
    assertNull(RelativeOffset.describe("P1Y2M"));
    assertNull(RelativeOffset.describe("XXXX"));
  }
}
