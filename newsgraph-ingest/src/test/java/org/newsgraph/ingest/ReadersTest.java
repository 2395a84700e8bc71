package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.core.Article;

/** Every reader on small fixtures written here, and the bad inputs that must give one clear line each. */
class ReadersTest {
  @TempDir Path dir;

  static String page() throws IOException {
    try (InputStream in = ReadersTest.class.getResourceAsStream("/org/newsgraph/ingest/article.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void an_html_file_is_recognised_by_content_whatever_its_name() throws IOException {
    Path f = Files.writeString(dir.resolve("page.txt"), page());
    assertEquals(Format.HTML, Format.sniff(f));
    ReadResult r = Sources.read(f);
    assertEquals(1, r.articles().size(), r.problems().toString());
    assertEquals("Rains flood Seoul streets", r.articles().get(0).headline());
  }

  @Test
  void rss_items_become_articles_with_full_content_when_the_feed_has_it() throws IOException {
    Path f = Files.writeString(dir.resolve("feed.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Example Wire</title><link>https://wire.example</link><description>d</description>
        <item><title>Talks resume in Geneva</title><link>https://wire.example/1</link>
          <pubDate>Tue, 04 Feb 2025 10:00:00 GMT</pubDate><description>Short summary.</description>
          <content:encoded><![CDATA[<p>GENEVA (Reuters) - Talks resumed on Tuesday.</p><p>Both sides said progress was made.</p>]]></content:encoded></item>
        <item><title>Summary only</title><link>https://wire.example/2</link><description>Only a summary here.</description></item>
        <item><title>Nothing</title><link>https://wire.example/3</link></item>
        </channel></rss>
        """);
    assertEquals(Format.FEED, Format.sniff(f));
    ReadResult r = Sources.read(f);
    assertEquals(2, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("https://wire.example/1", a.source());
    assertEquals("Talks resume in Geneva", a.headline());
    assertEquals(LocalDate.of(2025, 2, 4), a.published());
    assertEquals(2, a.paragraphs().size());
    assertEquals("Only a summary here.", r.articles().get(1).text());
    assertEquals(List.of("https://wire.example/3: feed item has no text (no content or summary)"),
        r.problems().stream().map(ReadResult.Problem::oneLine).toList());
  }

  @Test
  void atom_feeds_are_read_and_an_empty_feed_is_one_clear_line() throws IOException {
    Path atom = Files.writeString(dir.resolve("atom.xml"), """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2025-02-04T00:00:00Z</updated>
        <entry><title>Vote passes</title><link href="https://atom.example/a"/><id>urn:a</id>
        <updated>2025-02-05T12:00:00Z</updated><content type="html">&lt;p&gt;The vote passed narrowly.&lt;/p&gt;</content></entry>
        </feed>
        """);
    ReadResult r = Sources.read(atom);
    assertEquals(1, r.articles().size(), r.problems().toString());
    assertEquals("The vote passed narrowly.", r.articles().get(0).text());
    Path empty = Files.writeString(dir.resolve("empty.xml"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>l</link>"
            + "<description>d</description></channel></rss>");
    ReadResult e = Sources.read(empty);
    assertEquals(List.of(empty + ": the feed has no items"), e.problems().stream().map(ReadResult.Problem::oneLine)
        .toList());
  }

  static byte[] http(String contentType, byte[] body) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    b.writeBytes(body);
    return b.toByteArray();
  }

  static void writeWarc(Path f, WarcCompression compression, int pages) throws IOException {
    String html = page();
    try (OutputStream out = Files.newOutputStream(f);
        WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
      for (int i = 0; i < pages; i++) {
        String p = html.replace("Heavy rain", "Heavy rain (" + i + ")");
        w.write(new WarcResponse.Builder(URI.create("https://example.com/p" + i))
            .date(Instant.parse("2025-07-15T12:00:00Z"))
            .body(MediaType.HTTP_RESPONSE, http("text/html; charset=utf-8", p.getBytes(StandardCharsets.UTF_8)))
            .build());
      }
      w.write(new WarcResponse.Builder(URI.create("https://example.com/logo.png"))
          .date(Instant.parse("2025-07-15T12:00:00Z"))
          .body(MediaType.HTTP_RESPONSE, http("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})).build());
    }
  }

  @Test
  void warc_html_responses_become_articles_with_target_uri_and_capture_date() throws IOException {
    for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      Path f = dir.resolve("crawl-" + c + ".warc" + (c == WarcCompression.GZIP ? ".gz" : ""));
      writeWarc(f, c, 3);
      assertEquals(Format.WARC, Format.sniff(f));
      ReadResult r = Sources.read(f);
      assertEquals(3, r.articles().size(), r.problems().toString());
      assertEquals("https://example.com/p0", r.articles().get(0).source());
      assertEquals(LocalDate.of(2025, 7, 15), r.articles().get(0).published());
      assertTrue(r.problems().isEmpty(), r.problems().toString());
    }
  }

  @Test
  void a_truncated_warc_gz_keeps_the_records_before_the_cut_and_says_so_once() throws IOException {
    Path f = dir.resolve("cut.warc.gz");
    writeWarc(f, WarcCompression.GZIP, 20);
    long size = Files.size(f);
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(size * 6 / 10);
    }
    ReadResult r = Sources.read(f);
    assertTrue(r.articles().size() >= 8 && r.articles().size() < 20, "kept " + r.articles().size());
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertTrue(r.problems().get(0).oneLine().startsWith(f + ": archive damaged or truncated after record "),
        r.problems().get(0).oneLine());
  }

  @Test
  void a_warc_gz_cut_anywhere_after_its_first_record_is_recognised_and_keeps_what_precedes_the_cut()
      throws IOException {
    Path whole = dir.resolve("whole.warc.gz");
    writeWarc(whole, WarcCompression.GZIP, 3);
    byte[] bytes = Files.readAllBytes(whole);
    for (int percent = 40; percent <= 95; percent += 5) {
      Path f = dir.resolve("cut-" + percent + ".warc.gz");
      Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length * percent / 100));
      // read without --format: the content decides, and a cut in the second record still begins "WARC/"
      ReadResult r = Sources.read(f);
      int before = Sources.read(f, Format.WARC).articles().size();
      assertEquals(before, r.articles().size(), percent + "%: the records before the cut, as --format warc keeps"
          + " them: " + r.problems());
      if (before == 0) {
        continue; // cut inside the first page: nothing precedes the damage
      }
      assertEquals(Format.WARC, Format.sniff(f), percent + "%");
      assertTrue(r.articles().size() <= 3, percent + "%: kept " + r.articles().size());
      assertEquals(1, r.problems().size(), percent + "%: " + r.problems());
      assertTrue(r.problems().get(0).message().matches("(archive damaged or truncated after record \\d+|cannot read"
          + " the HTTP response).*"), percent + "%: " + r.problems().get(0).oneLine());
    }
    Path cut = dir.resolve("cut-80.warc.gz");
    assertTrue(!Sources.read(cut).articles().isEmpty(), "a cut at 80% keeps the first pages");
  }

  @Test
  void broken_reuters_records_get_a_line_each_and_never_take_their_neighbours_down() throws IOException {
    String good = "<REUTERS NEWID=\"%d\"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>STORY %d</TITLE>"
        + "<BODY>Cocoa farmers said rain fell in the region on the %dth.\n Reuter\n</BODY></TEXT></REUTERS>\n";
    String sgml = "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n" + String.format(good, 1, 1, 1)
        + "<REUTERS NEWID=\"2\"><TEXT><TITLE>CUT OFF</TITLE><BODY>This record lost its end\n" // no </REUTERS>
        + String.format(good, 3, 3, 3)
        + "<REUTERS NEWID=\"4\"><TEXT><TITLE>OPEN BODY</TITLE><BODY>Never closed</TEXT></REUTERS>\n"
        + String.format(good, 5, 5, 5)
        + "<REUTERS NEWID=\"6\"><TEXT><BODY>A reference too large &#99999999999; and a stray one &#55296;.</BODY>"
        + "</TEXT></REUTERS>\n"
        + "<REUTERS NEWID=\"7\"><TEXT><TITLE>AT THE END</TITLE><BODY>The file ends";
    Path f = dir.resolve("reut2-998.sgm");
    Files.writeString(f, sgml, StandardCharsets.ISO_8859_1);
    ReadResult r = Sources.read(f);
    assertEquals(java.util.Arrays.asList("STORY 1", "STORY 3", "STORY 5", null), r.articles().stream()
        .map(Article::headline).toList());
    assertEquals("A reference too large &#99999999999; and a stray one .", r.articles().get(3).text());
    assertEquals(List.of(
        f + "#NEWID=2: broken record: no </REUTERS> before the next record; the records around it are read",
        f + "#NEWID=4: broken record: <BODY> is not closed",
        f + "#NEWID=7: broken record: no </REUTERS> before the end of the file; the records around it are read"),
        r.problems().stream().map(ReadResult.Problem::oneLine).toList());
  }

  @Test
  void the_reuters_sign_off_is_dropped_with_or_without_a_damaged_end_of_text_mark() throws IOException {
    String rec = "<REUTERS NEWID=\"%d\"><TEXT><TITLE>T%d</TITLE><BODY>Copper output rose in %s, the ministry said.\n"
        + "%s</BODY></TEXT></REUTERS>\n";
    String sgml = String.format(rec, 1, 1, "May", " Reuter\n&#3;") + String.format(rec, 2, 2, "June", " Reuter\n3;")
        + String.format(rec, 3, 3, "July", " REUTER\n") + String.format(rec, 4, 4, "August", "  Reuter\n3;");
    Path f = dir.resolve("reut2-997.sgm");
    Files.writeString(f, sgml, StandardCharsets.ISO_8859_1);
    assertEquals(List.of("Copper output rose in May, the ministry said.",
        "Copper output rose in June, the ministry said.", "Copper output rose in July, the ministry said.",
        "Copper output rose in August, the ministry said."),
        Sources.read(f).articles().stream().map(Article::text).toList());
  }

  @Test
  void warc_http_charset_decides_over_a_wrong_meta_charset() {
    String html = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9 owners in Montr\u00e9al said "
        + "business was slow this winter.</p></body></html>";
    byte[] latin = html.getBytes(Charset.forName("windows-1252"));
    List<Article> got = new java.util.ArrayList<>();
    org.newsgraph.ingest.html.HtmlPages.read(latin, "iso-8859-1", "rec", "https://x", null, sink(got, null));
    assertTrue(got.get(0).text().contains("Montr\u00e9al"), got.get(0).text());
  }

  @Test
  void charsets_are_detected_in_order_bom_http_meta_then_fallback() throws Exception {
    String text = "<p>Z\u00fcrich</p>";
    byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
    assertEquals("bom", Charsets.decodeHtml(utf8Bom, "windows-1252").rule());
    assertEquals("http", Charsets.decodeHtml(text.getBytes(StandardCharsets.UTF_8), "utf-8").rule());
    byte[] meta = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">" + text)
        .getBytes(StandardCharsets.ISO_8859_1);
    Charsets.Decoded d = Charsets.decodeHtml(meta, null);
    assertEquals("meta", d.rule());
    assertTrue(d.text().contains("Z\u00fcrich"));
    Charsets.Decoded f = Charsets.decodeHtml(text.getBytes(StandardCharsets.ISO_8859_1), null);
    assertEquals("fallback", f.rule());
    assertTrue(f.text().contains("Z\u00fcrich"));
  }

  @Test
  void jsonl_lines_become_articles_and_a_bad_line_is_named_by_number() throws IOException {
    Path f = Files.writeString(dir.resolve("export.jsonl"), String.join("\n",
        "{\"url\":\"https://a.example/1\",\"title\":\"First\",\"text\":\"LONDON (Reuters) - Body one.\\n\\nSecond "
            + "paragraph.\",\"published\":\"2025-02-04T10:00:00Z\",\"source\":\"A News\"}",
        "{\"url\":\"https://a.example/2\",\"title\":\"Broken\"",
        "{\"link\":\"https://a.example/3\",\"headline\":\"From HTML\",\"html\":\"<html><body><p>A paragraph of "
            + "the page that is long enough to count as prose.</p></body></html>\"}",
        "{\"url\":\"https://a.example/4\",\"title\":\"No text\"}", ""));
    ReadResult r = Sources.read(f);
    assertEquals(2, r.articles().size());
    Article a = r.articles().get(0);
    assertEquals("LONDON", a.dateline());
    assertEquals("A News", a.outlet());
    assertEquals(LocalDate.of(2025, 2, 4), a.published());
    assertEquals("From HTML", r.articles().get(1).headline());
    assertEquals(2, r.problems().size());
    assertTrue(r.problems().get(0).oneLine().startsWith(f + ":2: JSON error"), r.problems().toString());
    assertTrue(r.problems().get(1).oneLine().startsWith(f + ":4: no text"), r.problems().toString());
  }

  @Test
  void a_jsonl_field_map_reads_other_names() throws IOException {
    Path f = Files.writeString(dir.resolve("other.jsonl"), "{\"hed\":\"Mapped\",\"story\":\"Some story text.\"}\n");
    List<Article> got = new java.util.ArrayList<>();
    Sources.read(f, Format.JSONL, org.newsgraph.ingest.JsonlFields.parse("title=hed,text=story"),
        sink(got, null));
    assertEquals("Mapped", got.get(0).headline());
  }

  @Test
  void reuters_sgml_with_control_characters_and_a_stray_latin1_byte() throws IOException {
    byte[] sgml = concat(("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS TOPICS=\"YES\" NEWID=\"7\">\n"
        + "<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT>&#2;\n<TITLE>BAHIA COCOA REVIEW</TITLE>\n"
        + "<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in\nthe Bahia "
        + "cocoa zone &lt;alleviating> the drought.\n    Farmers said M").getBytes(StandardCharsets.ISO_8859_1),
        new byte[] {(byte) 0xFC}, ("ller was right.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
        + "<REUTERS NEWID=\"8\"><TEXT TYPE=\"BRIEF\"><TITLE>TITLE ONLY</TITLE></TEXT></REUTERS>\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    Path f = dir.resolve("reut2-999.sgm");
    Files.write(f, sgml);
    assertEquals(Format.REUTERS, Format.sniff(f));
    ReadResult r = Sources.read(f);
    Article a = r.articles().get(0);
    assertEquals("BAHIA COCOA REVIEW", a.headline());
    assertEquals("SALVADOR", a.dateline());
    assertEquals(LocalDate.of(1987, 2, 26), a.published());
    assertEquals(List.of("Showers continued throughout the week in the Bahia cocoa zone <alleviating> the drought.",
        "Farmers said M\u00fcller was right."), a.paragraphs().stream().map(s -> s.of(a.text())).toList());
    assertEquals(List.of(f + "#NEWID=8: no body (a title-only Reuters record)"),
        r.problems().stream().map(ReadResult.Problem::oneLine).toList());
  }

  @Test
  void a_binary_file_named_html_and_a_big_page_of_nul_bytes_each_give_one_line() throws IOException {
    Path png = dir.resolve("photo.html");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    ReadResult r = Sources.read(png, Format.HTML);
    assertEquals(List.of(png + ": binary content, not HTML (a PNG image)"),
        r.problems().stream().map(ReadResult.Problem::oneLine).toList());
    Path big = dir.resolve("big.html");
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
      raf.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
      raf.setLength(50L * 1024 * 1024);
    }
    ReadResult b = Sources.read(big, Format.HTML); // 50 MiB is under the page limit: read, and found binary
    assertEquals(List.of(big + ": binary content, not HTML (NUL or control bytes)"),
        b.problems().stream().map(ReadResult.Problem::oneLine).toList());
    assertTrue(b.articles().isEmpty());
  }

  static ArticleSink sink(List<Article> articles, List<ReadResult.Problem> problems) {
    return new ArticleSink() {
      @Override
      public void article(Article a) {
        articles.add(a);
      }

      @Override
      public void problem(ReadResult.Problem p) {
        if (problems != null) {
          problems.add(p);
        }
      }
    };
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  @Test
  void nothing_specific_means_text() {
    assertEquals(Format.TEXT, Format.sniff("Headline\n\nBody".getBytes(StandardCharsets.UTF_8)));
    assertNull(null);
  }
}
