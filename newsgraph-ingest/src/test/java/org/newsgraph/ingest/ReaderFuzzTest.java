package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Every reader fed random mutations of real inputs: bytes flipped, runs of one character, deep nesting, long
 * lines, cuts, duplicated and swapped stretches, NULs. Seeded and of a fixed count, so a failure is reproducible from
 * the seed it prints ({@code -Dfuzz.seed=N}). For each mutation: the read never throws, never takes longer than the
 * document budget, and never loses the good inputs around the damaged one (the untouched records of a JSON Lines or
 * Reuters file, the records of an archive before the damage, a good file read beside a bad one).
 */
@Tag("slow")
class ReaderFuzzTest {
  /** Mutations per input. */
  private static final int CASES = 60;
  /**
   * The most CPU one read may take: far above what any of these inputs needs, far below a hang. CPU time of the
   * reading thread, not wall time: on a loaded machine (2 cores shared by several builds) a 4 MB mutation waited
   * more than 20 s of wall time for the CPU it needed, which says nothing about the reader.
   */
  private static final long BUDGET_SECONDS = 20;
  /** A read blocked without using CPU still ends the wait: wall time, generous for a loaded machine. */
  private static final long WALL_SECONDS = 300;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
  private static final byte[][] RUNS = {" ".getBytes(), "<".getBytes(), "<div>".getBytes(), "(".getBytes(),
      "\"".getBytes(), "\u201c".getBytes(StandardCharsets.UTF_8), "&#".getBytes(), "\n".getBytes(), "\n\n".getBytes(),
      "a".getBytes(), "9".getBytes(), "Updated 4 February 2025 ".getBytes(), "<REUTERS>".getBytes(),
      "</REUTERS>".getBytes(), "{".getBytes(), "[".getBytes(), "\\".getBytes(), "WARC/1.1\r\n".getBytes(),
      "<item>".getBytes(), "SEOUL: ".getBytes(), new byte[] {0}, new byte[] {(byte) 0xC3}, "\u2028"
      .getBytes(StandardCharsets.UTF_8), "\t".getBytes()};

  @TempDir Path dir;

  private static Path shared(String... parts) {
    return Path.of(System.getProperty("newsgraph.shared", "../../shared"), "data").resolve(Path.of("", parts));
  }

  private static Path home(String... parts) {
    return Path.of(System.getProperty("newsgraph.home", "..")).resolve(Path.of("", parts));
  }

  /** The real inputs mutated: one of each kind the readers take, by format. */
  private Map<String, byte[]> inputs() throws IOException {
    Map<String, byte[]> in = new LinkedHashMap<>();
    in.put("sample.txt", Files.readAllBytes(home("examples", "arabnews-2025.txt")));
    in.put("article.html", ReadersTest.page().getBytes(StandardCharsets.UTF_8));
    Path warc = dir.resolve("seed.warc.gz");
    ReadersTest.writeWarc(warc, WarcCompression.GZIP, 4);
    in.put("crawl.warc.gz", Files.readAllBytes(warc));
    Path plain = dir.resolve("seed.warc");
    ReadersTest.writeWarc(plain, WarcCompression.NONE, 4);
    in.put("crawl.warc", Files.readAllBytes(plain));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      jsonl.append("{\"url\":\"https://wire.example/").append(i).append("\",\"title\":\"Story ").append(i)
          .append("\",\"published\":\"2025-02-0").append(i + 1).append("\",\"text\":\"SEOUL: Officials said on ")
          .append("Friday that talks number ").append(i).append(" would resume.\\n\\nBoth sides agreed.\"}\n");
    }
    in.put("wire.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8));
    in.put("feed.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Wire</title>"
        + "<item><title>Talks resume</title><link>https://wire.example/1</link><pubDate>Tue, 04 Feb 2025 10:00:00 GMT"
        + "</pubDate><description>GENEVA (Reuters) - Talks resumed on Tuesday in Geneva.</description></item>"
        + "<item><title>Vote passes</title><link>https://wire.example/2</link><description>The vote passed on"
        + " Monday.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
    Path reuters = shared("corpora", "reuters-21578", "reut2-000.sgm");
    if (Files.exists(reuters)) {
      byte[] all = Files.readAllBytes(reuters);
      String s = new String(all, StandardCharsets.ISO_8859_1);
      int end = s.indexOf("</REUTERS>", 40_000) + "</REUTERS>".length();
      in.put("reut2-000.sgm", Arrays.copyOf(all, end));
    }
    Path bbc = shared("corpora", "bbc-news", "politics", "001.txt");
    if (Files.exists(bbc)) {
      in.put("bbc-001.txt", Files.readAllBytes(bbc));
    }
    Path html = shared("article-extraction", "html");
    if (Files.isDirectory(html)) {
      try (var s = Files.list(html)) {
        Path first = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().findFirst().orElse(null);
        if (first != null) {
          try (InputStream gz = new GZIPInputStream(Files.newInputStream(first))) {
            in.put("real-page.html", gz.readAllBytes());
          }
        }
      }
    }
    return in;
  }

  /** One random change of {@code b}; {@code what} says which, for the failure message. */
  private static byte[] mutate(byte[] b, Random r, StringBuilder what) {
    int at = position(b, r);
    switch (r.nextInt(9)) {
      case 0 -> { // flip some bytes
        byte[] c = b.clone();
        int n = 1 + r.nextInt(20);
        for (int i = 0; i < n && c.length > 0; i++) {
          c[r.nextInt(c.length)] = (byte) r.nextInt(256);
        }
        what.append("flip ").append(n).append(" bytes");
        return c;
      }
      case 1 -> { // insert a long run of one troublesome string
        byte[] unit = RUNS[r.nextInt(RUNS.length)];
        int times = 1 + r.nextInt(r.nextBoolean() ? 100 : 60_000);
        what.append("insert ").append(times).append(" x '").append(new String(unit, StandardCharsets.UTF_8)
            .replace("\n", "\\n")).append("' at ").append(at);
        return insert(b, at, repeat(unit, times));
      }
      case 2 -> { // cut the end off
        what.append("truncate at ").append(at);
        return Arrays.copyOf(b, at);
      }
      case 3 -> { // delete a stretch
        int len = Math.min(b.length - at, 1 + r.nextInt(2_000));
        what.append("delete ").append(len).append(" at ").append(at);
        byte[] c = new byte[b.length - len];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + len, c, at, b.length - at - len);
        return c;
      }
      case 4 -> { // repeat a stretch many times (a long document of real text)
        int len = Math.min(b.length - at, 1 + r.nextInt(500));
        int times = 1 + r.nextInt(400);
        what.append("repeat ").append(len).append(" bytes at ").append(at).append(" x").append(times);
        return insert(b, at, repeat(Arrays.copyOfRange(b, at, at + len), times));
      }
      case 5 -> { // deep nesting
        String open = r.nextBoolean() ? "<div><span>" : "<blockquote><p>";
        int depth = 1 + r.nextInt(20_000);
        what.append("nest ").append(depth).append(" x ").append(open).append(" at ").append(at);
        return insert(b, at, repeat(open.getBytes(StandardCharsets.UTF_8), depth));
      }
      case 6 -> { // swap two stretches (records out of order, tags crossed)
        int a = r.nextInt(Math.max(1, b.length));
        int len = Math.min(Math.min(b.length - Math.max(a, at), Math.abs(a - at)), 1 + r.nextInt(300));
        byte[] c = b.clone();
        for (int i = 0; i < len; i++) {
          byte t = c[a + i];
          c[a + i] = c[at + i];
          c[at + i] = t;
        }
        what.append("swap ").append(len).append(" bytes at ").append(a).append(" and ").append(at);
        return c;
      }
      case 7 -> { // one very long line without a break: 1 to 3 MB
        int len = 1_000_000 + r.nextInt(2_000_000);
        byte[] line = new byte[len];
        for (int i = 0; i < len; i++) {
          line[i] = (byte) (i % 7 == 6 ? ' ' : 'a' + r.nextInt(26));
        }
        what.append("insert a line of ").append(len).append(" bytes at ").append(at);
        return insert(b, at, line);
      }
      default -> { // NUL and control bytes sprinkled
        byte[] c = b.clone();
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n && c.length > 0; i++) {
          c[r.nextInt(c.length)] = (byte) r.nextInt(32);
        }
        what.append("control bytes x").append(n);
        return c;
      }
    }
  }

  /**
   * Where to change: anywhere, or (half the time) a few bytes into a line or a tag, where the structure is that
   * readers look for (a dated header, a dateline, a record's opening tag).
   */
  private static int position(byte[] b, Random r) {
    if (b.length == 0) {
      return 0;
    }
    int at = r.nextInt(b.length);
    if (r.nextBoolean()) {
      while (at > 0 && b[at - 1] != '\n' && b[at - 1] != '<') {
        at--;
      }
      at = Math.min(b.length, at + r.nextInt(30));
    }
    return at;
  }

  private static byte[] insert(byte[] b, int at, byte[] x) {
    ByteArrayOutputStream o = new ByteArrayOutputStream(b.length + x.length);
    o.write(b, 0, at);
    o.write(x, 0, x.length);
    o.write(b, at, b.length - at);
    return o.toByteArray();
  }

  private static byte[] repeat(byte[] unit, int times) {
    byte[] out = new byte[unit.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(unit, 0, out, i * unit.length, unit.length);
    }
    return out;
  }

  /**
   * Reads {@code f} (sniffed, or as {@code format}) within the budget (CPU of the reading thread, or the wall limit);
   * a throw or a timeout is a failure.
   */
  private static ReadResult read(ExecutorService pool, Path f, Format format, String label, List<String> failures)
      throws InterruptedException {
    AtomicReference<Thread> worker = new AtomicReference<>();
    AtomicLong cpuAtStart = new AtomicLong();
    Future<ReadResult> r = pool.submit(() -> {
      cpuAtStart.set(THREADS.getCurrentThreadCpuTime());
      worker.set(Thread.currentThread());
      return Sources.read(f, format);
    });
    long wallEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(WALL_SECONDS);
    while (true) {
      try {
        return r.get(250, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        Thread t = worker.get();
        long cpu = t == null ? 0 : THREADS.getThreadCpuTime(t.getId()) - cpuAtStart.get();
        boolean overBudget = cpu > TimeUnit.SECONDS.toNanos(BUDGET_SECONDS);
        if (overBudget || System.nanoTime() > wallEnd) {
          r.cancel(true);
          failures.add(label + ": still reading after " + (overBudget ? BUDGET_SECONDS + " s of CPU"
              : WALL_SECONDS + " s"));
          return null;
        }
      } catch (java.util.concurrent.ExecutionException e) {
        failures.add(label + ": threw " + e.getCause());
        return null;
      }
    }
  }

  @Test
  void no_mutation_of_a_real_input_crashes_a_reader_hangs_it_or_loses_the_good_input_around_it() throws Exception {
    System.out.println("reader fuzz: seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + "), " + CASES
        + " mutations per input");
    Map<String, byte[]> inputs = inputs();
    assumeTrue(inputs.size() >= 6, "the real inputs are there");
    Random r = new Random(SEED);
    List<String> failures = new ArrayList<>();
    ExecutorService pool = Executors.newCachedThreadPool(t -> {
      Thread th = new Thread(t, "fuzz-read");
      th.setDaemon(true);
      return th;
    });
    Path good = dir.resolve("good.txt");
    Files.copy(home("examples", "arabnews-2025.txt"), good);
    int goodArticles = Sources.read(good).articles().size();
    int cases = 0;
    try {
      for (Map.Entry<String, byte[]> in : inputs.entrySet()) {
        Path clean = dir.resolve("clean-" + in.getKey());
        Files.write(clean, in.getValue());
        ReadResult whole = Sources.read(clean);
        assertTrue(!whole.articles().isEmpty(), in.getKey() + " reads: " + whole.problems());
        for (int k = 0; k < CASES; k++) {
          StringBuilder what = new StringBuilder();
          byte[] m = in.getValue();
          for (int n = 1 + r.nextInt(3), i = 0; i < n; i++) { // one to three changes, one on top of the other
            what.append(i == 0 ? "" : ", then ");
            m = mutate(m, r, what);
          }
          String label = "seed " + SEED + ", " + in.getKey() + " case " + k + " (" + what + ")";
          Path f = dir.resolve("fuzz-" + k + "-" + in.getKey());
          Files.write(f, m);
          ReadResult got = read(pool, f, null, label, failures);
          ReadResult forced = read(pool, f, Format.sniff(clean), label + " read as its own format", failures);
          cases++;
          if (got != null && forced != null) {
            lostGoodInput(in.getKey(), in.getValue(), m, whole, got, forced, label, failures);
          }
          // a good file read right after the damaged one is read whole
          ReadResult after = read(pool, good, null, label + ", the good file after it", failures);
          if (after != null && after.articles().size() != goodArticles) {
            failures.add(label + ": the good file after it gave " + after.articles().size() + " articles");
          }
          Files.delete(f);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("reader fuzz: " + cases + " mutated inputs, " + failures.size() + " failures");
    assertEquals(List.of(), failures, "reproduce with -Dfuzz.seed=" + SEED);
  }

  /**
   * The records a mutation did not touch are still read: in JSON Lines every line but the changed ones, in a Reuters
   * file every record whose bytes are unchanged, in an archive every record before the first changed byte.
   */
  private static void lostGoodInput(String name, byte[] before, byte[] after, ReadResult whole, ReadResult sniffed,
      ReadResult got, String label, List<String> failures) {
    int same = 0;
    while (same < Math.min(before.length, after.length) && before[same] == after[same]) {
      same++;
    }
    int firstChange = same;
    if (name.endsWith(".jsonl") || name.endsWith(".sgm")) {
      String text = new String(after, StandardCharsets.ISO_8859_1);
      for (var a : whole.articles()) {
        // a record whose text is still there, intact, is still read
        String record = a.source().contains("#NEWID=") ? "NEWID=\"" + a.source().replaceAll(".*#NEWID=", "") + "\""
            : a.source();
        String head = a.headline() == null ? "" : a.headline();
        boolean intact = name.endsWith(".jsonl") ? untouchedLine(before, after, a.source())
            : untouchedReutersRecord(new String(before, StandardCharsets.ISO_8859_1), text, record);
        if (intact && got.articles().stream().noneMatch(x -> x.text().equals(a.text())
            && (x.headline() == null ? "" : x.headline()).equals(head))) {
          failures.add(label + ": lost the untouched record " + a.source());
        }
      }
    } else if (name.contains(".warc")) {
      long kept = whole.articles().stream().filter(a -> recordEnd(before, a.source()) <= firstChange).count();
      long read = got.articles().stream().filter(a -> recordEnd(before, a.source()) <= firstChange).count();
      if (read < kept && !name.endsWith(".gz")) {
        failures.add(label + ": " + kept + " records precede the damage, " + read + " were read");
      }
      // read as the user reads it, without --format: the damage must not hide what precedes it
      if (sniffed.articles().size() < got.articles().size()) {
        failures.add(label + ": read as its content shows, " + sniffed.articles().size() + " records; read as an"
            + " archive, " + got.articles().size() + ": " + sniffed.problems());
      }
    }
  }

  /** Whether the JSON line holding {@code url} is byte for byte the same in both. */
  private static boolean untouchedLine(byte[] before, byte[] after, String url) {
    String b = new String(before, StandardCharsets.UTF_8);
    String a = new String(after, StandardCharsets.UTF_8);
    for (String line : b.split("\n")) {
      if (line.contains("\"" + url + "\"")) {
        return a.contains("\n" + line + "\n") || a.startsWith(line + "\n");
      }
    }
    return false;
  }

  /** Whether the Reuters record with {@code newid} (and its neighbours' boundaries) is unchanged. */
  private static boolean untouchedReutersRecord(String before, String after, String newid) {
    int at = before.indexOf(newid);
    if (at < 0) {
      return false;
    }
    int start = before.lastIndexOf("<REUTERS", at);
    int end = before.indexOf("</REUTERS>", at);
    if (start < 0 || end < 0) {
      return false;
    }
    String record = before.substring(start, end + "</REUTERS>".length());
    return after.contains(record) && after.indexOf(record) == after.lastIndexOf(record);
  }

  /** Where the archive record of {@code uri} ends in {@code warc} (plain archives), or its length when unknown. */
  private static int recordEnd(byte[] warc, String uri) {
    String s = new String(warc, StandardCharsets.ISO_8859_1);
    int at = s.indexOf("WARC-Target-URI: " + uri);
    if (at < 0) {
      return warc.length;
    }
    int next = s.indexOf("WARC/1.", at);
    return next < 0 ? warc.length : next;
  }
}
