package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Span;

/** Builds an {@link Article} from body paragraphs: one place that joins paragraphs and records their spans. */
public final class Paragraphs {
  private Paragraphs() {}

  /** The article, or null when no paragraph has text. */
  public static Article article(List<String> paragraphs, String source, String outlet, String headline,
      String dateline, String agency, java.time.LocalDate published, java.time.LocalDate updated,
      String language) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (String raw : paragraphs) {
      String p = raw == null ? "" : raw.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
      if (p.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      spans.add(new Span(text.length(), text.length() + p.length()));
      text.append(p);
    }
    if (text.length() == 0) {
      return null;
    }
    String t = text.toString();
    return new Article(ArticleIds.of(t), source, outlet, headline, dateline, agency, published, updated, List.of(),
        List.of(), spans, language == null ? "en" : language, t);
  }

  /** Splits plain text into paragraphs at blank lines (single newlines inside a paragraph become spaces). */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
      String s = p.replace('\n', ' ').strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
