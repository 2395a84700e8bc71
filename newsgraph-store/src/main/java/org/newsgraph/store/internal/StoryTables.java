package org.newsgraph.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.newsgraph.stories.CrossDocumentLinker;
import org.newsgraph.stories.claims.ClaimInstanceState;
import org.newsgraph.stories.claims.ClaimLink;
import org.newsgraph.stories.claims.ClaimLinker;
import org.newsgraph.stories.cluster.Assignment;
import org.newsgraph.stories.cluster.StoryClusterer;
import org.newsgraph.stories.cluster.StoryState;
import org.newsgraph.stories.entities.EntityMerge;
import org.newsgraph.stories.entities.PersonContext;
import org.newsgraph.stories.events.EventInstanceState;
import org.newsgraph.stories.events.EventLink;
import org.newsgraph.stories.profile.ArticleProfile.Channel;
import org.newsgraph.stories.profile.SparseVector;

/**
 * The tables of the cross-document layer (schema version 6, {@code schema-stories.sql}): writing what linking a
 * batch decided, inside the batch's transaction, and loading it back into a {@link CrossDocumentLinker}.
 */
final class StoryTables {
  private static final String DDL = "schema-stories.sql";
  /** The meta rows: how many articles have been placed, and by which definition. */
  static final String POSITION = "stories_position";
  static final String DEFINITION = "stories_definition";
  /** Every table of the layer, in the order they are created (and emptied for a rebuild). */
  static final List<String> TABLES = List.of("stories", "story_articles", "story_keys", "story_keys_batch",
      "event_instances", "event_mentions", "claim_instances", "claim_reports", "entity_merges");

  private StoryTables() {}

  static void create(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      for (String sql : statements()) {
        s.execute(sql);
      }
    }
  }

  private static List<String> statements() {
    String text;
    try (InputStream in = StoryTables.class.getResourceAsStream(DDL)) {
      if (in == null) {
        throw new IllegalStateException(DDL + " is missing from the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + DDL, e);
    }
    StringBuilder noComments = new StringBuilder();
    for (String line : text.split("\n")) {
      int dash = line.indexOf("--");
      noComments.append(dash >= 0 ? line.substring(0, dash) : line).append('\n');
    }
    List<String> out = new ArrayList<>();
    for (String part : noComments.toString().split(";")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** Empties every table of the layer and its meta rows (a rebuild follows), inside the caller's transaction. */
  static void clear(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      for (String t : TABLES) {
        s.execute("DELETE FROM " + t);
      }
      s.execute("DELETE FROM " + StoryPeople.TABLE);
      s.execute("DELETE FROM meta WHERE key IN ('" + POSITION + "', '" + DEFINITION + "')");
    }
    StoryKeys.cleared(db);
  }

  /** What linking the articles of one batch decided, in order; the latest state of each touched story or instance. */
  static final class Batch {
    final List<CrossDocumentLinker.Linked> linked = new ArrayList<>();
    final Map<String, StoryState> stories = new LinkedHashMap<>();
    final Map<String, EventInstanceState> events = new LinkedHashMap<>();
    final Map<String, ClaimInstanceState> claims = new LinkedHashMap<>();
    final List<EntityMerge> undone = new ArrayList<>();
    Map<String, Integer> keys = Map.of();
    /** What merging holds of each person the batch named in full, as it holds it after the batch. */
    List<PersonContext> people = List.of();
    long position;

    void add(CrossDocumentLinker.Linked l) {
      linked.add(l);
      stories.put(l.assignment().storyId(), l.assignment().story());
      for (EventLink e : l.events()) {
        events.put(e.instanceId(), e.instance());
      }
      for (ClaimLink c : l.claims()) {
        claims.put(c.instanceId(), c.instance());
      }
      undone.addAll(l.merges().undone());
    }

    boolean isEmpty() {
      return linked.isEmpty();
    }
  }

  /** Writes a batch's rows, inside the caller's transaction. */
  static void write(Database db, Batch b, String definition) throws SQLException {
    if (b.isEmpty()) {
      return;
    }
    replace(db, "stories", b.stories.keySet());
    replace(db, "event_instances", b.events.keySet());
    replace(db, "claim_instances", b.claims.keySet());
    try (DuckDBAppender st = db.appender("stories"); DuckDBAppender sa = db.appender("story_articles");
        DuckDBAppender ei = db.appender("event_instances"); DuckDBAppender em = db.appender("event_mentions");
        DuckDBAppender ci = db.appender("claim_instances"); DuckDBAppender cr = db.appender("claim_reports");
        DuckDBAppender me = db.appender("entity_merges"); DuckDBAppender keys = db.appender("story_keys_batch")) {
      for (StoryState s : b.stories.values()) {
        story(st, s);
      }
      for (EventInstanceState e : b.events.values()) {
        event(ei, e);
      }
      for (ClaimInstanceState c : b.claims.values()) {
        claim(ci, c);
      }
      for (CrossDocumentLinker.Linked l : b.linked) {
        Assignment a = l.assignment();
        long seq = a.story().lastSeq();
        long sk = StoryKeys.of(a.storyId());
        sa.beginRow().append(sk).append(a.articleId()).append(a.storyId()).append(seq).append(a.started()).append(a.score())
            .append(a.dated()).append(a.reason()).endRow();
        for (EventLink e : l.events()) {
          em.beginRow().append(sk).append(e.instanceId()).append(a.storyId()).append(e.articleId()).append(e.mentionId())
              .append(seq).append(e.started()).append(e.score()).append(e.reason()).endRow();
        }
        for (ClaimLink c : l.claims()) {
          cr.beginRow().append(sk).append(c.instanceId()).append(a.storyId()).append(c.articleId()).append(c.claimId())
              .append(c.stance()).append(seq).append(c.started()).append(c.score()).endRow();
        }
        for (EntityMerge m : l.merges().made()) {
          me.beginRow().append(m.id()).append(m.articleId()).append(m.entity()).append(m.into()).append(m.storyId())
              .append(m.surname()).append(m.reason()).append(m.evidence()).append(m.mentions()).append(seq);
          me.appendNull();
          me.appendNull();
          me.endRow();
        }
      }
      for (Map.Entry<String, Integer> k : b.keys.entrySet()) {
        keys.beginRow().append(k.getKey()).append(k.getValue().intValue()).endRow();
      }
      for (DuckDBAppender a : List.of(st, sa, ei, em, ci, cr, me, keys)) {
        a.flush();
      }
    }
    try (Statement s = db.connection().createStatement()) {
      s.execute("INSERT INTO story_keys SELECT \"key\", n FROM story_keys_batch"
          + " ON CONFLICT (\"key\") DO UPDATE SET df = excluded.df");
      s.execute("DELETE FROM story_keys_batch");
    }
    try (PreparedStatement p = db.prepare("UPDATE entity_merges SET undone_by = ?, undone_reason = ? WHERE id = ?")) {
      for (EntityMerge m : b.undone) {
        Database.bind(p, m.undoneBy(), m.undoneReason(), m.id());
        p.executeUpdate();
      }
    }
    StoryPeople.write(db, b.people);
    setMeta(db, POSITION, String.valueOf(b.position));
    setMeta(db, DEFINITION, definition);
    StoryKeys.appended(db, appended(b));
    StoryKeys.clusterIfDue(db);
  }

  /** The rows {@link #write} appends to each table that {@link StoryKeys} keeps in order. */
  private static Map<String, Integer> appended(Batch b) {
    int mentions = 0;
    int reports = 0;
    for (CrossDocumentLinker.Linked l : b.linked) {
      mentions += l.events().size();
      reports += l.claims().size();
    }
    return Map.of("story_articles", b.linked.size(), "event_instances", b.events.size(), "event_mentions", mentions,
        "claim_instances", b.claims.size(), "claim_reports", reports);
  }

  private static void replace(Database db, String table, Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement p = db.prepare("DELETE FROM " + table + " WHERE id IN (SELECT unnest(?))")) {
      p.setArray(1, db.varchars(ids));
      p.executeUpdate();
    }
  }

  static void setMeta(Database db, String key, String value) throws SQLException {
    try (PreparedStatement p = db.prepare("DELETE FROM meta WHERE key = ?")) {
      p.setString(1, key);
      p.executeUpdate();
    }
    try (PreparedStatement p = db.prepare("INSERT INTO meta VALUES (?, ?)")) {
      Database.bind(p, key, value);
      p.executeUpdate();
    }
  }

  static String meta(Database db, String key) throws SQLException {
    try (PreparedStatement p = db.prepare("SELECT value FROM meta WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private static void story(DuckDBAppender a, StoryState s) throws SQLException {
    a.beginRow().append(s.id()).append(s.lastSeq());
    Database.appendNullable(a, s.first());
    Database.appendNullable(a, s.last());
    a.append(s.articles()).append(s.undated());
    Database.appendNullable(a, s.title());
    a.append(s.scoreSum());
    for (Channel c : Channel.values()) {
      vector(a, s.channel(c));
    }
    a.append(StoryClusterer.listingKeys(s));
    a.endRow();
  }

  private static void vector(DuckDBAppender a, SparseVector v) throws SQLException {
    a.append(v.keys());
    a.append(v.weights());
  }

  private static void event(DuckDBAppender a, EventInstanceState e) throws SQLException {
    a.beginRow().append(StoryKeys.of(e.storyId())).append(e.id()).append(e.storyId()).append(e.lastSeq());
    Database.appendNullable(a, e.type());
    a.append(e.label());
    counts(a, e.stems());
    counts(a, e.actors());
    counts(a, e.recipients());
    Database.appendNullable(a, e.location());
    Database.appendNullable(a, e.begin());
    Database.appendNullable(a, e.end());
    vector(a, e.context());
    a.append(e.mentions()).append(e.articles()).append(e.lastArticle());
    a.endRow();
  }

  private static void claim(DuckDBAppender a, ClaimInstanceState c) throws SQLException {
    a.beginRow().append(StoryKeys.of(c.storyId())).append(c.id()).append(c.storyId()).append(c.lastSeq())
        .append(c.sourceKey());
    Database.appendNullable(a, c.sourceText());
    a.append(c.excerpt());
    counts(a, c.stances());
    vector(a, c.content());
    a.append(c.reports()).append(c.articles()).append(c.lastArticle());
    a.endRow();
  }

  private static void counts(DuckDBAppender a, Map<String, Integer> m) throws SQLException {
    List<String> keys = new ArrayList<>(m.keySet());
    keys.sort(null);
    int[] n = new int[keys.size()];
    for (int i = 0; i < n.length; i++) {
      n[i] = m.get(keys.get(i));
    }
    a.append(keys);
    a.append(n);
  }

  // ---- loading ----

  /**
   * Loads the saved state into a fresh linker: the stories (listed by their index keys; a story's state is read
   * when it is first a candidate, {@link #readStories}), the document frequencies and the entity merges; the event
   * and claim instances of a story are read only when an article joins it ({@link #loadEvents}, {@link
   * #loadClaims}), and what is known of people only when an article names their surname ({@link StoryPeople}).
   */
  static void load(Database db, CrossDocumentLinker linker) throws SQLException {
    String position = meta(db, POSITION);
    long pos = position == null ? 0 : Long.parseLong(position);
    linker.clusterer().restorePosition(pos);
    linker.clusterer().frequencies().restoreArticles(pos);
    try (PreparedStatement p = db.prepare("SELECT \"key\", df FROM story_keys"); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        linker.clusterer().frequencies().restore(r.getString(1), r.getInt(2));
      }
    }
    StoryClusterer clusterer = linker.clusterer();
    try (PreparedStatement p = db.prepare("SELECT id, last_seq, first_date, last_date, index_keys FROM stories"
        + " WHERE index_keys IS NOT NULL ORDER BY last_seq"); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        clusterer.restoreListing(r.getString(1), r.getLong(2), Database.strings(r, "index_keys"),
            Database.date(r, "first_date"), Database.date(r, "last_date"));
      }
    }
    // rows without their keys (a Parquet export of another writer): listed from their states, as before
    try (PreparedStatement p = db.prepare("SELECT * FROM stories WHERE index_keys IS NULL ORDER BY last_seq");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        clusterer.restore(state(r));
      }
    }
    clusterer.readStatesFrom(ids -> {
      try {
        return readStories(db, ids);
      } catch (SQLException e) {
        throw Failures.wrap("cannot read the stories of " + db.file() + ": " + Database.firstLine(e), e);
      }
    });
    try (PreparedStatement p = db.prepare("SELECT * FROM entity_merges WHERE undone_by IS NULL ORDER BY seq, id");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        linker.entityMerger().restore(merge(r));
      }
    }
  }

  /** The saved states of the stories {@code ids} (those that exist), by id. */
  static Map<String, StoryState> readStories(Database db, Collection<String> ids) throws SQLException {
    Map<String, StoryState> out = new HashMap<>();
    try (PreparedStatement p = db.prepare("SELECT * FROM stories WHERE id IN (SELECT unnest(?))")) {
      p.setArray(1, db.varchars(ids));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          StoryState s = state(r);
          out.put(s.id(), s);
        }
      }
    }
    return out;
  }

  private static StoryState state(ResultSet r) throws SQLException {
    Map<Channel, SparseVector> c = new EnumMap<>(Channel.class);
    c.put(Channel.TERMS, vector(r, "terms", "term_weights"));
    c.put(Channel.ENTITIES, vector(r, "entities", "entity_weights"));
    c.put(Channel.EVENTS, vector(r, "events", "event_weights"));
    c.put(Channel.DATES, vector(r, "dates", "date_weights"));
    c.put(Channel.NUMBERS, vector(r, "numbers", "number_weights"));
    return new StoryState(r.getString("id"), r.getLong("last_seq"), Database.date(r, "first_date"),
        Database.date(r, "last_date"), r.getInt("articles"), r.getInt("undated"), r.getString("title"),
        r.getDouble("score_sum"), c);
  }

  /**
   * Schema step to version 19, in the caller's transaction: each story with the index keys it is listed under
   * ({@code index_keys}), so that a load lists the stories without reading their states.
   */
  static void addListingKeys(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("ALTER TABLE stories ADD COLUMN IF NOT EXISTS index_keys VARCHAR[]");
      s.execute("CREATE TABLE story_listing (id VARCHAR, index_keys VARCHAR[])");
    }
    try (PreparedStatement p = db.prepare("SELECT * FROM stories"); ResultSet r = p.executeQuery();
        DuckDBAppender a = db.appender("story_listing")) {
      while (r.next()) {
        StoryState st = state(r);
        a.beginRow().append(st.id()).append(StoryClusterer.listingKeys(st)).endRow();
      }
      a.flush();
    }
    try (Statement s = db.connection().createStatement()) {
      s.execute("UPDATE stories SET index_keys = l.index_keys FROM story_listing l WHERE l.id = stories.id");
      s.execute("DROP TABLE story_listing");
    }
  }

  /**
   * Loads the saved event instances of {@code storyIds} into the linker, each story's in the order they were last
   * touched (only the order within a story matters to the linker). One query for a batch's stories, by their keys
   * ({@link StoryKeys}).
   */
  static void loadEvents(Database db, CrossDocumentLinker linker, Collection<String> storyIds) throws SQLException {
    if (storyIds.isEmpty()) {
      return;
    }
    try (PreparedStatement p = db.prepare("SELECT * FROM event_instances WHERE " + StoryKeys.rowsOf("", storyIds)
        + " ORDER BY last_seq, id")) {
      p.setArray(1, db.varchars(storyIds));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          linker.eventLinker().restore(new EventInstanceState(r.getString("id"), r.getString("story_id"),
              r.getString("type"), r.getString("label"), counts(r, "stems", "stem_counts"),
              counts(r, "actors", "actor_counts"), counts(r, "recipients", "recipient_counts"),
              r.getString("location"), Database.date(r, "begin"), Database.date(r, "end"),
              vector(r, "context", "context_weights"), r.getInt("mentions"), r.getInt("articles"),
              r.getString("last_article"), r.getLong("last_seq")));
        }
      }
    }
  }

  /** A story and a source in it: the claim instances a report is compared with ({@link ClaimLinker}). */
  record StorySource(String storyId, String sourceKey) {}

  /**
   * Loads the saved claim instances of each story and source in {@code pairs} into the linker: the newest {@link
   * ClaimLinker#PER_SOURCE} of each, the only ones a report of that source in that story is compared with, in the
   * order they were last touched. A story's claims are most of its instances (at a million articles a big story has
   * over a thousand, of hundreds of sources), and a batch meets few of its sources.
   */
  static void loadClaims(Database db, CrossDocumentLinker linker, Collection<StorySource> pairs)
      throws SQLException {
    if (pairs.isEmpty()) {
      return;
    }
    Set<String> stories = new java.util.TreeSet<>();
    List<String> storyOf = new ArrayList<>();
    List<String> sourceOf = new ArrayList<>();
    for (StorySource s : pairs) {
      stories.add(s.storyId());
      storyOf.add(s.storyId());
      sourceOf.add(s.sourceKey());
    }
    try (PreparedStatement p = db.prepare("SELECT c.* FROM claim_instances c"
        + " JOIN (SELECT unnest(?) AS story, unnest(?) AS source) w ON c.story_id = w.story AND c.source_key = w.source"
        + " WHERE " + StoryKeys.rowsOf("c.", stories)
        + " QUALIFY row_number() OVER (PARTITION BY c.story_id, c.source_key ORDER BY c.last_seq DESC, c.id DESC)"
        + " <= " + ClaimLinker.PER_SOURCE + " ORDER BY c.last_seq, c.id")) {
      p.setArray(1, db.varchars(storyOf));
      p.setArray(2, db.varchars(sourceOf));
      p.setArray(3, db.varchars(stories));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          linker.claimLinker().restore(new ClaimInstanceState(r.getString("id"), r.getString("story_id"),
              r.getString("source_key"), r.getString("source_text"), r.getString("excerpt"),
              counts(r, "stances", "stance_counts"), vector(r, "content", "content_weights"), r.getInt("reports"),
              r.getInt("articles"), r.getString("last_article"), r.getLong("last_seq")));
        }
      }
    }
  }

  static EntityMerge merge(ResultSet r) throws SQLException {
    return new EntityMerge(r.getString("id"), r.getString("article_id"), r.getString("entity_id"),
        r.getString("into_id"), r.getString("story_id"), r.getString("surname"), r.getString("reason"),
        Database.strings(r, "evidence"), Database.strings(r, "mentions"), r.getString("undone_by"),
        r.getString("undone_reason"));
  }

  private static SparseVector vector(ResultSet r, String keys, String weights) throws SQLException {
    List<String> k = Database.strings(r, keys);
    java.sql.Array a = r.getArray(weights);
    Object[] w = a == null ? new Object[0] : (Object[]) a.getArray();
    float[] f = new float[k.size()];
    for (int i = 0; i < f.length && i < w.length; i++) {
      f[i] = ((Number) w[i]).floatValue();
    }
    return SparseVector.of(k, f);
  }

  private static Map<String, Integer> counts(ResultSet r, String keys, String counts) throws SQLException {
    List<String> k = Database.strings(r, keys);
    int[] n = Database.ints(r, counts);
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < k.size() && i < n.length; i++) {
      m.put(k.get(i), n[i]);
    }
    return m;
  }
}
