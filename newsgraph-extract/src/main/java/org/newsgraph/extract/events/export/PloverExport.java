package org.newsgraph.extract.events.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Event;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.Span;
import org.newsgraph.extract.events.ActorCodes;

/**
 * Events as PLOVER JSON records (the manual's field names: id, date, enddate, actor, recipient, event, mode,
 * event_text, event_loc, quad_code, text), in PLOVER's coding convention ({@link PloverCoding}). What PLOVER has no
 * field for (modality, the claim, confidence, offsets, the article-date fallback) goes under "newsgraph".
 * Pure functions over an {@link AnalyzedArticle}.
 */
public final class PloverExport {
  private PloverExport() {}

  /** One record per event, in the article's event order. */
  public static List<Map<String, Object>> records(AnalyzedArticle a) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Event e : a.events()) {
      out.add(record(a, e));
    }
    return out;
  }

  /** The records as JSON lines (one record per line, each ending with a newline). */
  public static String jsonLines(AnalyzedArticle a) {
    StringBuilder sb = new StringBuilder();
    for (Map<String, Object> r : records(a)) {
      sb.append(JsonText.write(r)).append('\n');
    }
    return sb.toString();
  }

  /** The PLOVER record of one event of {@code a}. */
  public static Map<String, Object> record(AnalyzedArticle a, Event e) {
    String text = a.text();
    String type = PloverCoding.type(e);
    String mode = PloverCoding.mode(e);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", a.article().id() + "-" + e.id());
    r.put("has_event", true);
    r.put("date", e.begin() != null ? e.begin().toString() : e.end() != null ? e.end().minusDays(1).toString()
        : null);
    r.put("enddate", e.end() != null ? e.end().minusDays(1).toString() : null);
    r.put("actor", actors(a, e.actors()));
    r.put("recipient", actors(a, e.recipients()));
    r.put("event", List.of(type));
    r.put("mode", mode == null ? List.of() : List.of(mode));
    r.put("event_text", List.of(e.trigger().of(text)));
    r.put("event_loc", location(a, e.location()));
    r.put("quad_code", CameoTable.quadClass(CameoTable.code(type, mode)));
    r.put("text", sentenceText(a, e));
    r.put("cite_info", a.article().source());
    Map<String, Object> ng = new LinkedHashMap<>();
    ng.put("event_id", e.id());
    ng.put("type", e.type());
    ng.put("mode", e.mode());
    ng.put("modality", e.modality().name().toLowerCase(java.util.Locale.ROOT));
    ng.put("claim_id", e.claimId());
    ng.put("confidence", e.confidence());
    ng.put("sentence", e.sentence());
    ng.put("trigger", List.of(e.trigger().begin(), e.trigger().end()));
    ng.put("time_text", e.time() == null ? null : e.time().of(text));
    ng.put("time_from_article_date", e.timeFromArticleDate());
    r.put("newsgraph", ng);
    return r;
  }

  /**
   * The event's sentence. An article read back from the store carries no sentences: then the paragraph that holds
   * the trigger, else null.
   */
  private static String sentenceText(AnalyzedArticle a, Event e) {
    if (e.sentence() >= 0 && e.sentence() < a.sentences().size()) {
      return a.sentences().get(e.sentence()).span().of(a.text());
    }
    for (Span p : a.article().paragraphs()) {
      if (p.contains(e.trigger())) {
        return p.of(a.text());
      }
    }
    return null;
  }

    private static List<Object> actors(AnalyzedArticle a, List<Argument> args) {
    List<Object> out = new ArrayList<>();
    for (Argument x : args) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("actorText", x.span().of(a.text()));
      List<String> codes = ActorCodes.countries(a, x);
      m.put("code", codes.isEmpty() ? null : codes.get(0));
      m.put("sector", ActorCodes.sector(a, x));
      m.put("entity", x.entityId());
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> location(AnalyzedArticle a, Argument loc) {
    if (loc == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("placeText", loc.span().of(a.text()));
    Entity e = loc.entityId() == null ? null : a.entity(loc.entityId()).orElse(null);
    m.put("entity", loc.entityId());
    m.put("name", e == null ? null : e.name());
    m.put("country", e == null ? null : e.country());
    return m;
  }
}
