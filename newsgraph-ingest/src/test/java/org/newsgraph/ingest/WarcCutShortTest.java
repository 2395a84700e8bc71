package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * A web archive cut short after a record, followed by a long run of blank lines (more than the reader's 8 KiB
 * buffer) and the end of the file: the read ends at once, keeps the pages before the cut, and names the damage.
 * jwarc 0.32 alone skipped those blank lines for ever (ReaderFuzzTest found it).
 */
class WarcCutShortTest {
  @TempDir Path dir;

  @Test
  void an_archive_cut_after_a_record_and_padded_with_blank_lines_is_read_in_bounded_time() throws Exception {
    Path whole = dir.resolve("crawl.warc");
    ReadersTest.writeWarc(whole, WarcCompression.NONE, 4);
    byte[] bytes = Files.readAllBytes(whole);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    List<Integer> starts = new ArrayList<>();
    for (int i = text.indexOf("WARC/1."); i >= 0; i = text.indexOf("WARC/1.", i + 1)) {
      starts.add(i);
    }
    assertTrue(starts.size() >= 4, "records: " + starts.size());
    for (int k = 1; k < starts.size(); k++) {
      // record k - 1 without its trailer (the CRLFCRLF before record k), then 40,000 line ends
      byte[] cut = Arrays.copyOf(bytes, starts.get(k) - 4);
      byte[] padded = Arrays.copyOf(cut, cut.length + 40_000);
      Arrays.fill(padded, cut.length, padded.length, (byte) '\n');
      Path f = dir.resolve("cut" + k + ".warc");
      Files.write(f, padded);
      int before = k - 1;
      ReadResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Sources.read(f),
          "an archive cut after record " + k);
      assertTrue(r.articles().size() >= Math.min(before, 4), k + ": " + r.articles().size() + " pages");
      assertFalse(r.problems().isEmpty(), k + ": the damage is named");
      assertTrue(r.problems().get(0).toString().contains("cut" + k + ".warc"), r.problems().toString());
    }
  }
}
