package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.Work;

/**
 * The readers' own parsing does work linear in the input: twice the input, about twice the steps ({@link Work#count}:
 * lines and records visited, characters their patterns read, elements and ancestors walked), never four times.
 * Steps, not seconds, so that a busy machine cannot fail it. Each input is built to be what made a reader slow
 * before: a header line with a long run of blanks, a list of linked items, records of every kind.
 */
class ReaderWorkTest {
  private static final double LEAST = 1.7;
  private static final double MOST = 2.35;
  @TempDir Path dir;

  /** Steps to read the input {@code make} builds at size {@code n} and at {@code 2n}: their ratio. */
  private double growth(String name, int n, IntFunction<String> make) throws IOException {
    Path small = Files.writeString(dir.resolve("small-" + name), make.apply(n), StandardCharsets.UTF_8);
    Path big = Files.writeString(dir.resolve("big-" + name), make.apply(2 * n), StandardCharsets.UTF_8);
    long a = Work.count(() -> Sources.read(small));
    long b = Work.count(() -> Sources.read(big));
    double g = (double) b / a;
    System.out.printf("%s: steps x %.2f when the input doubles (%,d -> %,d)%n", name, g, a, b);
    return g;
  }

  private static void linear(String what, double growth) {
    assertTrue(growth >= LEAST && growth <= MOST, what + ": doubling the input multiplied the steps by "
        + String.format("%.2f", growth) + " (linear: about 2, between " + LEAST + " and " + MOST + ")");
  }

  @Test
  void page_dumps_of_many_articles_read_in_linear_work() throws IOException {
    String sample = Files.readString(Path.of(System.getProperty("newsgraph.home", ".."), "examples",
        "arabnews-2025.txt"));
    linear("page dump", growth("dump.txt", 8, k -> (sample + "\n\n").repeat(k)));
  }

  @Test
  void one_line_of_megabytes_reads_in_linear_work() throws IOException {
    linear("one line", growth("line.txt", 20_000, k -> "Headline\n\n"
        + "The president said on Friday that talks would resume. ".repeat(k)));
  }

  @Test
  void a_dated_header_with_a_long_run_of_blanks_reads_in_linear_work() throws IOException {
    // "Updated x", blanks, "y": the date pattern once took the square of the run's length
    linear("header with blanks", growth("blanks.txt", 40_000, k -> "Headline\nUpdated x" + " ".repeat(k)
        + "y\n\nSEOUL: The talks resumed on Friday, officials said.\n"));
  }

  @Test
  void a_paragraph_opening_with_a_capital_word_and_a_long_run_of_blanks_reads_in_linear_work() throws IOException {
    // "SEOUL", blanks, text: the dateline pattern once tried every split of the run between two optional blanks
    linear("dateline with blanks", growth("dateline.txt", 20_000, k -> "Headline\n\nSEOUL" + "\t".repeat(k)
        + "The talks resumed on Friday, officials said.\n"));
  }

  @Test
  void reuters_records_read_in_linear_work() throws IOException {
    linear("reuters", growth("reut2-001.sgm", 400, k -> {
      StringBuilder b = new StringBuilder("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n");
      for (int i = 0; i < k; i++) {
        b.append("<REUTERS NEWID=\"").append(i).append("\"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>COCOA ")
            .append(i).append("</TITLE><DATELINE>SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued in the")
            .append(" Bahia cocoa zone.\n    Farmers said the rain came late.\n Reuter\n&#3;</BODY></TEXT></REUTERS>\n");
        if (i % 7 == 3) {
          b.append("<REUTERS NEWID=\"x").append(i).append("\"><TEXT><BODY>broken, never closed\n");
        }
      }
      return b.toString();
    }));
  }

  @Test
  void json_lines_read_in_linear_work() throws IOException {
    linear("jsonl", growth("wire.jsonl", 500, k -> {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < k; i++) {
        b.append("{\"url\":\"https://wire.example/").append(i).append("\",\"title\":\"Story\",\"text\":\"SEOUL: ")
            .append("Officials said on Friday that talks would resume.\\n\\nBoth sides agreed.\"}\n");
      }
      return b.toString();
    }));
  }

  @Test
  void html_pages_of_many_paragraphs_or_many_linked_items_read_in_linear_work() throws IOException {
    linear("html paragraphs", growth("page.html", 2_000, k -> "<html><head><title>Rain</title></head><body><article>"
        + "<h1>Rain</h1>" + "<p>The council said on Monday that the rain had flooded the streets of the city.</p>"
        .repeat(k) + "</article></body></html>"));
    // a list of linked headlines with blurbs: each item once asked about its whole list
    linear("html linked list", growth("list.html", 2_000, k -> "<html><body><ul>" + ("<li><a href=\"/a\">A headline"
        + " that links</a> and a short blurb of some more words that follow it here.</li>").repeat(k) + "</ul><p>"
        + "The article itself is here with enough words to be read as prose by the extractor today.</p></body></html>"));
  }
}
