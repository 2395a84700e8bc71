package org.newsgraph.eval.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import net.dankito.readability4j.Readability4J;
import org.newsgraph.core.Article;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.dedup.LshIndex;
import org.newsgraph.ingest.dedup.NearDuplicateRule;
import org.newsgraph.ingest.html.HtmlExtractor;
import org.newsgraph.ingest.warc.WarcArticles;

/**
 * Measurements behind {@code newsgraph bench ingest}: HTML extraction pages/s (ours, and readability4j run in the
 * same process on the same pages as the reference row — it is never our extractor), WARC records/s, and the
 * near-duplicate check's cost per article as the index grows.
 */
public final class IngestBench {
  private static final int PASSES = 3;

  private IngestBench() {}

  /**
   * Pages per second of {@code extractor} over {@code pages}: after one warm-up pass, the best of {@code rounds}
   * timed passes (the machine is shared; the fastest pass is the least disturbed one).
   */
  public static double pagesPerSecond(List<String> pages, Function<String, String> extractor, int rounds) {
    for (String p : pages) {
      extractor.apply(p);
    }
    long best = Long.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (String p : pages) {
        extractor.apply(p);
      }
      best = Math.min(best, System.nanoTime() - t0);
    }
    return pages.size() / (best / 1e9);
  }

  /** Our extractor, as a function. */
  public static String ours(String html) {
    return HtmlExtractor.extract(html, null).body();
  }

  /** readability4j 1.0.8's text content (the reference row only). */
  public static String readability4j(String html) {
    var a = new Readability4J("https://example.invalid/", html).parse();
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
   * trimmed copy of every tenth), then times {@code probes} further articles, half of them near copies (best of
   * three passes).
   */
  public static DedupFigures dedup(int size, int probes, long seed) {
    Random rnd = new Random(seed);
    String[] vocab = new String[5000];
    for (int i = 0; i < vocab.length; i++) {
      vocab[i] = Long.toString(Math.abs(rnd.nextLong()) % 1_000_000_000L, 36);
    }
    NearDuplicateRule rule = new NearDuplicateRule(NewsgraphConfig.defaults().dedup());
    LshIndex index = rule.newIndex();
    String[] keep = new String[probes];
    for (int i = 0; i < size; i++) {
      String text = text(rnd, vocab, 250);
      if (i < probes) {
        keep[i] = text;
      }
      index.add("a" + i, rule.signature(text));
    }
    String[] probeTexts = new String[probes];
    for (int i = 0; i < probes; i++) {
      probeTexts[i] = i % 2 == 0 ? keep[i].substring(0, keep[i].length() * 9 / 10) + " (AFP)"
          : text(rnd, vocab, 250);
    }
    // Best of three timed passes per phase: the machine is shared, and the minimum is the least disturbed.
    // Lookups all come before any probe is added, so no probe finds itself.
    double sigMicros = Double.MAX_VALUE;
    double lookupMicros = Double.MAX_VALUE;
    double addMicros = Double.MAX_VALUE;
    int found = 0;
    int wrong = 0;
    int[][] sigs = new int[probes][];
    for (int pass = 0; pass < PASSES; pass++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < probes; i++) {
        sigs[i] = rule.signature(probeTexts[i]);
      }
      long t1 = System.nanoTime();
      found = 0;
      wrong = 0;
      for (int i = 0; i < probes; i++) {
        var match = index.nearest(sigs[i]);
        if (match.isPresent() && i % 2 == 0 && match.get().articleId().equals("a" + i)) {
          found++;
        } else if (match.isPresent()) {
          wrong++; // a fresh text matched, or a copy matched the wrong article
        }
      }
      long t2 = System.nanoTime();
      sigMicros = Math.min(sigMicros, (t1 - t0) / 1e3 / probes);
      lookupMicros = Math.min(lookupMicros, (t2 - t1) / 1e3 / probes);
    }
    for (int pass = 0; pass < PASSES; pass++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < probes; i++) {
        index.add("p" + pass + "-" + i, sigs[i]);
      }
      addMicros = Math.min(addMicros, (System.nanoTime() - t0) / 1e3 / probes);
    }
    return new DedupFigures(size, sigMicros, lookupMicros, addMicros, found, (probes + 1) / 2, wrong, probes);
  }

  private static String text(Random rnd, String[] vocab, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(vocab[rnd.nextInt(vocab.length)]).append(i % 17 == 16 ? ". " : " ");
    }
    return b.toString();
  }

  /**
   * An archive of the pages, {@code copies} times, as HTTP 200 text/html responses: each WARC/1.0 record in a gzip
   * member of its own, as crawlers write them (written here by hand so that the WARC library stays in ingest, the
   * module that reads archives).
   */
  public static void writeWarc(Path f, List<String> pages, int copies) throws IOException {
    try (OutputStream os = Files.newOutputStream(f)) {
      int i = 0;
      for (int c = 0; c < copies; c++) {
        for (String p : pages) {
          byte[] body = p.getBytes(StandardCharsets.UTF_8);
          byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
              + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
          String uri = "https://bench.example/" + i++;
          String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri
              + "\r\nWARC-Date: 2025-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
              + UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
              + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.length
              + "\r\n\r\n";
          GZIPOutputStream gz = new GZIPOutputStream(os);
          gz.write(head.getBytes(StandardCharsets.ISO_8859_1));
          gz.write(http);
          gz.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          gz.finish(); // ends this record's member; the next record starts a new one on the same stream
        }
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
