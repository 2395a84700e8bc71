package org.newsgraph.eval.reuters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.core.Article;
import org.newsgraph.eval.harness.GoldEntry;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.eval.harness.Harness;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.ingest.PageDumpParser;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.reuters.ReutersReader;

/**
 * {@code newsgraph eval reuters}: how well the plain-text reader recovers headline and dateline when the tags are
 * gone. Each Reuters document with a title, a dateline and a body is a gold item, printed as a person would paste it
 * (title line, blank line, dateline and body) and read back with {@link PageDumpParser}; the headline must equal
 * {@code <TITLE>} and the dateline place the place of {@code <DATELINE>} (case and spacing aside).
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

  /** What the tags say: the headline and the dateline's place. */
  private record Gold(String title, String datelinePlace) {}

  /** Scores the {@code reut2-*.sgm} files of {@code dir}. */
  public static Result run(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    List<GoldEntry<String, Gold>> entries = new ArrayList<>();
    for (Path f : files) {
      ReutersReader.docs(f, d -> {
        if (d.title() == null || d.dateline() == null || d.body() == null || d.body().isBlank()) {
          return;
        }
        String title = ReutersReader.oneLine(d.title());
        String text = title + "\n\n" + d.dateline().strip() + " " + d.body().strip();
        entries.add(GoldEntry.of(new GoldItem<>(d.id(), text, new Gold(title, d.datelinePlace()))));
      });
    }
    int[] right = new int[2];
    Harness.run(entries, SystemUnderTest.of("text reader", (String text) -> firstArticle(text)), (item, a) -> {
      if (a == null) {
        return;
      }
      if (a.headline() != null && norm(a.headline()).equals(norm(item.gold().title()))) {
        right[0]++;
      }
      if (a.dateline() != null && norm(a.dateline()).equals(norm(item.gold().datelinePlace()))) {
        right[1]++;
      }
    }, null);
    return new Result(entries.size(), right[0], right[1]);
  }

  /** The article the reader finds first, or null when it finds none (scored as wrong on both counts). */
  private static Article firstArticle(String text) {
    ReadResult r = PageDumpParser.parse(text, "reuters");
    return r.articles().isEmpty() ? null : r.articles().get(0);
  }

  private static String norm(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
