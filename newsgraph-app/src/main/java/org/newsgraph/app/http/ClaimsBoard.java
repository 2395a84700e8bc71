package org.newsgraph.app.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.app.json.Board.BoardClaim;
import org.newsgraph.app.json.Board.EntityRef;
import org.newsgraph.app.json.Board.Party;
import org.newsgraph.app.json.SourceLabels;
import org.newsgraph.app.json.Board;
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
  /** The columns of the board. */
  enum Column { ASSERTS, SUGGESTS, DENIES, UNCONFIRMED }

  private ClaimsBoard() {}

  /** The column of a stance. */
  static Column column(Claim.Stance s) {
    return switch (s) {
      case ASSERTED, CONFIRMED -> Column.ASSERTS;
      case BELIEVED, HEDGED -> Column.SUGGESTS;
      case DENIED -> Column.DENIES;
      case UNCONFIRMED -> Column.UNCONFIRMED;
    };
  }

  static Board build(NewsStore store, int limit) {
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
    Map<String, TopicBuilder> topics = new LinkedHashMap<>();
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
        TopicBuilder t = topics.computeIfAbsent(key, k -> new TopicBuilder(k, Board.TopicKind.ENTITIES));
        if (about.isEmpty()) {
          t.headline = c.headline();
        }
        if (t.entities == null) {
          t.entities = about.stream().map(id -> ref(id, names)).toList();
        }
        t.add(claim(c, names, null));
      } else {
        for (Event e : events) {
          TreeSet<String> parties = new TreeSet<>();
          e.actors().forEach(x -> addIfLinked(parties, x));
          e.recipients().forEach(x -> addIfLinked(parties, x));
          String key = "event:" + e.type() + ":" + String.join("+", parties);
          TopicBuilder t = topics.computeIfAbsent(key, k -> new TopicBuilder(k, Board.TopicKind.EVENT));
          if (t.type == null) {
            t.type = e.type();
            t.actors = e.actors().stream().map(x -> party(x, a, names)).toList();
            t.recipients = e.recipients().stream().map(x -> party(x, a, names)).toList();
          }
          t.add(claim(c, names, e));
        }
      }
    }
    List<Board.Topic> out = new ArrayList<>(topics.size());
    topics.values().forEach(t -> out.add(t.build()));
    out.sort(Comparator.comparingInt((Board.Topic t) -> -t.count()));
    return new Board(out);
  }

  /** A topic as it fills up. */
  private static final class TopicBuilder {
    final String key;
    final Board.TopicKind kind;
    String type;
    List<Party> actors;
    List<Party> recipients;
    List<EntityRef> entities;
    String headline;
    int count;
    final Map<Column, List<BoardClaim>> columns = new EnumMap<>(Column.class);

    TopicBuilder(String key, Board.TopicKind kind) {
      this.key = key;
      this.kind = kind;
      for (Column c : Column.values()) {
        columns.put(c, new ArrayList<>());
      }
    }

    void add(BoardClaim c) {
      columns.get(column(c.stance())).add(c);
      count++;
    }

    Board.Topic build() {
      return new Board.Topic(key, kind, count, type, actors, recipients, entities, headline,
          columns.get(Column.ASSERTS), columns.get(Column.SUGGESTS), columns.get(Column.DENIES),
          columns.get(Column.UNCONFIRMED));
    }
  }

  private static void addIfLinked(TreeSet<String> parties, Event.Argument x) {
    if (x.entityId() != null) {
      parties.add(x.entityId());
    }
  }

  private static BoardClaim claim(ClaimRecord c, Map<String, Entity> names, Event e) {
    Claim claim = c.claim();
    return new BoardClaim(c.articleId(), c.headline(), claim.id(), c.source(), SourceLabels.of(c.source(),
        claim.sourceEntityId(), id -> names.containsKey(id) ? names.get(id).name() : null),
        claim.sourceEntityId() == null ? null : ref(claim.sourceEntityId(), names), claim.sourceCountries(), c.cue(),
        c.content(), claim.stance(), claim.said(), claim.saidUntil(), e == null ? null : Board.BoardEvent.of(e));
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

  private static EntityRef ref(String id, Map<String, Entity> names) {
    Entity e = names.get(id);
    return new EntityRef(id, e == null ? id : e.name(), e == null ? null : e.type());
  }

  private static Party party(Event.Argument x, AnalyzedArticle a, Map<String, Entity> names) {
    String text = a == null ? null : x.span().of(a.text());
    if (x.entityId() == null) {
      return new Party(null, null, null, text);
    }
    EntityRef r = ref(x.entityId(), names);
    return new Party(r.id(), r.name(), r.type(), text);
  }
}
