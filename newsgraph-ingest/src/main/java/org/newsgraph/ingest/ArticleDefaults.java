package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.newsgraph.core.Article;

/**
 * What the user says about inputs that do not say it themselves ({@code ingest --outlet}, {@code --published},
 * {@code --published-from-mtime}): filled in where an article states no outlet or no date, never over what it
 * states. The article's id (a hash of its text) stays the same.
 *
 * @param outlet              the outlet of articles that name none; null: none given
 * @param published           the date of articles that state none; null: none given
 * @param publishedFromMtime  the date of a file's articles that state none is the file's modification date (UTC)
 */
public record ArticleDefaults(String outlet, LocalDate published, boolean publishedFromMtime) {
  public ArticleDefaults {
    outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
    if (published != null && publishedFromMtime) {
      throw new IllegalArgumentException("give a publication date or take it from the files' times, not both");
    }
  }

  public static ArticleDefaults none() {
    return new ArticleDefaults(null, null, false);
  }

  public boolean isNone() {
    return outlet == null && published == null && !publishedFromMtime;
  }

  /** {@code a} with the outlet and date filled in where it has none; {@code file} is where it was read, or null. */
  public Article apply(Article a, Path file) {
    String o = a.outlet() != null ? a.outlet() : outlet;
    LocalDate p = a.published() != null ? a.published() : published != null ? published
        : publishedFromMtime && file != null ? modified(file) : null;
    if (o == a.outlet() && p == a.published()) {
      return a;
    }
    return new Article(a.id(), a.source(), o, a.headline(), a.dateline(), a.agency(), p, a.updated(), a.bullets(),
        a.captions(), a.paragraphs(), a.language(), a.text());
  }

  private static LocalDate modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    } catch (IOException e) {
      return null;
    }
  }
}
