package org.newsgraph.eval.reuters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's headline and dateline against Reuters-21578's own tags. */
class ReutersAccuracyTest {
  static final Path DIR = Path.of(System.getProperty("newsgraph.shared", "../../shared"), "data", "corpora",
      "reuters-21578");

  @Test
  void a_document_without_a_dateline_is_not_tried_and_a_right_one_counts_on_both(@TempDir Path dir)
      throws Exception {
    String sgm = "<REUTERS NEWID=\"1\"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>COCOA EXPORTS RISE"
        + "</TITLE><DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in the "
        + "Bahia cocoa zone.\nThe crop is expected to grow.</BODY></TEXT></REUTERS>\n"
        + "<REUTERS NEWID=\"2\"><DATE>26-FEB-1987 15:02:20.00</DATE><TEXT><TITLE>NO DATELINE HERE</TITLE>"
        + "<BODY>Some text.</BODY></TEXT></REUTERS>\n";
    Files.writeString(dir.resolve("reut2-000.sgm"), sgm, StandardCharsets.ISO_8859_1);
    ReutersAccuracy.Result r = ReutersAccuracy.run(dir);
    assertEquals(1, r.documents());
    assertEquals(1, r.headlinesRight());
    assertEquals(1, r.datelinesRight());
  }

  @Test
  @Tag("slow")
  void headline_and_dateline_come_back_from_the_plain_text() throws Exception {
    assumeTrue(Files.isDirectory(DIR), "Reuters-21578 not found at " + DIR + " (../shared absent)");
    ReutersAccuracy.Result r = ReutersAccuracy.run(DIR);
    assertTrue(r.documents() > 15_000);
    assertTrue(r.headlineAccuracy() > 0.99, "headline " + r.headlineAccuracy());
    assertTrue(r.datelineAccuracy() > 0.95, "dateline " + r.datelineAccuracy());
  }
}
