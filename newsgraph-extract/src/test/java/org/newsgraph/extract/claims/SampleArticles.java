package org.newsgraph.extract.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Span;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.nlp.CoreNlpStage;

/**
 * Test fixture: the articles of a page dump split at two blank lines, each dated by its "Updated 04 February
 * 2025" line, paragraphs = non-blank lines; and the real analysis (CoreNLP, entities, times) loaded once.
 */
final class SampleArticles {
  private static final Pattern UPDATED = Pattern.compile("Updated (\\d{1,2} \\w+ \\d{4})");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static CoreNlpStage nlp;

  private SampleArticles() {}

  static List<Article> read(Path file) throws IOException {
    String all = Files.readString(file, StandardCharsets.UTF_8);
    List<Article> out = new ArrayList<>();
    for (String chunk : all.split("\\n\\s*\\n\\s*\\n")) {
      if (!chunk.isBlank()) {
        Matcher m = UPDATED.matcher(chunk);
        out.add(article(file.getFileName() + "#" + (out.size() + 1), chunk,
            m.find() ? LocalDate.parse(m.group(1), DAY) : null));
      }
    }
    return out;
  }

  static Article article(String source, String text, LocalDate published) {
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
    return new Article(ArticleIds.of(text), source, null, null, null, null, published, null, List.of(), List.of(),
        paragraphs, "en", text);
  }

  /** CoreNLP, then entity linking and time tagging: what the attribution stage needs. */
  static synchronized AnalyzedArticle analyse(Article a) {
    if (nlp == null) {
      nlp = new CoreNlpStage(NewsgraphConfig.defaults().nlp());
    }
    return new TimeTaggingStage().apply(new EntityLinkingStage().apply(nlp.apply(AnalyzedArticle.of(a))));
  }
}
