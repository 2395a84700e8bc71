package org.newsgraph.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one typed configuration the CLI, the server and the Spark job all receive, and the one place where its
 * defaults are. Read from a {@code key = value} file ({@link #read}); the keys are listed in {@link ConfigKeys}
 * and in the README. An unknown key is an error naming the key and the keys that exist, never ignored; a bad value
 * is an error naming the key and the value. Command-line flags are applied over the file with {@link #with}.
 */
public record NewsgraphConfig(Store store, Nlp nlp, Server server, Ingest ingest, Dedup dedup, Stories stories,
    Limits limits, Watch watch) {

  /** Where the embedded store lives ({@code store.dir}). */
  public record Store(Path dir) {}

  /**
   * What the NLP stage runs. The defaults are chosen by measurement (see FACTS.md and docs/BENCHMARKS.md): the
   * CoNLL 4-class CRF alone instead of CoreNLP's three stacked CRFs, no fine-grained/KBP rules, no SUTime (our own
   * time tagger runs later) and no numeric classifiers; the dependency parser is kept because tense and actors
   * need it.
   *
   * @param dependencies whether to run the dependency parser ({@code nlp.dependencies}; the slowest part)
   */
  public record Nlp(boolean dependencies) {}

  /**
   * HTTP server settings.
   *
   * @param bind            address to bind ({@code server.bind}); loopback unless told otherwise
   * @param port            TCP port ({@code server.port}; 0 = any free port)
   * @param writeToken      token required by write endpoints ({@code server.writeToken}); null disables writes
   * @param maxBodyBytes    request bodies above this get 413 ({@code server.maxBodyBytes})
   * @param analyzeToken    a token that allows {@code POST /api/analyze} only ({@code server.analyzeToken}); the
   *                        write token allows it too; null: only the write token does
   * @param openAnalyze     whether {@code POST /api/analyze} needs no token at all ({@code server.openAnalyze})
   * @param analyzeThreads  analyses that run at once ({@code server.analyzeThreads})
   * @param analyzeQueue    analyses that may wait for a thread; one more gets 429 ({@code server.analyzeQueue})
   * @param analyzeSeconds  the deadline of one analysis request: what is done by then is answered, and what is
   *                        still running is stopped ({@code server.analyzeSeconds})
   * @param allowedOrigins  web origins other than the server's own whose pages may call the API
   *                        ({@code server.allowedOrigins}, comma-separated, e.g. {@code https://news.example.org});
   *                        a request from any other origin is refused
   */
  public record Server(String bind, int port, String writeToken, long maxBodyBytes, String analyzeToken,
      boolean openAnalyze, int analyzeThreads, int analyzeQueue, double analyzeSeconds, List<String> allowedOrigins) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_ANALYZE_THREADS = 2;
    public static final int DEFAULT_ANALYZE_QUEUE = 4;
    public static final double DEFAULT_ANALYZE_SECONDS = 30;

    public Server {
      allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** A server with the defaults for everything but where it listens, its write token and its body limit. */
    public Server(String bind, int port, String writeToken, long maxBodyBytes) {
      this(bind, port, writeToken, maxBodyBytes, null, false, DEFAULT_ANALYZE_THREADS, DEFAULT_ANALYZE_QUEUE,
          DEFAULT_ANALYZE_SECONDS, List.of());
    }

    /** This server with {@code POST /api/analyze} open to anyone (or not). */
    public Server withOpenAnalyze(boolean open) {
      return new Server(bind, port, writeToken, maxBodyBytes, analyzeToken, open, analyzeThreads, analyzeQueue,
          analyzeSeconds, allowedOrigins);
    }

    /** This server with another pool, queue and deadline for {@code POST /api/analyze}. */
    public Server withAnalyzePool(int threads, int queue, double seconds) {
      return new Server(bind, port, writeToken, maxBodyBytes, analyzeToken, openAnalyze, threads, queue, seconds,
          allowedOrigins);
    }

    /** This server accepting requests from pages of these origins. */
    public Server withAllowedOrigins(List<String> origins) {
      return new Server(bind, port, writeToken, maxBodyBytes, analyzeToken, openAnalyze, analyzeThreads,
          analyzeQueue, analyzeSeconds, origins);
    }
  }

  /**
   * How inputs are read and fetched ({@code ingest.*}).
   *
   * @param maxPageMib             HTML pages (files, WARC records, fetched pages) above this many MiB are refused
   *                               with one line
   * @param maxFeedMib             feeds fetched from URLs above this many MiB are refused
   * @param connectTimeoutSeconds  time to open a connection to a URL
   * @param requestTimeoutSeconds  time for a whole response (headers and body)
   * @param maxRedirects           redirects followed before giving up
   * @param fetchPages             whether a feed item that carries only a summary is read from its page instead
   * @param userAgent              the {@code User-Agent} header sent
   */
  public record Ingest(long maxPageMib, long maxFeedMib, double connectTimeoutSeconds, double requestTimeoutSeconds,
      int maxRedirects, boolean fetchPages, String userAgent) {
    /** Only absurd pages are refused: real news pages, bloated ones included, stay far below this. */
    public static final long DEFAULT_MAX_PAGE_MIB = 256;
    public static final int DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;
  }

  /**
   * What a near-duplicate is, for {@code ingest}, the server and the Spark job alike ({@code dedup.*}): the texts'
   * overlapping word shingles are compared by MinHash, and a text whose estimated Jaccard similarity to an earlier
   * article is at least the threshold is another publication of it.
   *
   * @param shingleWords  words per shingle
   * @param threshold     estimated Jaccard similarity of the shingle sets from which a text is the same story
   */
  public record Dedup(int shingleWords, double threshold) {
    public static final double DEFAULT_THRESHOLD = 0.6;
  }

  /**
   * What a story is, for ingest, the server and the Spark job alike ({@code stories.*}): each stored article joins
   * the most similar story (words, entities, events, dates) when the similarity reaches {@code threshold}, else it
   * starts one; a dated story that has had no article for {@code quietDays} days is closed to dated articles; within
   * a story, an event mention joins an event instance when the trained event-link model's probability reaches
   * {@code eventThreshold}.
   *
   * @param threshold       similarity (0..1] from which an article joins a story
   * @param quietDays       days without a dated article after which a story has gone quiet
   * @param eventThreshold  the event-link model's probability (0..1] from which an event mention joins an event
   *                        instance of its story
   */
  public record Stories(double threshold, int quietDays, double eventThreshold) {
    /** Chosen on the ECB+ train topics; docs/BENCHMARKS.md gives the figures on the dev topics. */
    public static final double DEFAULT_THRESHOLD = 0.20;
    public static final int DEFAULT_QUIET_DAYS = 30;
    public static final double DEFAULT_EVENT_THRESHOLD = 0.50;

    public static Stories defaults() {
      return new Stories(DEFAULT_THRESHOLD, DEFAULT_QUIET_DAYS, DEFAULT_EVENT_THRESHOLD);
    }
  }

  /**
   * How much one document may ask of the analysis ({@code limits.*}), so that no input can hang an ingest or stall
   * the server. Over a limit the document is still analysed, as far as the limit allows, and stored with a note
   * saying what was left out; it is never dropped.
   *
   * @param maxDocumentChars   characters analysed per document: a longer text is analysed up to the last paragraph
   *                           break before this many characters, and kept whole ({@code limits.maxDocumentChars})
   * @param maxSentenceTokens  tokens per sentence: a longer run (a list, a table, a text without full stops) is cut
   *                           into pieces of this many tokens before it is tagged and parsed
   *                           ({@code limits.maxSentenceTokens})
   * @param maxSentences       sentences analysed per document ({@code limits.maxSentences})
   * @param documentSeconds    time for the whole analysis of one document ({@code limits.documentSeconds})
   * @param stageSeconds       time for one stage of it; a stage still running then is stopped and the document
   *                           kept with what the stages before it found ({@code limits.stageSeconds})
   */
  public record Limits(int maxDocumentChars, int maxSentenceTokens, int maxSentences, double documentSeconds,
      double stageSeconds) {
    /** Some 30,000 words: ten times a long feature, far below what makes the parser struggle. */
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 200_000;
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 250;
    public static final int DEFAULT_MAX_SENTENCES = 5_000;
    public static final double DEFAULT_DOCUMENT_SECONDS = 120;
    public static final double DEFAULT_STAGE_SECONDS = 60;
  }

  /**
   * How {@code newsgraph watch} and {@code serve --watch} poll feeds and pages ({@code watch.*}); responses are
   * bounded by {@code ingest.*} (timeouts, sizes, redirects), analyses by {@code limits.*}.
   *
   * @param everySeconds       time between two polls of one feed or page
   * @param hostDelaySeconds   time between two requests to one host (a robots.txt Crawl-delay may lengthen it)
   * @param maxBackoffSeconds  the longest wait after failures (each failure in a row doubles the wait)
   * @param fetchThreads       feeds fetched at once (never two from one host)
   * @param maxSeenPerFeed     item URLs remembered per feed, the most recent kept
   */
  public record Watch(double everySeconds, double hostDelaySeconds, double maxBackoffSeconds, int fetchThreads,
      int maxSeenPerFeed) {
    public static final double DEFAULT_EVERY_SECONDS = 900;

    static Watch defaults() {
      return new Watch(DEFAULT_EVERY_SECONDS, 2, 6 * 3600, 4, 5000);
    }
  }

  /** The defaults: every key's value when no file or flag names it. */
  public static NewsgraphConfig defaults() {
    return new NewsgraphConfig(new Store(Path.of("newsgraph-data")), new Nlp(true),
        new Server(Server.DEFAULT_BIND, Server.DEFAULT_PORT, null, 2L * 1024 * 1024),
        new Ingest(Ingest.DEFAULT_MAX_PAGE_MIB, 50, 10, Ingest.DEFAULT_REQUEST_TIMEOUT_SECONDS, 5, false,
            "newsgraph/" + Version.current() + " (news reader; +https://github.com/newsgraph)"),
        new Dedup(4, Dedup.DEFAULT_THRESHOLD), Stories.defaults(),
        new Limits(Limits.DEFAULT_MAX_DOCUMENT_CHARS, Limits.DEFAULT_MAX_SENTENCE_TOKENS, Limits.DEFAULT_MAX_SENTENCES,
            Limits.DEFAULT_DOCUMENT_SECONDS, Limits.DEFAULT_STAGE_SECONDS), Watch.defaults());
  }

  /** Reads {@code file} over the defaults. */
  public static NewsgraphConfig read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return defaults().with(p, file.toString());
  }

  /** The configuration given as {@link #settings()} (every key) or as a file's keys over the defaults. */
  public static NewsgraphConfig of(Map<?, ?> settings, String origin) {
    return defaults().with(settings, origin);
  }

  /**
   * This configuration with {@code overrides} (keys as in the file) applied; {@code origin} (a file name, a flag)
   * starts every error message. Unknown keys and bad values throw {@link IllegalArgumentException}.
   */
  public NewsgraphConfig with(Map<?, ?> overrides, String origin) {
    Set<String> unknown = new TreeSet<>();
    for (Object k : overrides.keySet()) {
      if (ConfigKeys.named(k.toString()) == null) {
        unknown.add(k.toString());
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(origin + ": unknown configuration key(s) " + unknown + "; known keys: "
          + new TreeSet<>(ConfigKeys.names()));
    }
    ConfigKeys.Values values = ConfigKeys.Values.of(this);
    for (Map.Entry<?, ?> e : overrides.entrySet()) {
      values.parse(ConfigKeys.named(e.getKey().toString()), String.valueOf(e.getValue()).strip(), origin);
    }
    return values.build();
  }

  /** Every key with its value, in the file's syntax: {@link #of} reads it back to an equal configuration. */
  public Map<String, String> settings() {
    Map<String, String> m = new LinkedHashMap<>();
    for (ConfigKeys.Key<?> k : ConfigKeys.ALL) {
      m.put(k.name(), k.format(this));
    }
    return m;
  }

  public NewsgraphConfig withStore(Path dir) {
    return new NewsgraphConfig(new Store(dir), nlp, server, ingest, dedup, stories, limits, watch);
  }

  public NewsgraphConfig withServer(Server s) {
    return new NewsgraphConfig(store, nlp, s, ingest, dedup, stories, limits, watch);
  }

  public NewsgraphConfig withLimits(Limits l) {
    return new NewsgraphConfig(store, nlp, server, ingest, dedup, stories, l, watch);
  }
}
