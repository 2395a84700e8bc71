package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The articles {@code eval uncoded} reads, and the kind each is given from the corpus's own labels. */
class UncodedCheckTest {
  private static final String RECORD = "<REUTERS TOPICS=\"%s\" NEWID=\"%d\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
      + "<TOPICS>%s</TOPICS>\n<TEXT>\n<TITLE>%s</TITLE>\n<BODY>%s\n Reuter\n</BODY></TEXT>\n</REUTERS>\n";

  @Test
  void bbc_sections_other_than_politics_and_reuters_records_are_read_with_their_labelled_kind(@TempDir Path tmp)
      throws Exception {
    for (String section : List.of("business", "entertainment", "politics", "sport", "tech")) {
      Path dir = Files.createDirectories(tmp.resolve("bbc-news").resolve(section));
      for (int i = 1; i <= 3; i++) {
        Files.writeString(dir.resolve(String.format("%03d.txt", i)), "A " + section + " headline " + i
            + "\n\nThe " + section + " story number " + i + " goes on here.\n", StandardCharsets.UTF_8);
      }
    }
    Path reuters = Files.createDirectories(tmp.resolve("reuters-21578"));
    Files.writeString(reuters.resolve("reut2-000.sgm"), "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
        + String.format(RECORD, "YES", 1, "<D>earn</D>", "ACME PROFIT UP", "Acme said profits rose 5 pct.")
        + String.format(RECORD, "NO", 2, "", "BOND ISSUE", "The bonds were priced at 99.875 to yield 8.386 pct.")
        + String.format(RECORD, "YES", 3, "<D>grain</D>", "WHEAT SALE", "Egypt bought 200,000 tonnes of wheat."),
        StandardCharsets.ISO_8859_1);

    List<UncodedCheck.Doc> docs = UncodedCheck.documents(tmp, 2);

    assertEquals(List.of("bbc-news/business/001.txt", "bbc-news/business/002.txt",
        "bbc-news/entertainment/001.txt", "bbc-news/entertainment/002.txt", "bbc-news/sport/001.txt",
        "bbc-news/sport/002.txt", "bbc-news/tech/001.txt", "bbc-news/tech/002.txt",
        "reuters-21578/reut2-000.sgm#NEWID=1", "reuters-21578/reut2-000.sgm#NEWID=2"),
        docs.stream().map(UncodedCheck.Doc::name).toList());
    assertEquals(List.of("bbc business", "bbc business", "bbc entertainment", "bbc entertainment", "bbc sport",
        "bbc sport", "bbc tech", "bbc tech", "reuters business", UncodedCheck.UNLABELLED),
        docs.stream().map(UncodedCheck.Doc::kind).toList());
    assertEquals(Map.of("1", true, "2", false, "3", true),
        UncodedCheck.topicTagged(reuters.resolve("reut2-000.sgm")));
  }
}
