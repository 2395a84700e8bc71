package org.newsgraph.app.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;

/**
 * The JSON contract of {@code analyze --json} and {@code /api/articles/{id}}: later issues add fields, never break
 * them. Offsets are into {@code text}; dates are ISO.
 */
public final class ArticleView {
  private ArticleView() {}

  public static Map<String, Object> of(AnalyzedArticle a) {
    Article art = a.article();
    String text = art.text();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", art.id());
    m.put("source", art.source());
    m.put("outlet", art.outlet());
    m.put("headline", art.headline());
    m.put("published", art.published());
    m.put("updated", art.updated());
    m.put("dateline", art.dateline());
    m.put("agency", art.agency());
    m.put("language", art.language());
    m.put("bullets", art.bullets());
    m.put("captions", art.captions());
    m.put("text", text);
    m.put("paragraphs", art.paragraphs().stream().map(p -> List.of(p.begin(), p.end())).toList());
    m.put("entities", entities(a, text));
    m.put("times", a.times().stream().map(t -> time(t, text)).toList());
    m.put("claims", List.of());
    m.put("events", List.of());
    m.put("stages", a.stageIds());
    return m;
  }

  private static List<Map<String, Object>> entities(AnalyzedArticle a, String text) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Entity e : a.entities()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("type", e.type().name());
      m.put("name", e.name());
      m.put("country", e.country());
      m.put("aliases", e.aliases());
      List<Map<String, Object>> mentions = new ArrayList<>();
      for (Mention x : a.mentions()) {
        if (x.entityId().equals(e.id())) {
          Map<String, Object> mm = span(x.span(), text);
          mm.put("role", x.role().name().toLowerCase(java.util.Locale.ROOT));
          mentions.add(mm);
        }
      }
      m.put("mentions", mentions);
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> time(TimeExpression t, String text) {
    Map<String, Object> m = span(t.span(), text);
    m.put("type", t.type().name());
    m.put("value", t.value());
    if (t.mod() != null) {
      m.put("mod", t.mod());
    }
    if (t.begin() != null || t.end() != null) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("begin", t.begin());
      r.put("end", t.end());
      m.put("resolved", r);
    }
    return m;
  }

  private static Map<String, Object> span(Span s, String text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("begin", s.begin());
    m.put("end", s.end());
    m.put("text", s.of(text));
    return m;
  }
}
