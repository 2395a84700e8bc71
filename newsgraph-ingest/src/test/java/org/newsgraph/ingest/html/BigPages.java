package org.newsgraph.ingest.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.Sources;

/** Writes a big page shaped like a bloated news page, and reads one back (run in a small heap by the test). */
final class BigPages {
  static final List<String> STORY = List.of(
      "The regional parliament approved the new water law late on Thursday after a debate that lasted more than "
          + "eleven hours and ended with a narrow majority of four votes.",
      "The law caps the amount of ground water that farms may pump each summer and sets up a fund to help "
          + "growers move to crops that need less irrigation over the next decade.",
      "Farmers' groups said they would challenge the caps in court, arguing that the wells they rely on were dug "
          + "long before the aquifer began to fall and should keep their old rights.",
      "Environmental organisations welcomed the vote but said the limits were still too generous for the driest "
          + "districts, where several springs have already run dry this year.");
  /** Each comment is numbered, so no two are the same text. */
  static final String COMMENT = "I have lived by the river all my life and never seen the water this low, "
      + "something has to change before it is too late for all of us here.";

  private BigPages() {}

  /** A page of at least {@code bytes} bytes: scripts, style, an inline image, the article and many comments. */
  static Path write(Path file, long bytes) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Water law passes</title>");
      w.write("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Water law passes\","
          + "\"datePublished\":\"2025-06-12\"}</script>");
      long budget = bytes / 4; // a quarter in the app state script
      w.write("<script>window.__STATE__={\"items\":[");
      for (long n = 0; n < budget; n += 60) {
        w.write("{\"id\":12345,\"title\":\"Some other story\",\"views\":99},");
      }
      w.write("{}]};</script><style>");
      for (long n = 0; n < bytes / 20; n += 40) {
        w.write(".card-x{margin:0 auto;padding:4px 8px}\n");
      }
      w.write("</style></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>");
      w.write("<img alt=\"\" src=\"data:image/png;base64,");
      for (long n = 0; n < bytes / 5; n += 64) {
        w.write("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA");
      }
      w.write("\"><main><article><h1>Water law passes</h1>");
      for (String p : STORY) {
        w.write("<p>" + p + "</p>\n");
      }
      w.write("</article><section class=\"comments\"><h2>Comments</h2>");
      for (int i = 0; ; i++) {
        w.write("<div class=\"comment\"><span class=\"user\">reader" + i + "</span><p>Comment " + i + ": " + COMMENT
            + "</p></div>\n");
        if (i % 1_000 == 0) {
          w.flush();
          if (Files.size(file) >= bytes * 9 / 10) {
            break; // comments up to nine tenths of the page
          }
        }
      }
      w.write("</section></main>");
      w.flush();
      while (Files.size(file) < bytes) {
        w.write("<script>var pad=\"" + "x".repeat(1 << 16) + "\";</script>\n");
        w.flush();
      }
      w.write("</body></html>");
    }
    return file;
  }

  /** Reads the page given as the argument and prints what came out, for a test that runs it in a small heap. */
  public static void main(String[] args) {
    ReadResult r = Sources.read(Path.of(args[0]));
    System.out.println("articles " + r.articles().size() + " problems " + r.problems().size());
    if (!r.articles().isEmpty()) {
      System.out.println("paragraphs " + r.articles().get(0).paragraphs().size());
      System.out.println("text " + r.articles().get(0).text().replace('\n', ' '));
    }
    r.problems().forEach(p -> System.out.println("problem " + p.oneLine()));
  }
}
