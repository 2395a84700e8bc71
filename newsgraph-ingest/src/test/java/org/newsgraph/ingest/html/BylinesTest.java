package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void bylines_alone_or_with_their_stamp() {
    for (String s : new String[] {"By Phil Helsel", "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
        "by Regan September 15, 2014", "5:45 AM PST 11/19/2019 by Patrick Shanley", "written by Regan",
        "Von Moritz Bachmann publiziert am 25. September 2018", "By Reuters"}) {
      assertTrue(Bylines.isByline(s), s);
    }
  }

  @Test
  void sentences_with_by_are_not_bylines() {
    for (String s : new String[] {"By Monday the river had risen by two metres.", "Prices rose by 4 percent",
        "The plan was approved by Parliament on Tuesday after a long debate", "By", "Stand by me"}) {
      assertFalse(Bylines.isByline(s), s);
    }
  }
}
