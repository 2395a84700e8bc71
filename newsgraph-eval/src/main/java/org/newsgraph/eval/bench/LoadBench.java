package org.newsgraph.eval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.BoundedAnalysis;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.NewsStore;

/**
 * The server under a hostile load, in phases run one after the other against the same server: first the readers
 * alone (the unloaded baseline, measured in the same run), then {@code analyzers} clients each sending 2 MiB texts to
 * {@code POST /api/analyze} as fast as they are answered (the probe's body: one ordinary sentence repeated to just
 * under the body limit) while the readers go on, then a flood of many more such clients. The readers read articles,
 * search, entities, timelines, claims and events. What it measures per phase: the readers' latencies (the server must
 * keep them low; given as ratios to the baseline too, so that a busy machine does not pass for a slow server), what
 * the analyses got (200 with notes, 429, 503), the memory the process used, and whether any analysis was still
 * running once its requests were over (none may be).
 */
public final class LoadBench {
  private static final String SENTENCE = "The president said on Friday that talks with the union would resume"
      + " next week in the capital. ";

  private LoadBench() {}

  /** One phase to run: {@code analyzers} clients sending 2 MiB analyses and {@code readers} reading. */
  public record Plan(String name, int analyzers, int readers, double seconds) {}

  /** What one phase measured. */
  public record Phase(Plan plan, Latencies reads, Map<String, Latencies> readsByRoute,
      Map<Integer, Integer> readStatuses, Latencies analyses, Map<Integer, Integer> analyzeStatuses, long peakHeapMb,
      long heapHeldAfterMb, long peakRssMb, int stillAnalysingAfter, double waitedSeconds, double cpuSeconds,
      double clientCpuSeconds, double wallSeconds, double loadAverage) {}

  /** What a run measured: its phases in order (the first is the baseline the others are compared with). */
  public record Figures(int articles, List<Phase> phases, long maxHeapMb, NewsgraphConfig.Server server) {}

  /** Latencies in milliseconds of the requests of one kind. */
  public record Latencies(int count, double p50, double p95, double p99, double max) {
    public static Latencies of(List<Double> ms) {
      List<Double> s = new ArrayList<>(ms);
      Collections.sort(s);
      return s.isEmpty() ? new Latencies(0, 0, 0, 0, 0) : new Latencies(s.size(), at(s, 0.50), at(s, 0.95),
          at(s, 0.99), s.get(s.size() - 1));
    }

    private static double at(List<Double> sorted, double q) {
      return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }
  }

  /**
   * Serves {@code store} with {@code cfg}'s server settings (on a free loopback port, with a fresh analyze token)
   * and runs the phases in order; {@code progress} hears each phase's name as it starts.
   */
  public static Figures run(NewsStore store, NewsgraphConfig cfg, List<Plan> plans, Consumer<Plan> progress)
      throws Exception {
    String token = UUID.randomUUID().toString();
    NewsgraphConfig.Server s = cfg.server();
    NewsgraphConfig.Server server = new NewsgraphConfig.Server("127.0.0.1", 0, s.writeToken(), s.maxBodyBytes(),
        token, false, s.analyzeThreads(), s.analyzeQueue(), s.analyzeSeconds(), List.of());
    BoundedAnalysis pipeline = AnalysisPipeline.standard(cfg);
    pipeline.load(); // the models load before the clock starts
    List<String> targets = readTargets(store);
    // encoded once: the clients' own work per request stays small beside the server's (they share its process)
    byte[] body = body(server.maxBodyBytes()).getBytes(StandardCharsets.UTF_8);
    List<Phase> phases = new ArrayList<>();
    try (ApiServer api = ApiServer.start(store, server, () -> pipeline)) {
      Target target = new Target("http://127.0.0.1:" + api.port(), token, body, targets,
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
              .executor(Executors.newFixedThreadPool(4, r -> daemon(r, "load-http"))).build(), server.analyzeSeconds());
      phase(target, new Plan("warm-up", 0, 4, 3), false); // the first calls of each route, not counted
      for (Plan plan : plans) {
        progress.accept(plan);
        phases.add(phase(target, plan, true));
      }
    }
    return new Figures((int) store.articleCount(), phases, Runtime.getRuntime().maxMemory() / (1024 * 1024),
        server);
  }

  /** Where the clients send their requests and what they send. */
  private record Target(String base, String token, byte[] body, List<String> reads, HttpClient http,
      double analyzeSeconds) {}

  private static Phase phase(Target t, Plan plan, boolean settle) throws InterruptedException {
    List<Double> readMs = Collections.synchronizedList(new ArrayList<>());
    Map<String, List<Double>> routeMs = new ConcurrentHashMap<>();
    List<Double> analyzeMs = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, AtomicInteger> readStatuses = new ConcurrentHashMap<>();
    Map<Integer, AtomicInteger> analyzeStatuses = new ConcurrentHashMap<>();
    long end = System.nanoTime() + (long) (plan.seconds() * 1e9);
    System.gc(); // each phase starts from the same heap, so that its peak is its own
    long cpu0 = processCpuNanos();
    long lasting0 = lastingClientCpuNanos();
    LongAdder clientCpu = new LongAdder();
    long wall0 = System.nanoTime();
    Memory memory = new Memory();
    memory.start();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < plan.analyzers(); i++) {
      clients.add(client("analyzer-" + i, end, clientCpu, () -> {
        HttpRequest req = HttpRequest.newBuilder(URI.create(t.base() + "/api/analyze"))
            .timeout(Duration.ofSeconds((long) t.analyzeSeconds() + 30))
            .header("Authorization", "Bearer " + t.token()).header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(t.body())).build();
        int status = timed(t.http(), req, analyzeMs);
        count(analyzeStatuses, status);
        if (status == 429) {
          sleep(100); // a client told to come back soon does, at once: hostile but not a busy loop
        }
      }));
    }
    AtomicLong next = new AtomicLong();
    for (int i = 0; i < plan.readers(); i++) {
      clients.add(client("reader-" + i, end, clientCpu, () -> {
        String path = t.reads().get((int) (next.getAndIncrement() % t.reads().size()));
        HttpRequest req = HttpRequest.newBuilder(URI.create(t.base() + path)).timeout(Duration.ofSeconds(60))
            .build();
        List<Double> route = routeMs.computeIfAbsent(route(path),
            k -> Collections.synchronizedList(new ArrayList<>()));
        int status = timed(t.http(), req, readMs, route);
        count(readStatuses, status);
      }));
    }
    clients.forEach(Thread::start);
    for (Thread c : clients) {
      c.join();
    }
    // every request is answered: no analysis may still be running once its deadline has passed. A stage stops at
    // its next check, so on a loaded machine the last one may take a while; the wait ends as soon as none runs, and
    // its length is reported (30 s of grace tells a slow stop from an analysis that never stops)
    long waitStart = System.nanoTime();
    int busy = busyAnalysisThreads();
    while (settle && busy > 0 && (System.nanoTime() - waitStart) / 1e9 < t.analyzeSeconds() + 30) {
      sleep(200);
      busy = busyAnalysisThreads();
    }
    double waited = (System.nanoTime() - waitStart) / 1e9;
    memory.stopSampling();
    System.gc(); // what the phase left held: garbage aside, the heap must come back to what it was
    long held = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    Map<String, Latencies> byRoute = new TreeMap<>();
    routeMs.forEach((k, v) -> byRoute.put(k, Latencies.of(v)));
    return new Phase(plan, Latencies.of(readMs), byRoute, counts(readStatuses), Latencies.of(analyzeMs),
        counts(analyzeStatuses), memory.peakHeap / (1024 * 1024),
        held / (1024 * 1024), memory.peakRss / (1024 * 1024), busy, waited,
        (processCpuNanos() - cpu0) / 1e9, (clientCpu.sum() + lastingClientCpuNanos() - lasting0) / 1e9,
        (System.nanoTime() - wall0) / 1e9,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** A read's route: its path without the query and with an article's or entity's id as {id}. */
  private static String route(String path) {
    String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    return p.matches("/api/(articles|entities)/.+") ? p.substring(0, p.lastIndexOf('/')) + "/{id}" : p;
  }

  /** CPU time of this process (server and clients), 0 where the platform does not say. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** Just under the body limit: one ordinary sentence repeated, as the probe sent it. */
  static String body(long maxBodyBytes) {
    int n = (int) ((maxBodyBytes - 1024) / SENTENCE.length());
    return "Talks to resume\n\n" + SENTENCE.repeat(n);
  }

  /** What the readers ask for, in turn: the store's own articles and entities. */
  private static List<String> readTargets(NewsStore store) {
    List<ArticleSummary> articles = store.articles(0, 50);
    List<EntityRecord> entities = store.topEntities(10);
    if (articles.isEmpty() || entities.isEmpty()) {
      throw new IllegalArgumentException("the store is empty: ingest some articles first (or give --articles)");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ArticleSummary a = articles.get(i % articles.size());
      EntityRecord e = entities.get(i % entities.size());
      String id = q(e.entity().id());
      String word = a.headline() == null ? "government" : a.headline().split("\\s+")[0].replaceAll("\\W", "");
      out.add("/api/health");
      out.add("/api/articles?limit=20&offset=" + (i * 3 % Math.max(1, articles.size())));
      out.add("/api/articles/" + a.id());
      out.add("/api/search?q=" + q(word.isEmpty() ? "government" : word));
      out.add("/api/entities/" + id);
      out.add("/api/timeline?entity=" + id + "&limit=200");
      out.add("/api/claims?limit=50");
      out.add("/api/events?limit=50");
    }
    return out;
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private interface Call {
    void once() throws Exception;
  }

  /** A client thread calling {@code call} until {@code end}; its CPU time is added to {@code cpu} as it ends. */
  private static Thread client(String name, long end, LongAdder cpu, Call call) {
    return daemon(() -> {
      while (System.nanoTime() < end) {
        try {
          call.once();
        } catch (Exception e) {
          sleep(50); // a refused connection: counted as status 0 by timed(); go on
        }
      }
      cpu.add(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
    }, "load-" + name);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /**
   * CPU time of the client threads that outlive a phase (the HTTP client's selector and executor): with the phase's
   * own client threads, what the clients cost the process they share with the server.
   */
  private static long lastingClientCpuNanos() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long n = 0;
    for (ThreadInfo t : mx.dumpAllThreads(false, false)) {
      if (t.getThreadName().startsWith("load-http") || t.getThreadName().startsWith("HttpClient-")) {
        n += Math.max(0, mx.getThreadCpuTime(t.getThreadId()));
      }
    }
    return n;
  }


  /** Sends {@code req}, adds its latency, returns its status (0 when it could not be sent or timed out). */
  private static int timed(HttpClient http, HttpRequest req, List<Double> ms) {
    return timed(http, req, ms, null);
  }

  /** Sends {@code req}, adds its latency to {@code ms} and {@code alsoMs}, returns its status (0: not answered). */
  private static int timed(HttpClient http, HttpRequest req, List<Double> ms, List<Double> alsoMs) {
    long t0 = System.nanoTime();
    int status;
    try {
      status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      status = 0;
    }
    double took = (System.nanoTime() - t0) / 1e6;
    ms.add(took);
    if (alsoMs != null) {
      alsoMs.add(took);
    }
    return status;
  }


  private static void count(Map<Integer, AtomicInteger> m, int status) {
    m.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
  }

  private static Map<Integer, Integer> counts(Map<Integer, AtomicInteger> m) {
    Map<Integer, Integer> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  /** Analysis threads of the server that are running (not waiting for work). */
  private static int busyAnalysisThreads() {
    int n = 0;
    for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
      if (t.getThreadName().equals("newsgraph-api-analysis") && t.getThreadState() == Thread.State.RUNNABLE) {
        n++;
      }
    }
    return n;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Samples the heap in use and the process's resident memory every 200 ms. */
  private static final class Memory extends Thread {
    private volatile boolean running = true;
    private volatile long peakHeap;
    private volatile long peakRss;

    Memory() {
      super("load-memory");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        peakHeap = Math.max(peakHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        peakRss = Math.max(peakRss, rss());
        LoadBench.sleep(200);
      }
    }

    void stopSampling() {
      running = false;
    }

    private static long rss() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
          }
        }
      } catch (Exception e) {
        // not Linux: the heap figure stands alone
      }
      return 0;
    }
  }
}
