package org.newsgraph.ingest.jsonl;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Article;
import org.newsgraph.core.MiniJson;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.Dateline;
import org.newsgraph.ingest.Paragraphs;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.html.HtmlArticle;
import org.newsgraph.ingest.html.HtmlExtractor;
import org.newsgraph.ingest.html.HtmlPages;

/**
 * JSON Lines exports: one article per line, as news APIs and scrapers write them. Our field names are {@code url},
 * {@code title}, {@code text} (plain, paragraphs at blank lines) or {@code html} (a page, run through the
 * extractor), {@code published}, {@code outlet}; the usual other spellings are recognised, and a {@link FieldMap}
 * maps any other. A bad line is reported by file and line number; the other lines go on.
 */
public final class JsonlReader {
  private final FieldMap fields;

  public JsonlReader(FieldMap fields) {
    this.fields = fields;
  }

  /** Which input field holds each of our fields; each ours maps to a list of names tried in order. */
  public record FieldMap(Map<String, List<String>> names) {
    public static FieldMap defaults() {
      Map<String, List<String>> m = new HashMap<>();
      m.put("url", List.of("url", "link", "uri", "canonical_url", "source_url"));
      m.put("title", List.of("title", "headline", "name"));
      m.put("text", List.of("text", "body", "content", "maintext", "article", "articleBody", "description"));
      m.put("html", List.of("html", "raw_html", "page"));
      m.put("published", List.of("published", "date", "date_publish", "datePublished", "pubDate",
          "published_at", "publish_date", "timestamp"));
      m.put("outlet", List.of("outlet", "source", "publisher", "site_name", "source_domain", "domain"));
      return new FieldMap(m);
    }

    /** The defaults with {@code ours=theirs} pairs ("text=story,title=hed") put first. */
    public static FieldMap parse(String spec) {
      FieldMap d = defaults();
      Map<String, List<String>> m = new HashMap<>(d.names());
      if (spec != null && !spec.isBlank()) {
        for (String pair : spec.split(",")) {
          String[] kv = pair.split("=", 2);
          if (kv.length != 2 || !m.containsKey(kv[0].strip())) {
            throw new IllegalArgumentException("bad field map entry '" + pair + "': use ours=theirs with ours one "
                + "of " + new java.util.TreeSet<>(m.keySet()));
          }
          List<String> l = new ArrayList<>();
          l.add(kv[1].strip());
          l.addAll(m.get(kv[0].strip()));
          m.put(kv[0].strip(), l);
        }
      }
      return new FieldMap(m);
    }
  }

  public void read(Path file, ArticleSink sink) {
    String name = file.toString();
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
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
