package org.newsgraph.core;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.core.NewsgraphConfig.Dedup;
import org.newsgraph.core.NewsgraphConfig.Ingest;
import org.newsgraph.core.NewsgraphConfig.Limits;
import org.newsgraph.core.NewsgraphConfig.Nlp;
import org.newsgraph.core.NewsgraphConfig.Server;
import org.newsgraph.core.NewsgraphConfig.Store;
import org.newsgraph.core.NewsgraphConfig.Stories;

/**
 * The configuration keys of {@link NewsgraphConfig}: for each, its name, how its text is parsed (and checked), and
 * where its value is in the record tree. A new setting is one constant here, one place in {@link Values#build}, and
 * a line in the README.
 */
final class ConfigKeys {
  static final Key<Path> STORE_DIR = new Key<>("store.dir", Path::of, c -> c.store().dir());
  static final Key<Boolean> NLP_DEPENDENCIES = new Key<>("nlp.dependencies", ConfigKeys::bool,
      c -> c.nlp().dependencies());
  static final Key<String> SERVER_BIND = new Key<>("server.bind", ConfigKeys::text, c -> c.server().bind());
  static final Key<Integer> SERVER_PORT = new Key<>("server.port", whole(0, 65535), c -> c.server().port());
  static final Key<String> SERVER_WRITE_TOKEN = new Key<>("server.writeToken", v -> v.isEmpty() ? null : v,
      c -> c.server().writeToken());
  static final Key<Long> SERVER_MAX_BODY_BYTES = new Key<>("server.maxBodyBytes", large(1),
      c -> c.server().maxBodyBytes());
  static final Key<String> SERVER_ANALYZE_TOKEN = new Key<>("server.analyzeToken", v -> v.isEmpty() ? null : v,
      c -> c.server().analyzeToken());
  static final Key<Boolean> SERVER_OPEN_ANALYZE = new Key<>("server.openAnalyze", ConfigKeys::bool,
      c -> c.server().openAnalyze());
  static final Key<Integer> SERVER_ANALYZE_THREADS = new Key<>("server.analyzeThreads", whole(1, 256),
      c -> c.server().analyzeThreads());
  static final Key<Integer> SERVER_ANALYZE_QUEUE = new Key<>("server.analyzeQueue", whole(0, 10_000),
      c -> c.server().analyzeQueue());
  static final Key<Double> SERVER_ANALYZE_SECONDS = new Key<>("server.analyzeSeconds", seconds(),
      c -> c.server().analyzeSeconds());
  static final Key<List<String>> SERVER_ALLOWED_ORIGINS = new Key<>("server.allowedOrigins", ConfigKeys::origins,
      c -> c.server().allowedOrigins());
  // Below 2 GiB: a page is read into one Java array.
  static final Key<Long> INGEST_MAX_PAGE_MIB = new Key<>("ingest.maxPageMib", large(1, 2047),
      c -> c.ingest().maxPageMib());
  static final Key<Long> INGEST_MAX_FEED_MIB = new Key<>("ingest.maxFeedMib", large(1, 2047),
      c -> c.ingest().maxFeedMib());
  static final Key<Double> INGEST_CONNECT_TIMEOUT = new Key<>("ingest.connectTimeoutSeconds", seconds(),
      c -> c.ingest().connectTimeoutSeconds());
  static final Key<Double> INGEST_REQUEST_TIMEOUT = new Key<>("ingest.requestTimeoutSeconds", seconds(),
      c -> c.ingest().requestTimeoutSeconds());
  static final Key<Integer> INGEST_MAX_REDIRECTS = new Key<>("ingest.maxRedirects", whole(0, 50),
      c -> c.ingest().maxRedirects());
  static final Key<Boolean> INGEST_FETCH_PAGES = new Key<>("ingest.fetchPages", ConfigKeys::bool,
      c -> c.ingest().fetchPages());
  static final Key<String> INGEST_USER_AGENT = new Key<>("ingest.userAgent", ConfigKeys::text,
      c -> c.ingest().userAgent());
  static final Key<Integer> DEDUP_SHINGLE_WORDS = new Key<>("dedup.shingleWords", whole(1, 16),
      c -> c.dedup().shingleWords());
  static final Key<Double> DEDUP_THRESHOLD = new Key<>("dedup.threshold", share(), c -> c.dedup().threshold());
  static final Key<Double> STORIES_THRESHOLD = new Key<>("stories.threshold", share(),
      c -> c.stories().threshold());
  static final Key<Integer> STORIES_QUIET_DAYS = new Key<>("stories.quietDays", whole(1, 3650),
      c -> c.stories().quietDays());
  static final Key<Double> STORIES_EVENT_THRESHOLD = new Key<>("stories.eventThreshold", share(),
      c -> c.stories().eventThreshold());

  static final Key<Integer> LIMITS_MAX_DOCUMENT_CHARS = new Key<>("limits.maxDocumentChars",
      whole(1_000, Integer.MAX_VALUE), c -> c.limits().maxDocumentChars());
  static final Key<Integer> LIMITS_MAX_SENTENCE_TOKENS = new Key<>("limits.maxSentenceTokens", whole(10, 100_000),
      c -> c.limits().maxSentenceTokens());
  static final Key<Integer> LIMITS_MAX_SENTENCES = new Key<>("limits.maxSentences", whole(1, Integer.MAX_VALUE),
      c -> c.limits().maxSentences());
  static final Key<Double> LIMITS_DOCUMENT_SECONDS = new Key<>("limits.documentSeconds", seconds(),
      c -> c.limits().documentSeconds());
  static final Key<Double> LIMITS_STAGE_SECONDS = new Key<>("limits.stageSeconds", seconds(),
      c -> c.limits().stageSeconds());
  static final Key<Double> WATCH_EVERY_SECONDS = new Key<>("watch.everySeconds", seconds(),
      c -> c.watch().everySeconds());
  static final Key<Double> WATCH_HOST_DELAY_SECONDS = new Key<>("watch.hostDelaySeconds", seconds(),
      c -> c.watch().hostDelaySeconds());
  static final Key<Double> WATCH_MAX_BACKOFF_SECONDS = new Key<>("watch.maxBackoffSeconds", seconds(),
      c -> c.watch().maxBackoffSeconds());
  static final Key<Integer> WATCH_FETCH_THREADS = new Key<>("watch.fetchThreads", whole(1, 64),
      c -> c.watch().fetchThreads());
  static final Key<Integer> WATCH_MAX_SEEN_PER_FEED = new Key<>("watch.maxSeenPerFeed", whole(10, 1_000_000),
      c -> c.watch().maxSeenPerFeed());

  /** Every key, in the order {@link NewsgraphConfig#settings()} lists them. */
  static final List<Key<?>> ALL = List.of(STORE_DIR, NLP_DEPENDENCIES, SERVER_BIND, SERVER_PORT, SERVER_WRITE_TOKEN,
      SERVER_MAX_BODY_BYTES, SERVER_ANALYZE_TOKEN, SERVER_OPEN_ANALYZE, SERVER_ANALYZE_THREADS, SERVER_ANALYZE_QUEUE,
      SERVER_ANALYZE_SECONDS, SERVER_ALLOWED_ORIGINS, INGEST_MAX_PAGE_MIB, INGEST_MAX_FEED_MIB, INGEST_CONNECT_TIMEOUT,
      INGEST_REQUEST_TIMEOUT, INGEST_MAX_REDIRECTS, INGEST_FETCH_PAGES, INGEST_USER_AGENT, DEDUP_SHINGLE_WORDS,
      DEDUP_THRESHOLD, STORIES_THRESHOLD, STORIES_QUIET_DAYS, STORIES_EVENT_THRESHOLD, LIMITS_MAX_DOCUMENT_CHARS,
      LIMITS_MAX_SENTENCE_TOKENS, LIMITS_MAX_SENTENCES, LIMITS_DOCUMENT_SECONDS, LIMITS_STAGE_SECONDS,
      WATCH_EVERY_SECONDS, WATCH_HOST_DELAY_SECONDS, WATCH_MAX_BACKOFF_SECONDS, WATCH_FETCH_THREADS,
      WATCH_MAX_SEEN_PER_FEED);
  private static final Map<String, Key<?>> BY_NAME = new HashMap<>();

  static {
    for (Key<?> k : ALL) {
      BY_NAME.put(k.name(), k);
    }
  }

  private ConfigKeys() {}

  /**
   * One key.
   *
   * @param parser  text to value; throws {@link IllegalArgumentException} with the reason (the caller adds the key)
   * @param getter  the key's value in a configuration
   */
  record Key<T>(String name, Function<String, T> parser, Function<NewsgraphConfig, T> getter) {
    String format(NewsgraphConfig c) {
      T v = getter.apply(c);
      return v == null ? "" : v instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
          : v.toString();
    }
  }

  static Key<?> named(String name) {
    return BY_NAME.get(name);
  }

  static List<String> names() {
    return ALL.stream().map(Key::name).toList();
  }

  /** A value for every key, taken from a configuration and then overridden key by key. */
  static final class Values {
    private final Map<Key<?>, Object> values = new HashMap<>();

    static Values of(NewsgraphConfig c) {
      Values v = new Values();
      for (Key<?> k : ALL) {
        v.values.put(k, k.getter().apply(c));
      }
      return v;
    }

    void parse(Key<?> key, String text, String origin) {
      try {
        values.put(key, key.parser().apply(text));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(origin + ": " + key.name() + " = '" + text + "' " + e.getMessage());
      }
    }

    @SuppressWarnings("unchecked")
    private <T> T get(Key<T> key) {
      return (T) values.get(key);
    }

    NewsgraphConfig build() {
      return new NewsgraphConfig(new Store(get(STORE_DIR)), new Nlp(get(NLP_DEPENDENCIES)),
          new Server(get(SERVER_BIND), get(SERVER_PORT), get(SERVER_WRITE_TOKEN), get(SERVER_MAX_BODY_BYTES),
              get(SERVER_ANALYZE_TOKEN), get(SERVER_OPEN_ANALYZE), get(SERVER_ANALYZE_THREADS),
              get(SERVER_ANALYZE_QUEUE), get(SERVER_ANALYZE_SECONDS), get(SERVER_ALLOWED_ORIGINS)),
          new Ingest(get(INGEST_MAX_PAGE_MIB), get(INGEST_MAX_FEED_MIB), get(INGEST_CONNECT_TIMEOUT),
              get(INGEST_REQUEST_TIMEOUT), get(INGEST_MAX_REDIRECTS), get(INGEST_FETCH_PAGES),
              get(INGEST_USER_AGENT)),
          new Dedup(get(DEDUP_SHINGLE_WORDS), get(DEDUP_THRESHOLD)),
          new Stories(get(STORIES_THRESHOLD), get(STORIES_QUIET_DAYS), get(STORIES_EVENT_THRESHOLD)),
          new Limits(get(LIMITS_MAX_DOCUMENT_CHARS), get(LIMITS_MAX_SENTENCE_TOKENS), get(LIMITS_MAX_SENTENCES),
              get(LIMITS_DOCUMENT_SECONDS), get(LIMITS_STAGE_SECONDS)),
          new NewsgraphConfig.Watch(get(WATCH_EVERY_SECONDS), get(WATCH_HOST_DELAY_SECONDS),
              get(WATCH_MAX_BACKOFF_SECONDS), get(WATCH_FETCH_THREADS), get(WATCH_MAX_SEEN_PER_FEED)));
    }
  }

  private static boolean bool(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new IllegalArgumentException("is not true or false");
    };
  }

  /** Web origins, comma-separated: each a scheme, a host and an optional port, nothing after. */
  private static List<String> origins(String v) {
    List<String> out = new java.util.ArrayList<>();
    for (String o : v.split(",")) {
      String t = o.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (!t.matches("(?i)(https?://[a-z0-9.\\[\\]:-]+(:\\d+)?|null)")) {
        throw new IllegalArgumentException("is not a list of origins like https://news.example.org ('" + t + "' is"
            + " not one)");
      }
      out.add(t.toLowerCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }

  private static String text(String v) {
    if (v.isEmpty()) {
      throw new IllegalArgumentException("is empty");
    }
    return v;
  }

  private static Function<String, Integer> whole(int min, int max) {
    return v -> (int) within(number(v, Long::parseLong), min, max);
  }

  private static Function<String, Long> large(long min) {
    return large(min, Long.MAX_VALUE);
  }

  private static Function<String, Long> large(long min, long max) {
    return v -> within(number(v, Long::parseLong), min, max);
  }

  private static long within(long n, long min, long max) {
    if (n < min || n > max) {
      throw new IllegalArgumentException(max == Long.MAX_VALUE ? "is below " + min
          : "is not between " + min + " and " + max);
    }
    return n;
  }

  /** Seconds: a positive number. */
  private static Function<String, Double> seconds() {
    return v -> {
      double d = number(v, Double::parseDouble);
      if (!(d > 0) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("is not a positive number of seconds");
      }
      return d;
    };
  }

  /** A share in (0, 1]. */
  private static Function<String, Double> share() {
    return v -> {
      double d = number(v, Double::parseDouble);
      if (!(d > 0 && d <= 1)) {
        throw new IllegalArgumentException("is not in (0, 1]");
      }
      return d;
    };
  }

  private static <N> N number(String v, Function<String, N> parse) {
    try {
      return parse.apply(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("is not a number");
    }
  }
}
