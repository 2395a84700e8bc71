package org.newsgraph.extract.events;

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
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Span;

/**
 * Rebuilds the articles of the sample page dump ({@code examples/arabnews-2025.txt}) without the ingest module
 * (which extract may not depend on): articles are separated by two blank lines, the date is the "Updated …" line,
 * and the body runs from the dateline paragraph ("SEOUL: …", dateline removed) to the end of the block.
 */
final class SampleArticles {
  private static final Pattern UPDATED = Pattern.compile("(?m)^Updated (\\d{1,2} \\w+ \\d{4})\\s*$");
  private static final Pattern DATELINE = Pattern.compile("(?m)^([A-Z][A-Z .]+): ");

  private SampleArticles() {}

  static Path file() {
    return Path.of("../examples/arabnews-2025.txt");
  }

  static List<Article> read(Path file) throws IOException {
    String all = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    List<Article> out = new ArrayList<>();
    int n = 0;
    for (String block : all.split("\n\\s*\n\\s*\n(?=\\S)")) {
      Matcher u = UPDATED.matcher(block);
      Matcher d = DATELINE.matcher(block);
      if (!u.find() || !d.find(u.end())) {
        continue;
      }
      LocalDate date = LocalDate.parse(u.group(1), DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
      List<String> paragraphs = new ArrayList<>();
      for (String p : block.substring(d.end()).split("\n\\s*\n")) {
        if (!p.isBlank()) {
          paragraphs.add(p.strip().replace("\n", " "));
        }
      }
      StringBuilder text = new StringBuilder();
      List<Span> spans = new ArrayList<>();
      for (String p : paragraphs) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        spans.add(new Span(text.length(), text.length() + p.length()));
        text.append(p);
      }
      String body = text.toString();
      out.add(new Article(ArticleIds.of(body), file + "#" + (++n), "Arab News", null, d.group(1), null, null, date,
          List.of(), List.of(), spans, "en", body));
    }
    return out;
  }
}
