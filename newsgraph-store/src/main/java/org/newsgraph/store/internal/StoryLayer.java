package org.newsgraph.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.stories.CrossDocumentLinker;
import org.newsgraph.stories.claims.ClaimLinker;
import org.newsgraph.stories.entities.EntityMerger;
import org.newsgraph.stories.profile.ArticleProfile;

/**
 * The store's side of the cross-document layer: a {@link CrossDocumentLinker} loaded from the tables when first
 * needed (a story's state when it is first a candidate, its event and claim instances when an article first joins
 * it, what is known of people when an article first names their surname), run over each batch's new articles inside
 * the batch's transaction ({@link #link}), and dropped when a
 * transaction fails (the next batch loads it again from what was committed). On open, articles without a story (a
 * store from before schema version 6, or one whose stories were made by another definition) are linked in the order
 * they were stored ({@link #catchUp}).
 */
public final class StoryLayer {
  /**
   * The definition of stories, event and claim instances and entity merges. A store whose stories were made by
   * another definition has them rebuilt when opened. Change it whenever linking gives other answers for the same
   * articles.
   */
  public static final String DEFINITION = "stories.v6";
  private static final System.Logger LOG = System.getLogger(StoryLayer.class.getName());
  private static final int CATCH_UP_CHUNK = 200;

  private final Database db;
  private final NewsgraphConfig.Stories settings;
  private CrossDocumentLinker linker;
  /** The stories whose event instances the linker holds (read from the tables). */
  private Set<String> read = new HashSet<>();
  /** The stories and sources whose newest claim instances the linker holds (read from the tables). */
  private Set<StoryTables.StorySource> sourcesRead = new HashSet<>();
  /** The stories started since the linker was loaded: it holds all of them. */
  private Set<String> started = new HashSet<>();
  /** The surnames whose people the linker has been given ({@link StoryPeople}), before or while linking. */
  private Set<String> peopleRead = new HashSet<>();

  public StoryLayer(Database db, NewsgraphConfig.Stories settings) {
    this.db = db;
    this.settings = settings;
  }

  /** Links {@code fresh}, in order, and returns what to write; the caller's transaction is open. */
  StoryTables.Batch link(Collection<AnalyzedArticle> fresh) throws SQLException {
    StoryTables.Batch b = new StoryTables.Batch();
    if (fresh.isEmpty()) {
      return b;
    }
    CrossDocumentLinker l = linker();
    readPeople(l, fresh);
    List<CrossDocumentLinker.Placed> placed = new ArrayList<>();
    Set<String> unread = new LinkedHashSet<>();
    Set<StoryTables.StorySource> unreadSources = new LinkedHashSet<>();
    List<AnalyzedArticle> batch = List.copyOf(fresh);
    List<ArticleProfile> profiles = l.prefetch(batch);
    for (int i = 0; i < batch.size(); i++) {
      CrossDocumentLinker.Placed p = l.place(batch.get(i), profiles.get(i), null);
      placed.add(p);
      String story = p.assignment().storyId();
      if (p.assignment().started()) {
        started.add(story); // its id names the article: nothing of it is saved
      }
      if (started.contains(story)) {
        continue;
      }
      if (read.add(story)) {
        unread.add(story);
      }
      for (ClaimLinker.Weighed c : p.claims()) {
        StoryTables.StorySource s = new StoryTables.StorySource(story, c.mention().sourceKey());
        if (sourcesRead.add(s)) {
          unreadSources.add(s);
        }
      }
    }
    StoryTables.loadEvents(db, l, unread);
    StoryTables.loadClaims(db, l, unreadSources);
    for (CrossDocumentLinker.Placed p : placed) {
      b.add(l.finish(p));
    }
    b.keys = l.clusterer().frequencies().drainChanged();
    b.people = l.entityMerger().drainChanged();
    b.position = l.clusterer().position();
    return b;
  }

  /** Gives the linker what the store keeps of the people whose surnames {@code fresh} names, before it links them. */
  private void readPeople(CrossDocumentLinker l, Collection<AnalyzedArticle> fresh) throws SQLException {
    Set<String> surnames = new LinkedHashSet<>();
    for (AnalyzedArticle a : fresh) {
      surnames.addAll(EntityMerger.surnames(a));
    }
    surnames.removeAll(peopleRead);
    StoryPeople.load(db, l.entityMerger(), surnames);
    peopleRead.addAll(surnames);
  }

  /** The batch was not committed: forget what linking it changed (the tables still hold the truth). */
  void rollback() {
    linker = null;
  }

  private CrossDocumentLinker linker() throws SQLException {
    if (linker == null) {
      CrossDocumentLinker l = new CrossDocumentLinker(settings);
      StoryTables.load(db, l);
      l.clusterer().frequencies().drainChanged();
      read = new HashSet<>();
      sourcesRead = new HashSet<>();
      started = new HashSet<>();
      peopleRead = new HashSet<>();
      linker = l;
    }
    return linker;
  }

  /**
   * Links the stored articles that have no story yet, oldest first; first empties the layer when it was made by
   * another definition. Returns how many articles were linked.
   */
  public int catchUp(ArticleReader reader, ArticleWriter writer) {
    try {
      String made = StoryTables.meta(db, StoryTables.DEFINITION);
      if (made != null && !made.equals(DEFINITION)) {
        LOG.log(System.Logger.Level.INFO, "stories of " + db.file() + " were made by " + made + "; rebuilding them"
            + " with " + DEFINITION);
        db.begin();
        try {
          StoryTables.clear(db);
          db.commit();
        } catch (SQLException | RuntimeException e) {
          db.rollbackQuietly();
          throw e;
        }
        linker = null;
      }
      List<String> missing = unlinked();
      if (missing.isEmpty()) {
        return 0;
      }
      LOG.log(System.Logger.Level.INFO, "placing " + missing.size() + " stored article(s) of " + db.file()
          + " in stories (a store from before stories, or rebuilt)");
      for (int i = 0; i < missing.size(); i += CATCH_UP_CHUNK) {
        List<String> ids = missing.subList(i, Math.min(missing.size(), i + CATCH_UP_CHUNK));
        Map<String, AnalyzedArticle> read = reader.articles(ids);
        List<AnalyzedArticle> inOrder = new ArrayList<>();
        for (String id : ids) {
          AnalyzedArticle a = read.get(id);
          if (a != null) {
            inOrder.add(a);
          }
        }
        writer.linkStored(inOrder);
      }
      return missing.size();
    } catch (SQLException e) {
      throw Failures.wrap("cannot place the articles of " + db.file() + " in stories: " + Database.firstLine(e), e);
    }
  }

  /** Stored articles without a story, in the order they were stored. */
  private List<String> unlinked() throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = db.prepare("SELECT a.id FROM articles a"
        + " LEFT JOIN story_articles s ON s.article_id = a.id"
        + " LEFT JOIN (SELECT article_id, min(seq) AS seq FROM ingest_log WHERE status = 'stored' GROUP BY 1) l"
        + "   ON l.article_id = a.id"
        + " WHERE s.article_id IS NULL ORDER BY a.ingested_at, l.seq NULLS LAST, a.id");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }
}
