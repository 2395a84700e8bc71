package org.newsgraph.app.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Stage;
import org.newsgraph.ingest.PageDumpParser;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.Browser;

/**
 * Time to first render of the article and entity pages in headless Chromium: from the start of navigation to the
 * moment the page marks its content as on screen ({@code performance.mark}), over fresh page loads. Not part of the
 * test suite: it runs only when asked, with
 *
 * <pre>
 * mvn -B -o test -pl newsgraph-app -Dtest=WebRenderBench -Dnewsgraph.webBench.copies=5000
 * </pre>
 *
 * The store is either an existing one ({@code -Dnewsgraph.webBench.store=DIR}, opened in place, so copy a store
 * that another process owns) or the sample ({@code examples/arabnews-2025.txt}) analysed by the real pipeline and
 * saved {@code copies} times (each copy a distinct article: the text gets one more paragraph), so 5000 copies make a
 * store of 10,000 articles in which North Korea is named in 5,000; given both, an empty DIR is filled with the
 * synthetic store and kept. The entity page is measured on {@code -Dnewsgraph.webBench.entity=ID} (an id or a name),
 * else on the country named in the most articles; the article page on the 20 newest articles. Results go to
 * standard output and {@code target/web-bench.md}.
 */
class WebRenderBench {
  @TempDir Path tmp;

  @Test
  void time_to_first_render_of_article_and_entity_pages() throws Exception {
    String copiesProp = System.getProperty("newsgraph.webBench.copies");
    String storeProp = System.getProperty("newsgraph.webBench.store");
    assumeTrue(copiesProp != null || storeProp != null, "a benchmark: run it with -Dnewsgraph.webBench.copies=N"
        + " (a synthetic store) or -Dnewsgraph.webBench.store=DIR (an existing store)");
    int loads = Integer.getInteger("newsgraph.webBench.loads", 40);
    Browser.assumeInstalled();
    Path dir = storeProp != null ? Path.of(storeProp) : tmp.resolve("store");
    NewsgraphConfig cfg = NewsgraphConfig.defaults();
    // the pipeline is built only for a synthetic store; the server's analyze endpoint is not measured
    Stage pipeline = null;
    String built = "an existing store, " + dir;
    long t0 = System.nanoTime();
    try (NewsStore store = NewsStore.open(dir)) {
      if (store.articleCount() == 0) {
        assumeTrue(copiesProp != null, "the store " + dir + " is empty: give -Dnewsgraph.webBench.copies=N to"
            + " build the synthetic one there");
        int copies = Integer.parseInt(copiesProp);
        pipeline = AnalysisPipeline.standard(cfg);
        buildSynthetic(store, pipeline, copies);
        built = String.format(Locale.ROOT, "sample x %d, built in %.0f s", copies, (System.nanoTime() - t0) / 1e9);
      }
      double openSeconds = (System.nanoTime() - t0) / 1e9;
      List<String> articleIds = store.articles(0, 20).stream().map(s -> s.id()).toList();
      String entityId = System.getProperty("newsgraph.webBench.entity", mostNamedCountry(store));
      EntityRecord entity = store.entity(entityId).orElseThrow(
          () -> new IllegalArgumentException("no entity " + entityId + " in " + dir));
      List<String> entityIds = List.of(entity.entity().id());
      Stage analyzer = pipeline;
      try (ApiServer server = ApiServer.start(store, new NewsgraphConfig.Server("127.0.0.1", 0, null, 1 << 20),
              () -> analyzer != null ? analyzer : AnalysisPipeline.standard(cfg));
          Browser browser = Browser.start()) {
        String base = "http://127.0.0.1:" + server.port() + "/";
        String apiTimes = apiTimes(base, articleIds.get(0), entityIds.get(0));
        System.out.println(apiTimes);
        List<Double> article = measure(browser, base, "article", articleIds, loads);
        browser.screenshot("bench-article");
        List<Double> entityMs = measure(browser, base, "entity", entityIds, loads);
        browser.screenshot("bench-entity");
        long js = webBytes(".js");
        long css = webBytes(".css");
        long html = webBytes(".html");
        String report = String.format(Locale.ROOT, "store: %d articles (%s; open %.0f s); %d fresh loads"
            + " per page, headless Chromium, 1280 px; entity page: %s (%d articles, %d mentions)%n"
            + "| page | p50 ms | p95 ms | max ms |%n|---|---|---|---|%n"
            + "| article | %.0f | %.0f | %.0f |%n| entity | %.0f | %.0f | %.0f |%n"
            + "shipped: JavaScript %.1f KB, CSS %.1f KB, HTML %.1f KB (uncompressed, no library)%n%s%n",
            store.articleCount(), built, openSeconds, loads, entity.entity().id(), entity.articleCount(),
            entity.mentionCount(), pct(article, 50), pct(article, 95), pct(article, 100), pct(entityMs, 50),
            pct(entityMs, 95), pct(entityMs, 100), js / 1024.0, css / 1024.0, html / 1024.0, apiTimes);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "web-bench.md"), report, StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      }
    }
  }

  /**
   * The sample ({@code examples/arabnews-2025.txt}) analysed by the real pipeline and saved {@code copies} times,
   * each copy a distinct article.
   */
  private static void buildSynthetic(NewsStore store, Stage pipeline, int copies) throws IOException {
    Path sample = Path.of(System.getProperty("newsgraph.home", ".."), "examples", "arabnews-2025.txt");
    List<AnalyzedArticle> analysed = new ArrayList<>();
    for (Article a : PageDumpParser.parse(Files.readString(sample, StandardCharsets.UTF_8), sample.toString())
        .articles()) {
      analysed.add(pipeline.apply(AnalyzedArticle.of(a)));
    }
    List<AnalyzedArticle> batch = new ArrayList<>();
    for (int k = 0; k < copies; k++) {
      for (AnalyzedArticle a : analysed) {
        batch.add(k == 0 ? a : copy(a, k));
      }
      if (batch.size() >= 500 || k == copies - 1) {
        store.save(batch, List.of(), "bench");
        batch.clear();
      }
    }
  }

  /** The country named in the most articles: the entity page with the most to show. */
  private static String mostNamedCountry(NewsStore store) {
    return store.topEntities(200).stream().map(EntityRecord::entity)
        .filter(e -> e.type() == org.newsgraph.core.EntityType.COUNTRY).map(e -> e.id()).findFirst()
        .orElseGet(() -> store.topEntities(1).get(0).entity().id());
  }

  /** One timed call of each API request the two pages make (ms), for the most named entity. */
  private static String apiTimes(String base, String articleId, String entityId) throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    String e = java.net.URLEncoder.encode(entityId, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder("API calls (ms), entity " + entityId + ":");
    // the requests the two pages make (app.js), in the same form
    for (String path : List.of("api/articles/" + articleId, "api/entities/" + e, "api/timeline?limit=200&entity=" + e,
        "api/events?limit=200&actor=" + e, "api/events?limit=200&recipient=" + e, "api/claims?limit=100&source=" + e,
        "api/claims?limit=100&about=" + e, "api/entities/" + e + "/related?limit=15")) {
      long t = System.nanoTime();
      http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      out.append(String.format(Locale.ROOT, " %s %.0f;", path,
          (System.nanoTime() - t) / 1e6));
    }
    return out.toString();
  }

  /** The article again under another id, with one more paragraph so that its text (and hash) differ. */
  private static AnalyzedArticle copy(AnalyzedArticle a, int k) {
    Article o = a.article();
    Article c = new Article(o.id() + "-" + k, o.source() + "#copy" + k, o.outlet(), o.headline(), o.dateline(),
        o.agency(), o.published(), o.updated(), o.bullets(), o.captions(), o.paragraphs(), o.language(),
        o.text() + "\n\nCopy " + k + ".");
    return new AnalyzedArticle(c, a.sentences(), a.entities(), a.mentions(), a.times(), a.claims(), a.events(),
        a.facets(), a.stageIds());
  }

  /** Milliseconds from navigation start to the page's render mark, over {@code loads} fresh loads (after 3 warm). */
  private static List<Double> measure(Browser b, String base, String page, List<String> ids, int loads) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < loads + 3; i++) {
      String id = ids.get(i % ids.size());
      b.driver.get("about:blank");
      b.open(base + "#/" + page + "/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8), page);
      Number ms = (Number) b.js("return performance.getEntriesByName('newsgraph-rendered-" + page
          + "')[0].startTime");
      if (i >= 3) {
        out.add(ms.doubleValue());
      }
    }
    Collections.sort(out);
    return out;
  }

  private static double pct(List<Double> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static long webBytes(String suffix) throws IOException {
    long n = 0;
    for (String f : List.of("index.html", "app.js", "app.css")) {
      if (f.endsWith(suffix)) {
        try (InputStream in = WebRenderBench.class.getResourceAsStream("/web/" + f)) {
          n += in.readAllBytes().length;
        }
      }
    }
    return n;
  }
}
