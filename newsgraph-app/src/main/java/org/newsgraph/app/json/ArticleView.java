package org.newsgraph.app.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.AnalyzedArticle;
import java.util.stream.Collectors;
import org.newsgraph.core.Article;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
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
    m.put("claims", a.claims().stream().map(c -> claim(c, text)).toList());
    m.put("events", a.events().stream().map(e -> event(e, text)).toList());
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

  /**
   * {@code {"id","source":{text,begin,end,entity,countries},"cue","content","kind","channel","said","said_until","stance"}}:
   * {@code countries} are those of an unnamed group source ("Ukrainian officials": {@code ["country:UKR"]}), empty
   * for a named one.
   */
  public static Map<String, Object> claim(Claim c, String text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    Map<String, Object> source = c.source() == null ? null : span(c.source(), text);
    if (source != null) {
      source.put("entity", c.sourceEntityId());
      source.put("countries", c.sourceCountries());
    }
    m.put("source", source);
    m.put("cue", span(c.cue(), text));
    Map<String, Object> content = new LinkedHashMap<>();
    if (!c.content().isEmpty()) {
      content.put("text", c.content().stream().map(x -> x.of(text)).collect(Collectors.joining(" … ")));
      content.put("begin", c.content().get(0).begin());
      content.put("end", c.content().get(c.content().size() - 1).end());
      content.put("spans", c.content().stream().map(x -> span(x, text)).toList());
    }
    m.put("content", content);
    m.put("kind", lower(c.kind()));
    m.put("channel", c.channel() == null ? null : c.channel().of(text));
    m.put("said", c.said());
    m.put("said_until", c.saidUntil());
    m.put("said_from_text", c.saidFromText());
    m.put("stance", lower(c.stance()));
    m.put("sentence", c.sentence());
    return m;
  }

  /** {@code {"id","type","mode","trigger","actors","recipients","location","time","interval","modality",…}}. */
  public static Map<String, Object> event(Event e, String text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("type", e.type());
    m.put("mode", e.mode());
    m.put("trigger", span(e.trigger(), text));
    m.put("actors", e.actors().stream().map(x -> argument(x, text)).toList());
    m.put("recipients", e.recipients().stream().map(x -> argument(x, text)).toList());
    m.put("location", e.location() == null ? null : argument(e.location(), text));
    m.put("time", e.time() == null ? null : span(e.time(), text));
    Map<String, Object> interval = new LinkedHashMap<>();
    interval.put("begin", e.begin());
    interval.put("end", e.end());
    m.put("interval", interval);
    m.put("time_from_article_date", e.timeFromArticleDate());
    m.put("modality", lower(e.modality()));
    m.put("claim", e.claimId());
    m.put("confidence", e.confidence());
    m.put("sentence", e.sentence());
    return m;
  }

  private static Map<String, Object> argument(Event.Argument a, String text) {
    Map<String, Object> m = span(a.span(), text);
    m.put("entity", a.entityId());
    return m;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static Map<String, Object> span(Span s, String text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("begin", s.begin());
    m.put("end", s.end());
    m.put("text", s.of(text));
    return m;
  }
}
