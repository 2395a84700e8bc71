package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.store.Page;
import org.newsgraph.store.StoryDetail;
import org.newsgraph.store.StorySummary;
import org.newsgraph.stories.entities.EntityMerge;

/** Reading stories: a filtered page of them, one with everything in it, and the story of given articles. */
public final class StoryQueries {
  private static final int TOP_ENTITIES = 8;
  private static final int MAX_INSTANCES = 300;
  /** The most article ids a story read pushes into a scan as a list (the largest story at 1M articles has 406). */
  private static final int STORY_KEYS = 1_000;
  /*
   * The statements of one story's rows: each by the story's key and id ({@link StoryKeys}), so DuckDB reads only
   * the row groups that hold the story.
   */
  static final String EVENT_MENTIONS = "SELECT instance_id, article_id, event_id,"
      + " CASE WHEN started THEN 1.0 ELSE score END FROM event_mentions"
      + " WHERE sk = ? AND story_id = ? ORDER BY seq, article_id, event_id";
  static final String EVENT_INSTANCES = "SELECT * FROM event_instances WHERE sk = ? AND story_id = ?"
      + " ORDER BY articles DESC, mentions DESC, last_seq, id LIMIT ?";
  static final String CLAIM_REPORTS = "SELECT instance_id, article_id, claim_id, stance FROM claim_reports"
      + " WHERE sk = ? AND story_id = ? ORDER BY seq, article_id, claim_id";
  static final String CLAIM_INSTANCES = "SELECT * FROM claim_instances WHERE sk = ? AND story_id = ?"
      + " ORDER BY articles DESC, reports DESC, last_seq, id LIMIT ?";
  private final Database db;

  /** The statement of the articles of {@code storyIds} (bound to the ids as one array). */
  static String membersStatement(List<String> storyIds) {
    return "SELECT sa.story_id, sa.article_id, a.headline, a.anchor,"
        + " coalesce(a.outlet, a.agency) AS outlet, sa.seq, sa.started, sa.score, sa.dated, sa.reason"
        + " FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
        + " WHERE " + StoryKeys.rowsOf("sa.", storyIds) + " ORDER BY sa.story_id, a.anchor NULLS LAST, sa.seq";
  }

  public StoryQueries(Database db) {
    this.db = db;
  }

  /** One article of a story as the queries read it. */
  private record Member(String articleId, String headline, LocalDate date, String outlet, long seq, boolean started,
      double score, boolean dated, String reason) {}

  /**
   * Stories naming {@code about} (an entity id; also through the entity merges into it), whose dated articles span
   * a period overlapping [from, to) (null: unbounded; a period leaves undated stories out), the largest first.
   */
  public Page<StorySummary> stories(String about, LocalDate from, LocalDate to, long offset, long limit) {
    return db.read(() -> {
      // the page is chosen on the narrow columns first; only its rows' titles and entity lists are read (sorting
      // every story with its lists cost 70 ms of a page at a million articles)
      StringBuilder sql = new StringBuilder("WITH page AS MATERIALIZED (SELECT id, articles, last_date,"
          + " count(*) OVER () AS total FROM stories WHERE true");
      List<Object> args = new ArrayList<>();
      if (about != null) {
        sql.append(" AND id IN (SELECT sa.story_id FROM story_articles sa JOIN article_entities ae"
            + " ON ae.article_id = sa.article_id WHERE ae.entity_id = ?"
            + " UNION SELECT story_id FROM entity_merges WHERE into_id = ? AND undone_by IS NULL)");
        args.add(about);
        args.add(about);
      }
      if (from != null) {
        sql.append(" AND last_date >= ?");
        args.add(from);
      }
      if (to != null) {
        sql.append(" AND first_date < ?");
        args.add(to);
      }
      sql.append(" ORDER BY articles DESC, last_date DESC NULLS LAST, id LIMIT ? OFFSET ?)"
          + " SELECT s.id, s.title, s.first_date, s.last_date, s.articles, s.undated, s.entities, s.entity_weights,"
          + " p.total FROM page p JOIN stories s ON s.id = p.id"
          + " ORDER BY p.articles DESC, p.last_date DESC NULLS LAST, p.id");
      args.add(limit);
      args.add(offset);
      List<Object[]> rows = new ArrayList<>();
      long total = 0;
      try (PreparedStatement p = db.prepare(sql.toString())) {
        Database.bind(p, args.toArray());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            total = r.getLong("total");
            rows.add(new Object[] {r.getString("id"), r.getString("title"), Database.date(r, "first_date"),
                Database.date(r, "last_date"), r.getInt("articles"), r.getInt("undated"), strongest(r)});
          }
        }
      }
      if (rows.isEmpty() && offset > 0) {
        total = stories(about, from, to, 0, 1).total();
      }
      Map<String, List<Member>> members = members(rows.stream().map(x -> (String) x[0]).toList());
      Map<String, List<String>> outlets = published(members.values().stream().flatMap(List::stream).toList())
          .outlets();
      Map<String, String> names = names(rows);
      List<StorySummary> out = new ArrayList<>();
      for (Object[] x : rows) {
        out.add(summary(x, members.getOrDefault((String) x[0], List.of()), outlets, names));
      }
      return new Page<>(total, offset, out);
    });
  }

  /**
   * The story with its articles, event and claim instances and merges. Its articles' rows are read by their ids
   * from the indexes, also for a story of more than 50 articles ({@link Database#readByKeys}).
   */
  public Optional<StoryDetail> story(String id) {
    return db.readByKeys(STORY_KEYS, () -> {
      Object[] row = null;
      try (PreparedStatement p = db.prepare("SELECT id, title, first_date, last_date, articles, undated, entities,"
          + " entity_weights FROM stories WHERE id = ?")) {
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
          if (r.next()) {
            row = new Object[] {r.getString("id"), r.getString("title"), Database.date(r, "first_date"),
                Database.date(r, "last_date"), r.getInt("articles"), r.getInt("undated"), strongest(r)};
          }
        }
      }
      if (row == null) {
        return Optional.empty();
      }
      List<Member> members = members(List.of(id)).getOrDefault(id, List.of());
      Published published = published(members);
      Map<String, List<String>> outlets = published.outlets();
      Map<String, Integer> copies = published.copies();
      List<StoryDetail.StoryArticle> articles = new ArrayList<>();
      for (Member m : members) {
        articles.add(new StoryDetail.StoryArticle(m.articleId(), m.headline(), m.date(), m.outlet(),
            copies.getOrDefault(m.articleId(), 1), outlets.getOrDefault(m.articleId(), List.of()), m.started(),
            m.score(), m.dated(), m.reason()));
      }
      return Optional.of(new StoryDetail(summary(row, members, outlets, names(List.<Object[]>of(row))), articles, events(id, outlets, copies),
          claims(id, outlets, copies), merges(id)));
    });
  }

  /** The story of each of {@code articleIds} that has one. */
  public Map<String, String> storyOf(Collection<String> articleIds) {
    return db.read(() -> {
      Map<String, String> out = new HashMap<>();
      for (List<String> chunk : Chunks.of(articleIds, 10_000)) {
        try (PreparedStatement p = db.prepare("SELECT article_id, story_id FROM story_articles"
            + " WHERE article_id IN (SELECT unnest(?))")) {
          p.setArray(1, db.varchars(chunk));
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              out.put(r.getString(1), r.getString(2));
            }
          }
        }
      }
      return out;
    });
  }

  /** The merges into or from {@code entityId} that hold. */
  public List<EntityMerge> mergesOf(String entityId) {
    return db.read(() -> {
      List<EntityMerge> out = new ArrayList<>();
      try (PreparedStatement p = db.prepare("SELECT * FROM entity_merges WHERE (into_id = ? OR entity_id = ?)"
          + " ORDER BY seq, id")) {
        Database.bind(p, entityId, entityId);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(StoryTables.merge(r));
          }
        }
      }
      return out;
    });
  }

  /** The names of the entities the summaries of {@code rows} show, in one query. */
  private Map<String, String> names(List<Object[]> rows) throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    for (Object[] x : rows) {
      @SuppressWarnings("unchecked")
      List<String> entities = (List<String>) x[6];
      ids.addAll(entities.subList(0, Math.min(TOP_ENTITIES, entities.size())));
    }
    Map<String, String> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (PreparedStatement p = db.prepare("SELECT id, name FROM entities WHERE id IN (SELECT unnest(?))")) {
      p.setArray(1, db.varchars(new ArrayList<>(ids)));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), r.getString(2));
        }
      }
    }
    return out;
  }

  private StorySummary summary(Object[] x, List<Member> members, Map<String, List<String>> outlets,
      Map<String, String> names) {
    Set<String> all = new LinkedHashSet<>();
    for (Member m : members) {
      all.addAll(outlets.getOrDefault(m.articleId(), List.of()));
    }
    Member first = members.isEmpty() ? null : members.get(0);
    Member latest = members.isEmpty() ? null : members.get(members.size() - 1);
    for (Member m : members) {
      if (m.date() != null && (latest.date() == null || !m.date().isBefore(latest.date()))) {
        latest = m;
      }
    }
    @SuppressWarnings("unchecked")
    List<String> entities = (List<String>) x[6];
    List<String> top = entities.subList(0, Math.min(TOP_ENTITIES, entities.size()));
    return new StorySummary((String) x[0], (String) x[1], (LocalDate) x[2], (LocalDate) x[3], (int) x[4],
        (int) x[5], new ArrayList<>(all), report(first), report(latest), top,
        top.stream().map(id -> names.getOrDefault(id, id)).toList());
  }

  /** The story's entities, strongest first. */
  private static List<String> strongest(ResultSet r) throws SQLException {
    List<String> k = Database.strings(r, "entities");
    java.sql.Array a = r.getArray("entity_weights");
    Object[] w = a == null ? new Object[0] : (Object[]) a.getArray();
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < k.size() && i < w.length; i++) {
      idx.add(i);
    }
    idx.sort(Comparator.<Integer>comparingDouble(i -> -((Number) w[i]).doubleValue()).thenComparing(k::get));
    return idx.stream().map(k::get).toList();
  }

  private static StorySummary.Report report(Member m) {
    return m == null ? null : new StorySummary.Report(m.articleId(), m.headline(), m.date(), m.outlet());
  }

  /** The articles of each story: dated ones by date, then undated ones, each in the order they were placed. */
  private Map<String, List<Member>> members(List<String> storyIds) throws SQLException {
    Map<String, List<Member>> out = new LinkedHashMap<>();
    if (storyIds.isEmpty()) {
      return out;
    }
    try (PreparedStatement p = db.prepare(membersStatement(storyIds))) {
      p.setArray(1, db.varchars(storyIds));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Member(r.getString(2), r.getString(3),
              Database.date(r, "anchor"), r.getString("outlet"), r.getLong("seq"), r.getBoolean("started"),
              r.getDouble("score"), r.getBoolean("dated"), r.getString("reason")));
        }
      }
    }
    return out;
  }

  /**
   * Each member's outlets (its own, then its publications', first seen first) and copies (its publications, at least
   * one). The own outlet comes with the member; only the publications are read, in one query.
   */
  private record Published(Map<String, List<String>> outlets, Map<String, Integer> copies) {}

  private Published published(Collection<Member> members) throws SQLException {
    Map<String, List<String>> outlets = new HashMap<>();
    Map<String, Integer> copies = new HashMap<>();
    for (Member m : members) {
      addOutlet(outlets.computeIfAbsent(m.articleId(), k -> new ArrayList<>()), m.outlet());
    }
    for (List<String> chunk : Chunks.of(members.stream().map(Member::articleId).toList(), 10_000)) {
      try (PreparedStatement p = db.prepare("SELECT article_id, outlet FROM publications"
          + " WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, ingested_at, source")) {
        p.setArray(1, db.varchars(chunk));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            addOutlet(outlets.computeIfAbsent(r.getString(1), k -> new ArrayList<>()), r.getString(2));
            copies.merge(r.getString(1), 1, Integer::sum);
          }
        }
      }
    }
    return new Published(outlets, copies);
  }

  private static void addOutlet(List<String> outlets, String outlet) {
    if (outlet != null && !outlet.isBlank() && !outlets.contains(outlet.strip())) {
      outlets.add(outlet.strip());
    }
  }

  private List<StoryDetail.EventInstance> events(String storyId, Map<String, List<String>> outlets,
      Map<String, Integer> copies) throws SQLException {
    Map<String, List<StoryDetail.Mention>> mentions = new HashMap<>();
    try (PreparedStatement p = db.prepare(EVENT_MENTIONS)) {
      Database.bind(p, StoryKeys.of(storyId), storyId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          mentions.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(new StoryDetail.Mention(r.getString(2), r.getString(3), null, r.getDouble(4)));
        }
      }
    }
    List<StoryDetail.EventInstance> out = new ArrayList<>();
    try (PreparedStatement p = db.prepare(EVENT_INSTANCES)) {
      Database.bind(p, StoryKeys.of(storyId), storyId, MAX_INSTANCES);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          List<StoryDetail.Mention> m = mentions.getOrDefault(r.getString("id"), List.of());
          int[] reach = reach(m, outlets, copies);
          out.add(new StoryDetail.EventInstance(r.getString("id"), r.getString("type"), r.getString("label"),
              byCount(r, "actors", "actor_counts"), byCount(r, "recipients", "recipient_counts"),
              r.getString("location"), Database.date(r, "begin"), Database.date(r, "end"), r.getInt("mentions"),
              r.getInt("articles"), reach[0], reach[1], m));
        }
      }
    }
    return out;
  }

  private List<StoryDetail.ClaimInstance> claims(String storyId, Map<String, List<String>> outlets,
      Map<String, Integer> copies) throws SQLException {
    Map<String, List<StoryDetail.Mention>> reports = new HashMap<>();
    try (PreparedStatement p = db.prepare(CLAIM_REPORTS)) {
      Database.bind(p, StoryKeys.of(storyId), storyId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          reports.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(new StoryDetail.Mention(r.getString(2), r.getString(3), r.getString(4)));
        }
      }
    }
    List<StoryDetail.ClaimInstance> out = new ArrayList<>();
    try (PreparedStatement p = db.prepare(CLAIM_INSTANCES)) {
      Database.bind(p, StoryKeys.of(storyId), storyId, MAX_INSTANCES);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          List<StoryDetail.Mention> m = reports.getOrDefault(r.getString("id"), List.of());
          int[] reach = reach(m, outlets, copies);
          List<String> stances = Database.strings(r, "stances");
          int[] n = Database.ints(r, "stance_counts");
          Map<String, Integer> byStance = new LinkedHashMap<>();
          for (int i = 0; i < stances.size() && i < n.length; i++) {
            byStance.put(stances.get(i), n[i]);
          }
          out.add(new StoryDetail.ClaimInstance(r.getString("id"), r.getString("source_key"),
              r.getString("source_text"), r.getString("excerpt"), byStance, r.getInt("reports"),
              r.getInt("articles"), reach[0], reach[1], m));
        }
      }
    }
    return out;
  }

  /** Distinct outlets and republications over the articles of some mentions. */
  private static int[] reach(List<StoryDetail.Mention> mentions, Map<String, List<String>> outlets,
      Map<String, Integer> copies) {
    Set<String> articles = new LinkedHashSet<>();
    for (StoryDetail.Mention m : mentions) {
      articles.add(m.articleId());
    }
    Set<String> o = new LinkedHashSet<>();
    int republications = 0;
    for (String a : articles) {
      o.addAll(outlets.getOrDefault(a, List.of()));
      republications += copies.getOrDefault(a, 1) - 1;
    }
    return new int[] {o.size(), republications};
  }

  private static List<String> byCount(ResultSet r, String keys, String counts) throws SQLException {
    List<String> k = Database.strings(r, keys);
    int[] n = Database.ints(r, counts);
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < k.size(); i++) {
      idx.add(i);
    }
    idx.sort(Comparator.<Integer>comparingInt(i -> i < n.length ? -n[i] : 0).thenComparing(k::get));
    return idx.stream().map(k::get).toList();
  }

  private List<EntityMerge> merges(String storyId) throws SQLException {
    List<EntityMerge> out = new ArrayList<>();
    try (PreparedStatement p = db.prepare("SELECT * FROM entity_merges WHERE story_id = ? ORDER BY seq, id")) {
      p.setString(1, storyId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(StoryTables.merge(r));
        }
      }
    }
    return out;
  }
}
