package org.newsgraph.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.newsgraph.app.cli.Main;
import org.newsgraph.app.http.ApiServer;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Mention.Role;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.ArticleBuilder;

/** What the web page tests share. */
final class WebFixtures {
  private WebFixtures() {}

  /** Closes what a test class opened, in the order given (the browser first), skipping what never opened. */
  static void close(AutoCloseable... opened) {
    for (AutoCloseable c : opened) {
      if (c == null) {
        continue;
      }
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not close " + c, e);
      }
    }
  }

  /** The API server and page over {@code store} on a free port of 127.0.0.1, with the default settings. */
  static ApiServer serve(NewsStore store) {
    NewsgraphConfig cfg = NewsgraphConfig.defaults();
    return ApiServer.start(store, new NewsgraphConfig.Server("127.0.0.1", 0, null, 256 * 1024),
        () -> AnalysisPipeline.standard(cfg));
  }

  /** A store in {@code dir} holding the bundled sample as {@code newsgraph ingest} stores it (the real pipeline). */
  static NewsStore sampleStore(Path dir) {
    Path sample = Path.of(System.getProperty("newsgraph.home", ".."), "examples", "arabnews-2025.txt");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"ingest", "--store", dir.toString(), sample.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, out + "\n" + err);
    return NewsStore.open(dir);
  }

  /** Another outlet's report of the Kursk withdrawal, a day after the sample's, in its own words. */
  static AnalyzedArticle kurskElsewhere() {
    return ArticleBuilder.text("South Korea's National Intelligence Service said North Korean troops have been"
        + " pulled back from the front in Kursk after heavy losses. Russia has not confirmed the withdrawal of the"
        + " North Korean troops, which arrived in Russia in October 2024.")
        .source("samples/kursk-elsewhere.txt")
        .headline("Seoul says North Korean troops withdrawn from Kursk front")
        .published("2025-02-14")
        .entity("country:PRK", EntityType.COUNTRY, "North Korea")
        .entity("place:kursk", EntityType.PLACE, "Kursk")
        .entity("country:KOR", EntityType.COUNTRY, "South Korea")
        .entity("country:RUS", EntityType.COUNTRY, "Russia")
        .mention("South Korea", "country:KOR")
        .mention("North Korean", "country:PRK", Role.DEMONYM)
        .mention("Kursk", "place:kursk")
        .mention("Russia", "country:RUS")
        .time("October 2024", "2024-10", "2024-10-01", "2024-11-01")
        .build();
  }
}
