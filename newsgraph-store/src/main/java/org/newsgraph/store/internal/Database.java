package org.newsgraph.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.newsgraph.store.StoreException;

/**
 * A DuckDB connection of a store, its schema, and the JDBC chores shared by the reader and the writer. Not
 * thread-safe: the store serialises calls on the main connection and lends each reading thread a
 * {@link #duplicate} of its own.
 */
public final class Database implements AutoCloseable {
  public static final String FILE = "newsgraph.duckdb";
  /**
   * 1: the tables of schema-v1.sql; 2 (issue 7): {@code mentions.sentence} and {@code times.sentence}, and the
   * publications table in stores made before it; 3 (issue 4): {@code claims.source_countries}, the countries of an
   * unnamed group source; 4 (issue 3): {@code claims.said_until}, the end of the interval a claim was said in; 5
   * (issue 22): the {@code places} and {@code event_places} tables ({@link PlaceRows}), older articles having no rows
   * there until they are analysed again; 6 (issue 17): the cross-document tables of {@code schema-stories.sql}
   * (stories, event and claim instances, entity merges), filled for the stored articles when the store is next opened
   * ({@link StoryLayer#catchUp}); 7 (issue 15): {@code claims.confidence}, null for claims stored before (their
   * confidence is unknown until the article is analysed again); 8 (issue 18): the {@code event_quantities} table
   * ({@link QuantityRows}) and {@code claims.cited_begin}, {@code cited_end}, {@code cited_entity} (the source a
   * claim's teller cites: "Yonhap, citing the NIS"), empty and null for what was stored before; 9 (issue 15):
   * {@code claims.reported_by}, the claim that reports a nested one (null for claims stored before); 10 (issue 20): the
   * {@code watchlists} table ({@link WatchlistTable}), empty; 11 (issue 20): {@code times.relative}, an undated
   * article's offset from its unknown date ("last year": {@code -P1Y}), null for what was stored before; 12 (issue
   * 21): the {@code entity_counts} table ({@link EntityCounts}), counted from the stored rows; 13 (issue 21): the
   * indexes of {@link ReadIndexes} (an article's rows by its id, a story's by its id, an entity's mentions and claims),
   * made over the stored rows; 14 (issue 21): the claim, event and timeline rows keyed by entity of {@link EntityRows},
   * made from the stored rows; 15 (issue 21): the ingest log's index by article ({@link ReadIndexes#INGEST_LOG}); 16 (issue 21): the
   * place counts per entity of {@link EntityPlaces}, grouped from the stored rows; 17 (issue 21): the rows keyed by
   * entity with a numeric key, in key order ({@link EntityKeys}); 18 (issue 21): the story tables' rows with a
   * numeric story key, in key order ({@link StoryKeys}); 19 (issue 21): {@code stories.index_keys}, the keys a story
   * is listed under for candidate lookup, so that a load lists stories without reading their states ({@link
   * StoryTables#addListingKeys}); 20 (issues 17, 21): {@code person_context}, what entity merging knows of each person
   * named in full ({@link StoryPeople}); 21 (issue 21): {@code events.sentence_begin} and {@code sentence_end}
   * ({@link EventSentences}); 22 (issue 15): {@code mentions.confidence} and {@code times.confidence}, how sure the
   * stages were of each (null for the rows stored before). A store is made at version 1 and upgraded like an old one,
   * so old and new stores end with the same columns in the same order.
   */
  public static final int SCHEMA_VERSION = 22;
  /**
   * The column version 22 adds to {@code mentions} and to {@code times}: {@link org.newsgraph.core.Mention#confidence()},
   * {@link org.newsgraph.core.TimeExpression#confidence()}.
   */
  public static final String CONFIDENCE = "confidence";
  /** The column version 11 adds to {@code times}: {@link org.newsgraph.core.TimeExpression#relative()}. */
  public static final String TIME_RELATIVE = "relative";
  /** The columns version 8 adds to {@code claims}: {@link org.newsgraph.core.Claim#cited()}. */
  public static final String CITED_BEGIN = "cited_begin";
  public static final String CITED_END = "cited_end";
  public static final String CITED_ENTITY = "cited_entity";
  /** The column version 7 adds to {@code claims}: {@link org.newsgraph.core.Claim#confidence()}. */
  public static final String CLAIM_CONFIDENCE = "confidence";
  /** The column version 9 adds to {@code claims}: {@link org.newsgraph.core.Claim#reportedBy()}. */
  public static final String REPORTED_BY = "reported_by";
  /** The column version 3 adds to {@code claims}: {@link org.newsgraph.core.Claim#sourceCountries()}. */
  public static final String SOURCE_COUNTRIES = "source_countries";
  /** The column version 4 adds to {@code claims}: {@link org.newsgraph.core.Claim#saidUntil()}. */
  public static final String SAID_UNTIL = "said_until";
  private static final String SCHEMA_RESOURCE = "schema-v1.sql";
  private static final System.Logger LOG = System.getLogger(Database.class.getName());

  private final Path file;
  private final DuckDBConnection conn;
  /** The prepared statements kept for the next read: read connections only (null on the main one). */
  private final StatementCache statements;
  /** The checkpoint threshold last set, in MiB ({@link CheckpointSize}); 0: none yet, DuckDB's default. */
  private long checkpointMib;

  private Database(Path file, DuckDBConnection conn) {
    this(file, conn, false);
  }

  private Database(Path file, DuckDBConnection conn, boolean keepStatements) {
    this.file = file;
    this.conn = conn;
    this.statements = keepStatements ? new StatementCache(conn) : null;
  }

  /** Opens (creating if needed) the database file and checks or creates its schema. */
  public static Database open(Path file) {
    DuckDBConnection conn;
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      conn = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()).unwrap(DuckDBConnection.class);
    } catch (SQLException e) {
      throw openFailure(file, e);
    } catch (ClassNotFoundException e) {
      throw Failures.wrap("the DuckDB driver is not on the class path", e);
    }
    Database db = new Database(file, conn);
    try {
      try (Statement s = conn.createStatement()) {
        // Extensions such as fts are not bundled; never try to download one (FACTS.md).
        s.execute("SET autoinstall_known_extensions = false");
        s.execute("SET autoload_known_extensions = false");
      }
      db.ensureSchema();
      return db;
    } catch (SQLException e) {
      db.close();
      throw openFailure(file, e);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  private static StoreException openFailure(Path file, SQLException e) {
    String m = firstLine(e);
    String lower = m.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("not a valid duckdb database") || lower.contains("corrupt") || lower.contains("checksum")
        || lower.contains("serializ") || lower.contains("version number")) {
      return new StoreException(StoreException.Kind.FAILED, "database " + file
          + " is damaged or is not a newsgraph store: " + m, e);
    }
    if (lower.contains("could not set lock") || lower.contains("conflicting lock")) {
      return new StoreException(StoreException.Kind.UNAVAILABLE, "database " + file
          + " is in use by another program: " + m, e);
    }
    return Failures.wrap("cannot open database " + file + ": " + m, e);
  }

  private void ensureSchema() throws SQLException {
    boolean hasMeta;
    try (PreparedStatement p = conn.prepareStatement(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'meta'");
        ResultSet r = p.executeQuery()) {
      r.next();
      hasMeta = r.getLong(1) > 0;
    }
    if (!hasMeta) {
      createSchema();
      return;
    }
    String version = null;
    try (PreparedStatement p = conn.prepareStatement("SELECT value FROM meta WHERE key = 'schema_version'");
        ResultSet r = p.executeQuery()) {
      if (r.next()) {
        version = r.getString(1);
      }
    }
    int old = upgradable(version);
    if (old > 0) {
      LOG.log(System.Logger.Level.INFO, "upgrading " + file + " from schema version " + version + " to "
          + SCHEMA_VERSION + " (sentence columns for the timeline, group source countries, the interval a claim was"
          + " said in, place points, stories across articles, claim confidence, amounts and cited sources, nested"
          + " claims, watchlists, offsets of undated articles, entity counts, indexes for reads, rows keyed by entity,"
          + " the ingest log by article, place counts per entity, rows keyed by entity in key order, story rows in"
          + " key order, the keys each story is listed under, what entity merging knows of each person, the bounds"
          + " of each event's sentence, how sure each mention and time is); this takes a few minutes for a store of a"
          + " million articles");
      begin();
      try {
        SchemaUpgrades.from(this, old);
        commit();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        throw Failures.wrap("cannot upgrade " + file + " from schema version " + version + " to "
            + SCHEMA_VERSION + ": " + firstLine(e) + "; the store is unchanged", e);
      }
    } else if (!String.valueOf(SCHEMA_VERSION).equals(version)) {
      throw new StoreException("database " + file + " has schema version " + version + "; this newsgraph reads "
          + "versions 1 to " + (SCHEMA_VERSION - 1) + " (upgraded when opened) and " + SCHEMA_VERSION
          + " (a newer newsgraph made it?)");
    }
  }

  /** The version of an older store this newsgraph upgrades (1 to {@link #SCHEMA_VERSION} - 1), else 0. */
  private static int upgradable(String version) {
    for (int v = 1; v < SCHEMA_VERSION; v++) {
      if (String.valueOf(v).equals(version)) {
        return v;
      }
    }
    return 0;
  }

  private void createSchema() throws SQLException {
    try (Statement s = conn.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r = s.executeQuery(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      if (!tables.isEmpty()) {
        throw new StoreException("database " + file + " is not a newsgraph store (it has tables " + tables
            + " but no meta table)");
      }
      begin();
      try {
        for (String sql : schemaStatements()) {
          s.execute(sql);
        }
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO meta VALUES ('schema_version', '1')")) {
          p.executeUpdate();
        }
        SchemaUpgrades.from(this, 1);
        commit();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        throw e;
      }
    }
  }

  /** The DDL of schema version 1 (what {@link #SCHEMA_VERSION} is upgraded from), one statement per element. */
  public static List<String> schemaStatements() {
    String text;
    try (InputStream in = Database.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + SCHEMA_RESOURCE, e);
    }
    StringBuilder noComments = new StringBuilder();
    for (String line : text.split("\n")) {
      int dash = line.indexOf("--");
      noComments.append(dash >= 0 ? line.substring(0, dash) : line).append('\n');
    }
    List<String> statements = new ArrayList<>();
    for (String part : noComments.toString().split(";")) {
      if (!part.isBlank()) {
        statements.add(part.strip());
      }
    }
    return statements;
  }

  public Path file() {
    return file;
  }

  /** A query that may fail in the driver. */
  @FunctionalInterface
  interface Query<T> {
    T run() throws SQLException;
  }

  /** Runs a query; a driver failure becomes a {@link StoreException} naming the file. */
  <T> T read(Query<T> q) {
    try {
      return q.run();
    } catch (SQLException e) {
      throw Failures.wrap("cannot read " + file + ": " + firstLine(e), e);
    }
  }

  /**
   * Runs a read whose statements join a table by a list of up to {@code keys} ids (a story's articles): DuckDB then
   * pushes the list into the table's scan as an {@code IN} filter, which an ART index answers when few rows match.
   * By default it does so only up to 50 keys ({@code dynamic_or_filter_threshold}); past that it reads the whole
   * table (all 1M articles or 10M claims at 1M articles) for a story of 51 articles. The setting belongs to this
   * connection's session and is restored afterwards.
   */
  <T> T readByKeys(int keys, Query<T> q) {
    return read(() -> {
      try (Statement s = conn.createStatement()) {
        s.execute("SET dynamic_or_filter_threshold = " + Math.max(50, keys));
      }
      try {
        return q.run();
      } finally {
        try (Statement s = conn.createStatement()) {
          s.execute("RESET dynamic_or_filter_threshold");
        }
      }
    });
  }

  /** Binds {@code args} to the statement's parameters, in order (a null binds SQL NULL). */
  static void bind(PreparedStatement p, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      p.setObject(i + 1, args[i]);
    }
  }

  /**
   * Another connection to the same database in this process (DuckDB allows several): it sees what the main one has
   * committed, and queries on it run beside queries on the others.
   */
  public Database duplicate() {
    try {
      return new Database(file, (DuckDBConnection) conn.duplicate(), true);
    } catch (SQLException e) {
      throw Failures.wrap("cannot open another connection to " + file + ": " + firstLine(e), e);
    }
  }

  Connection connection() {
    return conn;
  }

  PreparedStatement prepare(String sql) throws SQLException {
    return statements == null ? conn.prepareStatement(sql) : statements.prepare(sql);
  }

  DuckDBAppender appender(String table) throws SQLException {
    return conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }

  /**
   * Starts a transaction. Explicit, not {@code setAutoCommit(false)}: the JDBC driver begins that one lazily with
   * the next statement, and an appender used before any statement would write outside it. Sets DuckDB's checkpoint
   * threshold by the file's size first ({@link CheckpointSize}).
   */
  void begin() throws SQLException {
    try (Statement s = conn.createStatement()) {
      long mib = CheckpointSize.thresholdMib(file);
      if (mib != checkpointMib) {
        s.execute("SET checkpoint_threshold = '" + mib + "MiB'");
        checkpointMib = mib;
      }
      s.execute("BEGIN TRANSACTION");
    }
  }

  void commit() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("COMMIT");
    }
  }

  void rollbackQuietly() {
    try (Statement s = conn.createStatement()) {
      s.execute("ROLLBACK");
    } catch (SQLException e) {
      // no transaction was open, or the connection is gone: nothing was committed either way
    }
  }

  /** A VARCHAR[] parameter. */
  Array varchars(Collection<String> values) throws SQLException {
    return conn.createArrayOf("VARCHAR", values.toArray());
  }

  /** The first line of a driver message, for one-line user messages. */
  static String firstLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }

  static LocalDateTime utc(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  static Instant utc(LocalDateTime at) {
    return at == null ? null : at.toInstant(ZoneOffset.UTC);
  }

  static LocalDate date(ResultSet r, String column) throws SQLException {
    return r.getObject(column, LocalDate.class);
  }

  static List<String> strings(ResultSet r, String column) throws SQLException {
    Array a = r.getArray(column);
    if (a == null) {
      return List.of();
    }
    Object[] values = (Object[]) a.getArray();
    List<String> out = new ArrayList<>(values.length);
    for (Object v : values) {
      if (v != null) {
        out.add(v.toString());
      }
    }
    return out;
  }

  static int[] ints(ResultSet r, String column) throws SQLException {
    Array a = r.getArray(column);
    if (a == null) {
      return new int[0];
    }
    Object[] values = (Object[]) a.getArray();
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ((Number) values[i]).intValue();
    }
    return out;
  }

  static void appendNullable(DuckDBAppender ap, String value) throws SQLException {
    if (value == null) {
      ap.appendNull();
    } else {
      ap.append(value);
    }
  }

  static void appendNullable(DuckDBAppender ap, Integer value) throws SQLException {
    if (value == null) {
      ap.appendNull();
    } else {
      ap.append(value.intValue());
    }
  }

  static void appendNullable(DuckDBAppender ap, Double value) throws SQLException {
    if (value == null) {
      ap.appendNull();
    } else {
      ap.append(value.doubleValue());
    }
  }

  static void appendNullable(DuckDBAppender ap, LocalDate value) throws SQLException {
    if (value == null) {
      ap.appendNull();
    } else {
      ap.append(value);
    }
  }

  @Override
  public void close() {
    if (statements != null) {
      statements.close();
    }
    try {
      conn.close();
    } catch (SQLException e) {
      // closing: nothing useful to do
    }
  }
}
