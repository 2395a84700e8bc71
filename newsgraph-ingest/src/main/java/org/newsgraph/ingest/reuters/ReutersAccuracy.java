package org.newsgraph.ingest.reuters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.core.Article;
import org.newsgraph.ingest.PageDumpParser;
import org.newsgraph.ingest.ReadResult;

/**
 * How well the plain-text reader recovers headline and dateline when the tags are gone: each Reuters document with
 * a title, a dateline and a body is printed as a person would paste it (title line, blank line, dateline and body)
 * and read back with {@link PageDumpParser}; the headline must equal {@code <TITLE>} and the dateline place the
 * place of {@code <DATELINE>} (case and spacing aside).
 */
public final class ReutersAccuracy {
  private ReutersAccuracy() {}

  /** Counts over the documents tried. */
  public record Result(int documents, int headlinesRight, int datelinesRight) {
    public double headlineAccuracy() {
      return documents == 0 ? 0 : (double) headlinesRight / documents;
    }

    public double datelineAccuracy() {
      return documents == 0 ? 0 : (double) datelinesRight / documents;
    }
  }

  /** Scores the {@code reut2-*.sgm} files of {@code dir}. */
  public static Result run(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    int[] c = new int[3];
    for (Path f : files) {
      ReutersReader.docs(f, d -> {
        if (d.title() == null || d.dateline() == null || d.body() == null || d.body().isBlank()) {
          return;
        }
        String title = ReutersReader.oneLine(d.title());
        String text = title + "\n\n" + d.dateline().strip() + " " + d.body().strip();
        c[0]++;
        ReadResult r = PageDumpParser.parse(text, "reuters");
        if (r.articles().isEmpty()) {
          return;
        }
        Article a = r.articles().get(0);
        if (a.headline() != null && norm(a.headline()).equals(norm(title))) {
          c[1]++;
        }
        if (a.dateline() != null && norm(a.dateline()).equals(norm(d.datelinePlace()))) {
          c[2]++;
        }
      });
    }
    return new Result(c[0], c[1], c[2]);
  }

  private static String norm(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
