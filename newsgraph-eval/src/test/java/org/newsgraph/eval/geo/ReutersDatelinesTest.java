package org.newsgraph.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReutersDatelinesTest {
  private static String doc(int id, String places, String dateline) {
    return "<REUTERS TOPICS=\"NO\" NEWID=\"" + id + "\">\n<PLACES>" + places + "</PLACES>\n<TEXT>\n<TITLE>T</TITLE>\n"
        + "<DATELINE>    " + dateline + ", March 2 - </DATELINE><BODY>Body.</BODY></TEXT>\n</REUTERS>\n";
  }

  @Test
  void a_dateline_counts_right_when_it_lies_in_a_country_the_places_tag_names(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("reut2-000.sgm"), doc(1, "<D>usa</D><D>uk</D>", "WASHINGTON")
        + doc(2, "<D>japan</D>", "NEW YORK") + doc(3, "<D>atlantis-land</D>", "TOKYO") + doc(4, "", "PARIS")
        + doc(5, "<D>france</D>", "XQZVILLEBURY"), StandardCharsets.ISO_8859_1);
    ReutersDatelines.Result r = ReutersDatelines.run(dir);
    assertEquals(3, r.documents()); // an unmappable label and an empty tag leave their documents out
    assertEquals(2, r.resolved());
    assertEquals(1, r.inTag());
    assertEquals(List.of("1  NEW YORK -> New York City (USA)"), ReutersDatelines.report(r.wrong(), 5));
    assertEquals(List.of("1  XQZVILLEBURY"), ReutersDatelines.report(r.unresolved(), 5));
  }
}
