package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Mention;

/**
 * The {@code entity_counts} table (schema version 12, issue 21): per entity, how many stored articles list it and
 * how many mentions of it are stored. An entity's page and the name lookup read these instead of counting its rows
 * of {@code article_entities} and {@code mentions} (a scan of tens of millions of rows at a million articles: DuckDB
 * does not use an index for those counts). Kept by {@link ArticleWriter} in each batch's transaction; articles are
 * never deleted, so counts only grow. A store over Parquet tables sees a view that counts instead.
 */
final class EntityCounts {
  static final String TABLE = "entity_counts";
  static final String DDL = "CREATE TABLE IF NOT EXISTS " + TABLE + " (entity_id VARCHAR PRIMARY KEY,"
      + " n_articles INTEGER NOT NULL, n_mentions INTEGER NOT NULL)";
  /** The counts from the rows themselves: what the table is filled with on upgrade, and what it must agree with. */
  static final String RECOUNT = "SELECT e.id AS entity_id,"
      + " coalesce(ae.n, 0) AS n_articles, coalesce(m.n, 0) AS n_mentions FROM entities e"
      + " LEFT JOIN (SELECT entity_id, count(DISTINCT article_id) AS n FROM article_entities GROUP BY 1) ae"
      + "   ON ae.entity_id = e.id"
      + " LEFT JOIN (SELECT entity_id, count(*) AS n FROM mentions GROUP BY 1) m ON m.entity_id = e.id"
      + " WHERE ae.n IS NOT NULL OR m.n IS NOT NULL";

  private EntityCounts() {}

  /** Schema step to version 12, in the caller's transaction: the table, filled from the stored rows. */
  static void create(Database db) throws SQLException {
    KeptTables.create(db, TABLE, DDL, RECOUNT);
  }

  /** For a store over Parquet tables: the table replaced by a view that counts. */
  static void attachView(Database db) throws SQLException {
    KeptTables.attachView(db, TABLE, RECOUNT);
  }

  /**
   * Adds what {@code fresh} (articles being stored in the caller's transaction) adds to the counts: one article
   * per entity each lists (once, as {@code article_entities} has it) and each mention.
   */
  static void add(Database db, Collection<AnalyzedArticle> fresh) throws SQLException {
    Map<String, int[]> add = new LinkedHashMap<>();
    for (AnalyzedArticle a : fresh) {
      Set<String> listed = new HashSet<>();
      for (Entity e : a.entities()) {
        if (listed.add(e.id())) {
          add.computeIfAbsent(e.id(), k -> new int[2])[0]++;
        }
      }
      for (Mention m : a.mentions()) {
        add.computeIfAbsent(m.entityId(), k -> new int[2])[1]++;
      }
    }
    if (add.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>(add.size());
    List<String> articles = new ArrayList<>(add.size());
    List<String> mentions = new ArrayList<>(add.size());
    add.forEach((id, n) -> {
      ids.add(id);
      articles.add(Integer.toString(n[0]));
      mentions.add(Integer.toString(n[1]));
    });
    try (PreparedStatement p = db.prepare("INSERT INTO " + TABLE + " SELECT id, CAST(a AS INTEGER),"
        + " CAST(m AS INTEGER) FROM (SELECT unnest(?) AS id, unnest(?) AS a, unnest(?) AS m)"
        + " ON CONFLICT (entity_id) DO UPDATE SET n_articles = " + TABLE + ".n_articles + excluded.n_articles,"
        + " n_mentions = " + TABLE + ".n_mentions + excluded.n_mentions")) {
      p.setArray(1, db.varchars(ids));
      p.setArray(2, db.varchars(articles));
      p.setArray(3, db.varchars(mentions));
      p.executeUpdate();
    }
  }
}
