package org.newsgraph.eval.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.core.Article;
import org.newsgraph.extract.claims.BratAttribution;

/**
 * PolNeAR's layout: {@code text/X.txt} with one or more {@code attributions/X_<annotator>.ann}. Where an article
 * has several annotators' files, the one whose file name sorts first is used: a fixed rule, so every run scores the
 * same gold (upstream's loader picks one at random).
 */
public final class PolnearCorpus {
  private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

  private PolnearCorpus() {}

  /** The text files of a split folder ({@code DIR/text/*.txt}), sorted by name. */
  public static List<Path> texts(Path splitDir) throws IOException {
    Path text = splitDir.resolve("text");
    if (!Files.isDirectory(text)) {
      throw new IOException(splitDir + ": no text/ folder (expected PolNeAR's text/*.txt and attributions/*.ann)");
    }
    try (Stream<Path> s = Files.list(text)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")
          && !p.getFileName().toString().startsWith("._")).sorted().toList();
    }
  }

  /** The gold file chosen for {@code textFile}: the first by name among {@code attributions/X_*.ann}. */
  public static Optional<Path> goldFor(Path textFile) throws IOException {
    String base = baseName(textFile);
    Path dir = textFile.toAbsolutePath().getParent().getParent().resolve("attributions");
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".ann") && n.startsWith(base + "_") && n.substring(base.length() + 1).indexOf('_') < 0;
      }).sorted().findFirst();
    }
  }

  /**
   * The gold attributions of {@code article}, read from the file {@link #goldFor} chooses for {@code textFile}.
   *
   * @throws IllegalArgumentException when the article has no gold file, or the file does not parse
   */
  public static List<BratAttribution> goldAttributions(Path textFile, Article article) throws IOException {
    Path gold = goldFor(textFile).orElseThrow(
        () -> new IllegalArgumentException("no attributions/" + baseName(textFile) + "_*.ann"));
    return BratReader.read(Files.readString(gold, StandardCharsets.UTF_8), article.text().length());
  }

  /** {@code text/X.txt} → {@code X}. */
  public static String baseName(Path textFile) {
    String n = textFile.getFileName().toString();
    return n.endsWith(".txt") ? n.substring(0, n.length() - 4) : n;
  }

  /**
   * The article for a text file: the text unchanged (gold offsets point into it), paragraphs split on blank lines,
   * published date from the file name ({@code publisher_2016-10-02_slug.txt}) when it has one.
   */
  public static Article article(Path textFile) throws IOException {
    String text = Files.readString(textFile, StandardCharsets.UTF_8);
    return article(textFile.getFileName().toString(), text, dateOf(textFile.getFileName().toString()));
  }

  /** An article over {@code text} with paragraphs split on blank lines. */
  public static Article article(String source, String text, LocalDate published) {
    return Article.ofText(source, text, published);
  }

  private static LocalDate dateOf(String name) {
    Matcher m = DATE.matcher(name);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
