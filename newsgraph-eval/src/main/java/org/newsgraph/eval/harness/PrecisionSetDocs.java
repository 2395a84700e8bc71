package org.newsgraph.eval.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents of the labelled precision set ({@code data/labelled/precision-news.jsonl} in the checkout): the
 * models newsgraph trains leave them out, so that {@code eval precision} measures the stages on text they never
 * learnt from. Documents are named as the set names them: {@code bbc-news/politics/402.txt},
 * {@code reuters-21578/reut2-000.sgm#NEWID=375}.
 */
public final class PrecisionSetDocs {
  /** Where the set lives, relative to the checkout. */
  public static final Path FILE = Path.of("data", "labelled", "precision-news.jsonl");
  private static final Pattern DOC = Pattern.compile("\"doc\"\\s*:\\s*\"([^\"]+)\"");

  private PrecisionSetDocs() {}

  /** The set's documents from the checkout ({@code newsgraph.home}); none, said to {@code log}, when it is absent. */
  public static Set<String> read(Consumer<String> log) {
    Path file = Path.of(System.getProperty("newsgraph.home", ".")).resolve(FILE);
    if (!Files.isRegularFile(file)) {
      log.accept("no labelled precision set at " + file + ": nothing left out");
      return Set.of();
    }
    return read(file);
  }

  /** The documents a precision-set file names. */
  public static Set<String> read(Path file) {
    Set<String> out = new TreeSet<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        Matcher m = DOC.matcher(line);
        if (m.find()) {
          out.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read", e);
    }
    return Set.copyOf(out);
  }
}
