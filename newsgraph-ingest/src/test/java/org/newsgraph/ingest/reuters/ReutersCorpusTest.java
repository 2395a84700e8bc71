package org.newsgraph.ingest.reuters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.Sources;

/** The real Reuters-21578 files, when ../shared has them. */
class ReutersCorpusTest {
  static final Path DIR = Path.of(System.getProperty("newsgraph.shared", "../../shared"), "data", "corpora",
      "reuters-21578");

  @Test
  @Tag("slow")
  void the_file_with_the_stray_byte_reads_all_its_bodies() {
    Path f = DIR.resolve("reut2-017.sgm");
    assumeTrue(Files.exists(f), "Reuters-21578 not found at " + DIR + " (../shared absent)");
    ReadResult r = Sources.read(f);
    assertEquals(1000, r.articles().size() + r.problems().size());
    assertTrue(r.articles().size() > 850, "bodies " + r.articles().size());
    assertTrue(r.problems().stream().allMatch(p -> p.message().startsWith("no body")), r.problems().toString());
  }
}
