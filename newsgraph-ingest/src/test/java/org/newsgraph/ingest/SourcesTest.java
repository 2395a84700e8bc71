package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
  @TempDir Path dir;

  @Test
  void an_empty_file_is_reported_by_name() throws IOException {
    Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
    ReadResult r = Sources.read(f);
    assertTrue(r.articles().isEmpty());
    assertEquals(f + ": empty file", r.problems().get(0).oneLine());
  }

  @Test
  void a_binary_file_is_reported_as_not_text() throws IOException {
    Path f = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    ReadResult r = Sources.read(f);
    assertTrue(r.problems().get(0).message().contains("binary content, not text (a PNG image)"));
  }

  @Test
  void a_latin1_file_falls_back_and_keeps_the_pound_sign() throws IOException {
    byte[] bytes = "Fee paid\n\nHe cost \u00a35m last year.".getBytes(StandardCharsets.ISO_8859_1);
    Path f = Files.write(dir.resolve("199.txt"), bytes);
    ReadResult r = Sources.read(f);
    assertEquals("He cost \u00a35m last year.", r.articles().get(0).text());
  }

  @Test
  void a_utf8_bom_and_windows_newlines_are_removed() throws IOException {
    byte[] body = "Headline\r\n\r\nBody text here.\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    ReadResult r = Sources.read(Files.write(dir.resolve("bom.txt"), bytes));
    assertEquals("Headline", r.articles().get(0).headline());
    assertEquals("Body text here.", r.articles().get(0).text());
  }

  @Test
  void a_folder_lists_its_files_in_order_and_an_unreadable_one_is_reported_while_the_rest_read()
      throws IOException {
    Files.createDirectories(dir.resolve("news/b"));
    Files.writeString(dir.resolve("news/b/2.txt"), "Two\n\nSecond body.");
    Files.writeString(dir.resolve("news/1.txt"), "One\n\nFirst body.");
    Files.writeString(dir.resolve("news/.hidden"), "x");
    Path locked = Files.writeString(dir.resolve("news/3.txt"), "Three\n\nThird body.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Sources.Listing l = Sources.list(List.of(dir.resolve("news"), dir.resolve("missing")));
    assertEquals(List.of(dir.resolve("news/1.txt"), dir.resolve("news/3.txt"), dir.resolve("news/b/2.txt")),
        l.files());
    assertEquals(dir.resolve("missing") + ": no such file or folder", l.problems().get(0).oneLine());
    boolean rootCanReadAnything = Files.isReadable(locked);
    assumeTrue(!rootCanReadAnything, "running as root: permissions do not stop reading");
    assertEquals(locked + ": cannot read: permission denied", Sources.read(locked).problems().get(0).oneLine());
  }

  @Test
  void every_bbc_file_reads_as_one_article_with_its_headline() throws IOException {
    Path bbc = Path.of(System.getProperty("newsgraph.shared", "../../shared"), "data/corpora/bbc-news");
    assumeTrue(Files.isDirectory(bbc), "BBC corpus not present at " + bbc + " (../shared is not beside the repo)");
    Sources.Listing l = Sources.list(List.of(bbc));
    int articles = 0;
    for (Path f : l.files()) {
      ReadResult r = Sources.read(f);
      assertTrue(r.problems().isEmpty(), r.problems().toString());
      assertEquals(1, r.articles().size(), f.toString());
      assertTrue(r.articles().get(0).headline() != null, f.toString());
      articles++;
    }
    assertEquals(2225, articles);
    String sport199 = Sources.read(bbc.resolve("sport/199.txt")).articles().get(0).text();
    assertTrue(sport199.contains("\u00a3"), "the Latin-1 pound sign survives the fallback");
  }
}
