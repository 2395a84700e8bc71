package org.newsgraph.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Span;

/**
 * Plain articles over a test's text, which is kept as written (offsets point into it), cut into paragraphs the way
 * the test needs. Nothing else is known of them: no outlet, headline or dateline; English.
 */
public final class TestArticles {
  private TestArticles() {}

  /** Paragraphs between blank lines, as gold corpora are read ({@link Article#ofText}). */
  public static Article byBlankLines(String text, LocalDate published) {
    return Article.ofText("test", text, published);
  }

  /** Every non-blank line a paragraph, as pasted pages and wire copy often come. */
  public static Article byLines(String source, String text, LocalDate published) {
    List<Span> paragraphs = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (!text.substring(start, i).isBlank()) {
          paragraphs.add(new Span(start, i));
        }
        start = i + 1;
      }
    }
    return article(source, text, published, paragraphs);
  }

  /** The whole text one paragraph, as a one-record gold item. */
  public static Article oneParagraph(String text, LocalDate published) {
    return article("test", text, published, List.of(new Span(0, text.length())));
  }

  private static Article article(String source, String text, LocalDate published, List<Span> paragraphs) {
    return new Article(ArticleIds.of(text), source, null, null, null, null, published, null, List.of(), List.of(),
        paragraphs, "en", text);
  }
}
