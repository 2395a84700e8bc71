package org.newsgraph.eval.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;
import org.newsgraph.eval.temporal.TimeMlDocument.Timex;
import org.newsgraph.extract.time.TimeMlWriter;

/** TimeML gold files read, written predictions read back, and the evaluation's handling of bad files; no NLP. */
class TimeMlTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(TimeMlTest.class.getResource(name).toURI());
  }

  /** Removes tags and unescapes the three entities the writer produces. */
  private static String strip(String tagged) {
    return tagged.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  @Test
  void reader_returns_plain_text_dct_and_gold_spans() throws Exception {
    TimeMlDocument d = TimeMlDocument.read(resource("small.tml"));
    assertEquals("SMALL0001", d.docId());
    assertEquals(LocalDate.of(2025, 2, 4), d.dct());
    assertFalse(d.text().contains("<TIMEX3") || d.text().contains("<EVENT") || d.text().contains("<SIGNAL"),
        "tags removed: " + d.text());
    assertTrue(d.text().contains("trade & losses"), "entities unescaped");
    assertTrue(d.text().contains("<if all goes well>"), "entities unescaped");
    assertEquals(3, d.timexes().size());
    Timex friday = d.timexes().get(0);
    assertEquals("Friday", friday.span().of(d.text()));
    assertEquals(TimexType.DATE, friday.type());
    assertEquals("2025-01-31", friday.value());
    assertNull(friday.mod());
    assertEquals("three years", d.timexes().get(1).span().of(d.text()));
    Timex march = d.timexes().get(2);
    assertEquals("early March", march.span().of(d.text()));
    assertEquals("START", march.mod());
  }

  @Test
  void reading_what_the_writer_wrote_gives_the_same_spans() throws Exception {
    TimeMlDocument d = TimeMlDocument.read(resource("small.tml"));
    List<TimeExpression> times = d.timexes().stream()
        .map(t -> new TimeExpression(t.span(), t.type(), t.value(), t.mod(), null, null)).toList();
    Path tmp = Files.createTempFile("roundtrip", ".tml");
    try {
      Files.writeString(tmp, TimeMlWriter.document(d.docId(), d.dct(), d.text(), times), StandardCharsets.UTF_8);
      TimeMlDocument back = TimeMlDocument.read(tmp);
      assertEquals(d.text(), back.text());
      assertEquals(d.dct(), back.dct());
      assertEquals(d.timexes().stream().map(Timex::span).toList(), back.timexes().stream().map(Timex::span).toList());
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Test
  void broken_markup_gives_a_one_line_message_naming_the_file() throws Exception {
    TimeMlException e = assertThrows(TimeMlException.class, () -> TimeMlDocument.read(resource("broken.tml")));
    assertTrue(e.getMessage().startsWith("broken.tml: broken markup"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void an_unparseable_dct_is_reported_with_the_file_name() throws Exception {
    TimeMlException e = assertThrows(TimeMlException.class, () -> TimeMlDocument.read(resource("baddct.tml")));
    assertTrue(e.getMessage().startsWith("baddct.tml: unparseable DCT"), e.getMessage());
  }

  @Test
  void evaluation_skips_bad_files_counts_them_and_writes_predictions(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold");
    Path out = dir.resolve("out");
    Files.createDirectories(gold);
    Files.copy(resource("small.tml"), gold.resolve("small.tml"));
    Files.copy(resource("broken.tml"), gold.resolve("broken.tml"));
    // no NLP at all: the tagger still runs on the text (its rules need tokens only for checks)
    TemporalEvaluation ev = new TemporalEvaluation(a -> org.newsgraph.core.AnalyzedArticle.of(a));
    TemporalEvaluation.Report r = ev.run(gold, out, s -> { });
    assertEquals(1, r.documents());
    assertEquals(1, r.skipped());
    assertTrue(r.messages().get(0).startsWith("broken.tml:"));
    assertTrue(Files.exists(out.resolve("small.tml")));
    TimeMlDocument written = TimeMlDocument.read(out.resolve("small.tml"));
    assertEquals(TimeMlDocument.read(resource("small.tml")).text(), written.text());
    assertEquals(3, r.result().gold());
  }
}
