package org.newsgraph.ingest.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.newsgraph.core.Article;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.dedup.LshIndex;
import org.newsgraph.ingest.dedup.MinHasher;
import org.newsgraph.ingest.html.HtmlExtractor;
import org.newsgraph.ingest.warc.WarcArticles;

/**
 * Measurements behind {@code newsgraph bench ingest}: HTML extraction pages/s (ours, and readability4j run in the
 * same process on the same pages as the reference row — it is never our extractor), WARC records/s, and the
 * near-duplicate check's cost per article as the index grows.
 */
public final class IngestBench {
  private IngestBench() {}

  /** Pages per second of {@code extractor} over {@code pages}, after one warm-up pass. */
  public static double pagesPerSecond(List<String> pages, Function<String, String> extractor, int rounds) {
    for (String p : pages) {
      extractor.apply(p);
    }
    long t0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (String p : pages) {
        extractor.apply(p);
      }
    }
    return pages.size() * (double) rounds / ((System.nanoTime() - t0) / 1e9);
  }

  /** Our extractor, as a function. */
  public static String ours(String html) {
    return HtmlExtractor.extract(html, null).body();
  }

  /** readability4j 1.0.8's text content (the reference row only). */
  public static String readability4j(String html) {
    var a = new net.dankito.readability4j.Readability4J("https://example.invalid/", html).parse();
    return a.getTextContent() == null ? "" : a.getTextContent();
  }

  /** Records and articles per second reading one archive (records counted by the reader). */
  public record WarcFigures(int records, int articles, double seconds) {
    public double recordsPerSecond() {
      return records / seconds;
    }
  }

  public static WarcFigures warc(Path file) throws IOException {
    int[] n = new int[1];
    long t0 = System.nanoTime();
    WarcArticles.Stats s = WarcArticles.read(file, new ArticleSink() {
      @Override
      public void article(Article a) {
        n[0]++;
      }

      @Override
      public void problem(ReadResult.Problem p) {
        // counted as records without articles
      }
    });
    return new WarcFigures(s.records(), n[0], (System.nanoTime() - t0) / 1e9);
  }

  /** Cost of the near-duplicate check at a store size: microseconds per article for signature and lookup. */
  public record DedupFigures(int indexed, double signatureMicros, double lookupMicros, double addMicros,
      int copiesFound, int copies, int falseMatches, int probes) {
    /** Microseconds per article for the whole check: signature, lookup and adding it. */
    public double totalMicros() {
      return signatureMicros + lookupMicros + addMicros;
    }
  }

  /**
   * Fills an index with {@code size} synthetic articles (random 250-word texts over a 5,000-word vocabulary, plus a
   * trimmed copy of every tenth), then times {@code probes} further articles, half of them near copies.
   */
  public static DedupFigures dedup(int size, int probes, long seed) {
    Random rnd = new Random(seed);
    String[] vocab = new String[5000];
    for (int i = 0; i < vocab.length; i++) {
      vocab[i] = Long.toString(Math.abs(rnd.nextLong()) % 1_000_000_000L, 36);
    }
    LshIndex index = new LshIndex(0.6);
    String[] keep = new String[probes];
    for (int i = 0; i < size; i++) {
      String text = text(rnd, vocab, 250);
      if (i < probes) {
        keep[i] = text;
      }
      index.add("a" + i, MinHasher.signature(text));
    }
    String[] probeTexts = new String[probes];
    for (int i = 0; i < probes; i++) {
      probeTexts[i] = i % 2 == 0 ? keep[i].substring(0, keep[i].length() * 9 / 10) + " (AFP)"
          : text(rnd, vocab, 250);
    }
    int[][] sigs = new int[probes][];
    long t0 = System.nanoTime();
    for (int i = 0; i < probes; i++) {
      sigs[i] = MinHasher.signature(probeTexts[i]);
    }
    long t1 = System.nanoTime();
    int found = 0;
    int wrong = 0;
    for (int i = 0; i < probes; i++) {
      var match = index.nearest(sigs[i]);
      if (match.isPresent() && i % 2 == 0 && match.get().articleId().equals("a" + i)) {
        found++;
      } else if (match.isPresent()) {
        wrong++; // a fresh text matched, or a copy matched the wrong article
      }
    }
    long t2 = System.nanoTime();
    for (int i = 0; i < probes; i++) {
      index.add("p" + i, sigs[i]);
    }
    long t3 = System.nanoTime();
    return new DedupFigures(size, (t1 - t0) / 1e3 / probes, (t2 - t1) / 1e3 / probes, (t3 - t2) / 1e3 / probes,
        found, (probes + 1) / 2, wrong, probes);
  }

  private static String text(Random rnd, String[] vocab, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(vocab[rnd.nextInt(vocab.length)]).append(i % 17 == 16 ? ". " : " ");
    }
    return b.toString();
  }

  /** An archive of the pages, {@code copies} times, as HTTP 200 text/html responses. */
  public static void writeWarc(Path f, List<String> pages, int copies) throws IOException {
    try (OutputStream os = Files.newOutputStream(f);
        WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(os), WarcCompression.GZIP)) {
      int i = 0;
      for (int c = 0; c < copies; c++) {
        for (String p : pages) {
          byte[] body = p.getBytes(StandardCharsets.UTF_8);
          byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
              + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
          byte[] http = new byte[head.length + body.length];
          System.arraycopy(head, 0, http, 0, head.length);
          System.arraycopy(body, 0, http, head.length, body.length);
          w.write(new WarcResponse.Builder(URI.create("https://bench.example/" + i++))
              .date(Instant.parse("2025-01-01T00:00:00Z")).body(MediaType.HTTP_RESPONSE, http).build());
        }
      }
    }
  }
}
