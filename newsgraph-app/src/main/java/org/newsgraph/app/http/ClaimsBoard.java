package org.newsgraph.app.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Event;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;
import org.newsgraph.store.ClaimRecord;
import org.newsgraph.store.NewsStore;

/**
 * The claims board: stored claims grouped by what they are about, and within a topic by how the source holds it.
 * A claim is about the events reported through it (PLOVER type with its actors and recipients); a claim that
 * reports no event is about the (at most two) entities its content names most, its own source aside.
 */
final class ClaimsBoard {
  private ClaimsBoard() {}

  /** The columns of the board, by {@link Claim.Stance}. */
  static String column(Claim.Stance s) {
    return switch (s) {
      case ASSERTED, CONFIRMED -> "asserts";
      case BELIEVED, HEDGED -> "suggests";
      case DENIED -> "denies";
      case UNCONFIRMED -> "unconfirmed";
    };
  }

  static List<Map<String, Object>> build(NewsStore store, int limit) {
    List<ClaimRecord> claims = store.claims(null, null, null, null, limit);
    // the articles of the claims, read together: their entities name the parties, their events are what the
    // claims report
    Map<String, AnalyzedArticle> articles = store.articles(claims.stream().map(ClaimRecord::articleId).toList());
    Map<String, List<Event>> eventsByClaim = new HashMap<>();
    for (AnalyzedArticle a : articles.values()) {
      for (Event e : a.events()) {
        if (e.claimId() != null) {
          eventsByClaim.computeIfAbsent(a.article().id() + "/" + e.claimId(), k -> new ArrayList<>()).add(e);
        }
      }
    }
    Map<String, Map<String, Object>> topics = new LinkedHashMap<>();
    for (ClaimRecord c : claims) {
      AnalyzedArticle a = articles.get(c.articleId());
      Map<String, Entity> names = new HashMap<>();
      if (a != null) {
        a.entities().forEach(e -> names.put(e.id(), e));
      }
      List<Event> events = eventsByClaim.getOrDefault(c.articleId() + "/" + c.claim().id(), List.of());
      if (events.isEmpty()) {
        List<String> about = about(c.claim(), a);
        String key = about.isEmpty() ? "article:" + c.articleId() : "entities:" + String.join("+", about);
        Map<String, Object> t = topics.computeIfAbsent(key, k -> topic(k, "entities"));
        if (about.isEmpty()) {
          t.put("headline", c.headline());
        }
        t.putIfAbsent("entities", about.stream().map(id -> ref(id, names)).toList());
        add(t, c, names, null);
      } else {
        for (Event e : events) {
          TreeSet<String> parties = new TreeSet<>();
          e.actors().forEach(x -> addIfLinked(parties, x));
          e.recipients().forEach(x -> addIfLinked(parties, x));
          String key = "event:" + e.type() + ":" + String.join("+", parties);
          Map<String, Object> t = topics.computeIfAbsent(key, k -> topic(k, "event"));
          t.putIfAbsent("type", e.type());
          t.putIfAbsent("actors", e.actors().stream().map(x -> argument(x, a, names)).toList());
          t.putIfAbsent("recipients", e.recipients().stream().map(x -> argument(x, a, names)).toList());
          add(t, c, names, e);
        }
      }
    }
    List<Map<String, Object>> out = new ArrayList<>(topics.values());
    out.sort(Comparator.comparingInt((Map<String, Object> t) -> -(Integer) t.get("count")));
    return out;
  }

  private static void addIfLinked(TreeSet<String> parties, Event.Argument x) {
    if (x.entityId() != null) {
      parties.add(x.entityId());
    }
  }

  private static Map<String, Object> topic(String key, String kind) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("key", key);
    t.put("kind", kind);
    t.put("count", 0);
    for (String col : List.of("asserts", "suggests", "denies", "unconfirmed")) {
      t.put(col, new ArrayList<Map<String, Object>>());
    }
    return t;
  }

  @SuppressWarnings("unchecked")
  private static void add(Map<String, Object> t, ClaimRecord c, Map<String, Entity> names, Event e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", c.articleId());
    m.put("headline", c.headline());
    m.put("claim", c.claim().id());
    m.put("source_text", c.source());
    m.put("source", c.claim().sourceEntityId() == null ? null : ref(c.claim().sourceEntityId(), names));
    m.put("source_countries", c.claim().sourceCountries());
    m.put("cue_text", c.cue());
    m.put("content_text", c.content());
    m.put("stance", c.claim().stance().name().toLowerCase(java.util.Locale.ROOT));
    m.put("said", c.claim().said());
    m.put("said_until", c.claim().saidUntil());
    if (e != null) {
      m.put("event", e.id());
      m.put("modality", e.modality().name().toLowerCase(java.util.Locale.ROOT));
      m.put("begin", e.begin());
      m.put("end", e.end());
    }
    ((List<Map<String, Object>>) t.get(column(c.claim().stance()))).add(m);
    t.put("count", (Integer) t.get("count") + 1);
  }

  /** The entities the content names most (mentions starting inside it), the source itself aside; at most two. */
  private static List<String> about(Claim c, AnalyzedArticle a) {
    if (a == null) {
      return List.of();
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (Mention m : a.mentions()) {
      if (m.entityId().equals(c.sourceEntityId())) {
        continue;
      }
      for (Span s : c.content()) {
        if (m.span().begin() >= s.begin() && m.span().begin() < s.end()) {
          counts.merge(m.entityId(), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(2).map(Map.Entry::getKey).sorted().toList();
  }

  private static Map<String, Object> ref(String id, Map<String, Entity> names) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    Entity e = names.get(id);
    m.put("name", e == null ? id : e.name());
    m.put("type", e == null ? null : e.type().name());
    return m;
  }

  private static Map<String, Object> argument(Event.Argument x, AnalyzedArticle a, Map<String, Entity> names) {
    Map<String, Object> m = x.entityId() == null ? new LinkedHashMap<>() : ref(x.entityId(), names);
    m.put("text", a == null ? null : x.span().of(a.text()));
    return m;
  }
}
