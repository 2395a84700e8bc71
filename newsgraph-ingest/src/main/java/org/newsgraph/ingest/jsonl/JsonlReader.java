package org.newsgraph.ingest.jsonl;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Article;
import org.newsgraph.core.MiniJson;
import org.newsgraph.core.Work;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.Dateline;
import org.newsgraph.ingest.JsonlFields;
import org.newsgraph.ingest.Paragraphs;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.html.HtmlArticle;
import org.newsgraph.ingest.html.HtmlExtractor;
import org.newsgraph.ingest.html.HtmlPages;

/**
 * JSON Lines exports: one article per line, as news APIs and scrapers write them. Our field names are {@code url},
 * {@code title}, {@code text} (plain, paragraphs at blank lines) or {@code html} (a page, run through the
 * extractor), {@code published}, {@code outlet}; the usual other spellings are recognised, and a {@link JsonlFields}
 * maps any other. A bad line is reported by file and line number; the other lines go on.
 */
public final class JsonlReader {
  private final JsonlFields fields;

  public JsonlReader(JsonlFields fields) {
    this.fields = fields;
  }

  public void read(Path file, ArticleSink sink) {
    String name = file.toString();
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(org.newsgraph.ingest.Compressed.open(file), decoder))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        Work.step(line.length());
        if (line.isBlank()) {
          continue;
        }
        String where = name + ":" + n;
        try {
          Object v = MiniJson.parse(line);
          if (!(v instanceof Map<?, ?> m)) {
            sink.problem(new ReadResult.Problem(where, "not a JSON object"));
            continue;
          }
          Article a = article(m, where);
          if (a == null) {
            sink.problem(new ReadResult.Problem(where, "no text: none of the fields " + fields.names().get("text")
                + " or " + fields.names().get("html") + " holds any"));
          } else {
            sink.article(a);
          }
        } catch (IllegalArgumentException e) {
          sink.problem(new ReadResult.Problem(where, e.getMessage()));
        }
      }
    } catch (IOException e) {
      sink.problem(new ReadResult.Problem(name, "cannot read: " + e.getMessage()));
    }
  }

  private Article article(Map<?, ?> m, String where) {
    String url = field(m, "url");
    String title = field(m, "title");
    String outlet = field(m, "outlet");
    String p = field(m, "published");
    LocalDate published = p == null ? null : org.newsgraph.ingest.html.HtmlDates.parse(p);
    String source = url != null ? url : where;
    String text = field(m, "text");
    if (text == null) {
      String html = field(m, "html");
      if (html == null) {
        return null;
      }
      HtmlArticle h = HtmlExtractor.extract(html, url);
      Article a = HtmlPages.toArticle(h, source, published).orElse(null);
      if (a == null) {
        return null;
      }
      return new Article(a.id(), a.source(), outlet != null ? outlet : a.outlet(),
          title != null ? title : a.headline(), a.dateline(), a.agency(), a.published(), a.updated(), a.bullets(),
          a.captions(), a.paragraphs(), a.language(), a.text());
    }
    List<String> paragraphs = new ArrayList<>(Paragraphs.split(text));
    String dateline = null;
    if (!paragraphs.isEmpty()) {
      var dl = Dateline.find(paragraphs.get(0));
      if (dl.isPresent() && dl.get().length() < paragraphs.get(0).length()) {
        dateline = dl.get().place();
        paragraphs.set(0, paragraphs.get(0).substring(dl.get().length()));
      }
    }
    return Paragraphs.article(paragraphs, source, outlet, title, dateline, null, published, null, null);
  }

  private String field(Map<?, ?> m, String ours) {
    for (String name : fields.names().getOrDefault(ours, List.of())) {
      Object v = m.get(name);
      if (v instanceof String s && !s.isBlank()) {
        return s;
      }
      if (v instanceof Number num && ours.equals("published")) {
        return String.valueOf(num.longValue());
      }
    }
    return null;
  }
}
