package org.newsgraph.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.core.Article;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.Sources;

/**
 * The bundled example, {@code examples/arabnews-2025.txt} (two articles pasted from a news page, furniture and all),
 * read by the real reader, as {@code newsgraph ingest} reads it: the one sample fixture every module's tests share.
 */
public final class SampleArticles {
  private static List<Article> articles;

  private SampleArticles() {}

  /** The file, under {@code newsgraph.home} (the checkout; set by the build). */
  public static Path file() {
    return Path.of(System.getProperty("newsgraph.home", ".."), "examples", "arabnews-2025.txt");
  }

  /** Its articles in file order (the Kursk report, then the Modi visit); read once per JVM. */
  public static synchronized List<Article> articles() {
    if (articles == null) {
      assumeTrue(Files.isRegularFile(file()), "the sample " + file().toAbsolutePath() + " is absent");
      ReadResult r = Sources.read(file());
      if (!r.problems().isEmpty() || r.articles().size() != 2) {
        throw new IllegalStateException("the reader no longer gives the sample's two articles: " + r.problems());
      }
      articles = List.copyOf(r.articles());
    }
    return articles;
  }

  /** The first article: North Korean troops in Kursk (claims by Seoul's spy agency and Ukraine's military). */
  public static Article kursk() {
    return articles().get(0);
  }

  /** The second article: Modi's tour, the India-Oman trade pact. */
  public static Article modi() {
    return articles().get(1);
  }
}
