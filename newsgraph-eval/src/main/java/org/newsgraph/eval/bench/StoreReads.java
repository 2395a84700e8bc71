package org.newsgraph.eval.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.NewsStore;

/**
 * The reads of {@code bench store}, through the HTTP API on 127.0.0.1 (the same routes, handlers and store queries
 * the web page uses), one client, one request at a time: each read {@link #CALLS} times with varied arguments drawn
 * from articles of the store (so an entity is picked as often as articles name it: the popular ones come up most,
 * as on a real page), after a few calls of each that are not counted.
 */
public final class StoreReads {
  public static final int CALLS = 200;
  private static final int WARM_UP = 10;

  /** The latencies of one read, and how many of its calls did not answer 200. */
  public record Read(String name, String example, LoadBench.Latencies ms, int failed) {}

  private StoreReads() {}

  /**
   * The paths of each read, by name: {@code calls} each, built from {@code sample} (articles of the store) and the
   * stories of those articles.
   */
  public static Map<String, List<String>> plan(List<AnalyzedArticle> sample, Map<String, String> storyOf, int calls,
      long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> words = new ArrayList<>();
    List<String> entities = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<String> types = new ArrayList<>();
    List<String> actors = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    for (AnalyzedArticle a : sample) {
      for (String w : a.article().headline() == null ? new String[0] : a.article().headline().split("\\s+")) {
        String word = w.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (word.length() >= 5) {
          words.add(word);
        }
      }
      a.mentions().forEach(m -> entities.add(m.entityId()));
      a.claims().stream().map(Claim::sourceEntityId).filter(s -> s != null).forEach(sources::add);
      for (Event e : a.events()) {
        types.add(e.type());
        e.actors().stream().map(Event.Argument::entityId).filter(s -> s != null).forEach(actors::add);
      }
      outlets.add(a.article().outlet());
    }
    List<String> stories = new ArrayList<>(new LinkedHashSet<>(storyOf.values()));
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put("search", paths(calls, i -> "/api/search?limit=20&q=" + q(pick(rnd, words, "government"))));
    out.put("search_filtered", paths(calls, i -> "/api/search?limit=20&q=" + q(pick(rnd, words, "government"))
        + switch (i % 4) {
          case 0 -> "&entity=" + q(pick(rnd, entities, "country:USA"));
          case 1 -> period(rnd);
          case 2 -> "&type=" + q(pick(rnd, types, "consult").toLowerCase(Locale.ROOT));
          default -> "&outlet=" + q(pick(rnd, outlets, SyntheticArticles.outlet(0)));
        }));
    out.put("article", paths(calls, i -> "/api/articles/" + q(sample.get(rnd.nextInt(sample.size())).article().id())));
    out.put("entity", paths(calls, i -> "/api/entities/" + q(pick(rnd, entities, "country:USA"))));
    out.put("timeline", paths(calls, i -> "/api/timeline?order=newest&limit=50&entity="
        + q(pick(rnd, entities, "country:USA"))));
    out.put("claims_by_source", paths(calls, i -> "/api/claims?limit=50&source=" + q(pick(rnd, sources,
        "country:USA"))));
    out.put("claims_about", paths(calls, i -> "/api/claims?limit=50&about=" + q(pick(rnd, entities,
        "country:USA"))));
    out.put("events_by_type", paths(calls, i -> "/api/events?limit=50&order=newest&type="
        + q(pick(rnd, types, "CONSULT"))));
    out.put("events_by_actor", paths(calls, i -> "/api/events?limit=50&order=newest&actor="
        + q(pick(rnd, actors, "country:USA"))));
    if (!stories.isEmpty()) {
      out.put("story", paths(calls, i -> "/api/stories/" + q(stories.get(rnd.nextInt(stories.size())))));
      out.put("story_board", paths(calls, i -> "/api/stories/" + q(stories.get(rnd.nextInt(stories.size())))
          + "/board"));
    }
    out.put("trends", paths(calls, i -> "/api/trends?interval=month&q=" + q(pick(rnd, words, "government"))
        + (i % 2 == 0 ? "" : "&by=actor")));
    return out;
  }

  /**
   * Serves {@code store} on a free loopback port and times each read of {@code plan} in turn; {@code progress}
   * hears each read's name as it starts.
   */
  public static List<Read> run(NewsStore store, NewsgraphConfig cfg, Map<String, List<String>> plan,
      Consumer<String> progress) throws Exception {
    NewsgraphConfig.Server s = cfg.server();
    NewsgraphConfig.Server server = new NewsgraphConfig.Server("127.0.0.1", 0, s.writeToken(), s.maxBodyBytes(),
        s.analyzeToken(), false, s.analyzeThreads(), s.analyzeQueue(), s.analyzeSeconds(), List.of());
    List<Read> out = new ArrayList<>();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    try (ApiServer api = ApiServer.start(store, server, () -> {
      throw new IllegalStateException("bench store reads only");
    })) {
      String base = "http://127.0.0.1:" + api.port();
      for (Map.Entry<String, List<String>> e : plan.entrySet()) {
        progress.accept(e.getKey());
        List<String> paths = e.getValue();
        for (int i = 0; i < Math.min(WARM_UP, paths.size()); i++) {
          call(http, base + paths.get(i));
        }
        List<Double> ms = new ArrayList<>();
        int failed = 0;
        for (String p : paths) {
          long t0 = System.nanoTime();
          int status = call(http, base + p);
          ms.add((System.nanoTime() - t0) / 1e6);
          if (status != 200) {
            failed++;
          }
        }
        out.add(new Read(e.getKey(), paths.get(0), LoadBench.Latencies.of(ms), failed));
      }
    }
    return out;
  }

  private static int call(HttpClient http, String url) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).GET().build();
    return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static List<String> paths(int n, java.util.function.IntFunction<String> path) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(path.apply(i));
    }
    return out;
  }

  private static String pick(SplittableRandom rnd, List<String> from, String otherwise) {
    return from.isEmpty() ? otherwise : from.get(rnd.nextInt(from.size()));
  }

  /** A month, a year or two years of the ten. */
  private static String period(SplittableRandom rnd) {
    LocalDate from = SyntheticArticles.FIRST_DAY.plusDays(rnd.nextInt(SyntheticArticles.DAYS));
    LocalDate to = from.plusMonths(new int[] {1, 12, 24}[rnd.nextInt(3)]);
    return "&from=" + from + "&to=" + to;
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
