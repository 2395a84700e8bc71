package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.DocumentError;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.internal.ArticleReader;
import org.newsgraph.store.internal.ArticleWriter;
import org.newsgraph.store.internal.Database;
import org.newsgraph.store.internal.Failures;
import org.newsgraph.store.internal.IndexDocs;
import org.newsgraph.store.internal.ReadConnections;
import org.newsgraph.store.internal.SearchIndex;
import org.newsgraph.store.internal.StoreLock;
import org.newsgraph.store.internal.StoryLayer;

/**
 * The embedded store of one directory: {@code newsgraph.duckdb} (DuckDB, the source of truth), {@code index/}
 * (Lucene, derived from the tables) and {@code LOCK} (which process owns the store).
 *
 * <p>One process owns a store at a time. A save is one DuckDB transaction, then the saved articles are indexed; if
 * the process dies in between, the next {@link #open} indexes what the index lacks. Methods are safe to call from
 * several threads: saves take turns on the main connection; reads and searches run side by side, each read on a
 * connection of its own that sees what saves have committed.
 *
 * <p>DuckDB has no read-only mode that works while another process writes the file, so there is no
 * {@code openReadOnly}: a second process goes through the owner (the server's API, say).
 */
public final class NewsStore implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(NewsStore.class.getName());
  static final String INDEX_DIR = "index";

  private final Path dir;
  private final StoreLock lock;
  private final Database db;
  private final ArticleReader reader;
  private final ArticleWriter writer;
  private final StoryLayer stories;
  private final SearchIndex index;
  private final Object dbLock = new Object();
  /** Reads run on connections of their own; closing waits for them (write lock) and keeps new ones out. */
  private final ReadConnections reads;
  private final java.util.concurrent.locks.ReentrantReadWriteLock closing =
      new java.util.concurrent.locks.ReentrantReadWriteLock();
  private boolean indexBehind;
  /** For a store over Parquet tables ({@link StoreFiles#openParquet}): the tables' folder; the store is read-only. */
  private final Path parquetDir;
  private volatile boolean closed;
  /** Runs between the DuckDB commit and the Lucene commit of a save; tests make it throw to simulate a crash. */
  Runnable afterDatabaseCommit = () -> {};

  /**
   * {@code parquetDir}: null for a store of its own, else the tables a read-only store answers over;
   * {@code stories}: what a story is (null for a read-only store).
   */
  NewsStore(Path dir, StoreLock lock, Database db, SearchIndex index, Path parquetDir,
      NewsgraphConfig.Stories stories) {
    this.dir = dir;
    this.lock = lock;
    this.db = db;
    this.reader = new ArticleReader(db);
    this.stories = stories == null ? null : new StoryLayer(db, stories);
    this.writer = new ArticleWriter(db, this.stories);
    this.index = index;
    this.reads = new ReadConnections(db);
    this.parquetDir = parquetDir;
  }

  /**
   * Opens the store in {@code dir}, creating the directory and an empty store if needed, and brings the search index
   * up to date with the tables (rebuilding it if it is missing or damaged).
   *
   * @throws StoreException if another process (or this one) has the store open, or a file cannot be read
   */
  public static NewsStore open(Path dir) throws StoreException {
    return open(dir, NewsgraphConfig.Stories.defaults());
  }

  /**
   * {@link #open(Path)}, with {@code stories} saying what a story is (the configuration's {@code stories.*}). Stored
   * articles without a story (a store made before stories, or whose stories another definition made) are placed in
   * stories first, oldest first.
   */
  public static NewsStore open(Path dir, NewsgraphConfig.Stories stories) throws StoreException {
    Objects.requireNonNull(dir, "dir");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw Failures.wrap("cannot create the store directory " + dir + ": " + e.getMessage(), e);
    }
    StoreLock lock = StoreLock.acquire(dir);
    Database db = null;
    SearchIndex index = null;
    try {
      db = Database.open(dir.resolve(Database.FILE));
      index = SearchIndex.open(dir.resolve(INDEX_DIR));
      NewsStore store = new NewsStore(dir, lock, db, index, null, stories);
      store.stories.catchUp(store.reader, store.writer);
      store.catchUpIndex();
      return store;
    } catch (RuntimeException e) {
      if (index != null) {
        index.close();
      }
      if (db != null) {
        db.close();
      }
      lock.close();
      throw e;
    }
  }

  void catchUpIndex() {
    IndexDocs.catchUp(index, reader.articleIds(), db, dir);
    indexBehind = false;
  }

  public Path dir() {
    return dir;
  }

  /**
   * Stores a batch in one DuckDB transaction and indexes it. Articles whose id is already stored, or that repeat an
   * earlier article of the batch, are skipped (re-ingesting is a no-op). Every article and every error is written to
   * the ingest log under {@code runId}.
   *
   * @throws StoreException naming the article at fault (a span outside its text, say); then nothing of the batch is
   *     stored
   */
  public SaveResult save(List<AnalyzedArticle> batch, List<DocumentError> errors, String runId) {
    Objects.requireNonNull(batch, "batch");
    List<DocumentError> errs = errors == null ? List.of() : errors;
    return save(at -> writer.write(batch, errs, runId, at), List.of());
  }

  /**
   * {@link #save(List, List, String)}, with publications written in the same DuckDB transaction: a publication
   * whose article is neither stored nor in the batch, or that is recorded already (same content id and source),
   * is skipped.
   */
  public SaveResult save(List<AnalyzedArticle> batch, List<DocumentError> errors, String runId,
      List<Publication> publications) {
    Objects.requireNonNull(batch, "batch");
    List<DocumentError> errs = errors == null ? List.of() : errors;
    return save(at -> writer.write(batch, errs, runId, at, publications), publications);
  }

  /** Whether this store answers over Parquet tables in place and takes no writes. */
  boolean readOnly() { return parquetDir != null; }

  /** The one write path: a DuckDB transaction ({@code write}, given the time), then the index. */
  private SaveResult save(java.util.function.Function<Instant, ArticleWriter.Written> write,
      List<Publication> publications) {
    synchronized (dbLock) {
      ensureOpen();
      if (parquetDir != null) {
        throw new StoreException(StoreException.Kind.INVALID_REQUEST, "the store over the Parquet tables in "
            + parquetDir + " is read-only; import them into a store to add to it (newsgraph import --parquet)");
      }
      if (indexBehind) {
        catchUpIndex();
      }
      ArticleWriter.Written w = write.apply(Instant.now().truncatedTo(ChronoUnit.MICROS));
      indexBehind = true;
      afterDatabaseCommit.run();
      try {
        index.add(IndexDocs.saved(w.stored(), publications, new org.newsgraph.store.internal.IndexDocRows(db)::of));
        index.commit();
        indexBehind = false;
      } catch (IOException | RuntimeException e) {
        // The batch is safely in the tables; the index catches up at the next save or open.
        LOG.log(System.Logger.Level.WARNING, "batch stored but not yet searchable (" + e.getMessage()
            + "); the search index of " + dir + " will catch up");
      }
      return new SaveResult(w.stored().stream().map(a -> a.article().id()).toList(), w.duplicates());
    }
  }

  /** Every stored MinHash signature made with {@code scheme}: what the near-duplicate index is rebuilt from. */
  public void publicationSignatures(String scheme, java.util.function.BiConsumer<String, int[]> out) {
    synchronized (dbLock) {
      ensureOpen();
      org.newsgraph.store.internal.PublicationsTable.signatures(db, scheme, out);
    }
  }

  /** Whether a publication with this content id and source is recorded. */
  public boolean containsPublication(String contentId, String source) {
    synchronized (dbLock) {
      ensureOpen();
      return org.newsgraph.store.internal.PublicationsTable.contains(db, contentId, source);
    }
  }

  /** The publications of a stored article ("reported by N outlets"), first first. */
  public List<Publication> publications(String articleId) {
    return read(r -> org.newsgraph.store.internal.PublicationsTable.of(r.db(), articleId));
  }

  /** The {@link Reach} of each of the given stored articles, by id (unknown ids are left out). */
  public java.util.Map<String, Reach> reach(java.util.Collection<String> articleIds) {
    return read(r -> org.newsgraph.store.internal.PublicationsTable.reach(r.db(), articleIds));
  }

  /** Outlets by the number of stored articles they published, first publications and near-duplicates alike. */
  public List<Outlet> outlets(int limit) {
    checkRange(0, limit);
    return read(r -> org.newsgraph.store.internal.PublicationsTable.outlets(r.db(), limit));
  }

  public boolean contains(String articleId) {
    return read(r -> r.articles().contains(articleId));
  }

  public long articleCount() {
    return read(r -> r.articles().articleCount());
  }

  /** Newest anchor date (published, else updated) first; undated articles last. */
  public List<ArticleSummary> articles(int offset, int limit) {
    checkRange(offset, limit);
    return read(r -> r.articles().articles(offset, limit));
  }

  /**
   * The stored article with its entities (canonical: as merged over every article that named them), mentions and
   * times, in their original order. Sentences are empty; facets are TEXT, ENTITIES and TIMES; stage ids as stored.
   */
  public Optional<AnalyzedArticle> article(String id) {
    return read(r -> r.articles().article(id));
  }

  /** {@link #article} for each of {@code ids}, read together; unknown ids are left out. */
  public java.util.Map<String, AnalyzedArticle> articles(java.util.Collection<String> ids) {
    return read(r -> r.articles().articles(ids));
  }

  /** By canonical id; else by name or alias, ignoring case: the most mentioned entity of that name wins. */
  public Optional<EntityRecord> entity(String idOrName) {
    return idOrName == null || idOrName.isBlank() ? Optional.empty() : read(r -> r.entities().entity(idOrName));
  }

  /** The name of each entity of {@code ids} that the store holds (by canonical id only), read together. */
  public java.util.Map<String, String> entityNames(java.util.Collection<String> ids) {
    return read(r -> r.entities().names(ids));
  }

  /** Entities by the number of articles that name them, then by mentions. */
  public List<EntityRecord> topEntities(int limit) {
    checkRange(0, limit);
    return read(r -> r.entities().topEntities(limit));
  }

  /**
   * Dated moments in the life of an entity: resolved time expressions in the same sentence as a mention of it, one
   * entry per time expression, whose interval overlaps [{@code from}, {@code to}) (null: unbounded), by date.
   * {@code entityId} may also be a name or alias, resolved as {@link #entity} does; null gives every dated moment.
   */
  public List<TimelineEntry> timeline(String entityId, LocalDate from, LocalDate to) {
    return timeline(entityId, from, to, false, 0, Long.MAX_VALUE).items();
  }

  /**
   * {@link #timeline(String, LocalDate, LocalDate)}, the latest first when {@code newestFirst}, the {@code limit}
   * entries from {@code offset}, with the total: what a page shows of an entity named in thousands of articles.
   */
  public Page<TimelineEntry> timeline(String entityId, LocalDate from, LocalDate to, boolean newestFirst,
      long offset, long limit) {
    checkRange(offset, limit);
    return read(r -> {
      String id = entityId == null ? null : r.entities().entity(entityId).map(e -> e.entity().id()).orElse(entityId);
      return r.entities().timeline(id, from, to, newestFirst, offset, limit);
    });
  }

  /**
   * Full-text search over headlines and bodies. Words are all required unless joined by OR; {@code "phrases"},
   * {@code AND OR NOT}, {@code -word}, {@code (groups)}, {@code word*}, {@code entity:"country:PRK"} and
   * {@code date:[2025-01-01 TO 2025-02-01]} work.
   *
   * @throws StoreException with a readable message if the query cannot be parsed
   */
  public SearchResults search(String query, int limit) {
    ensureOpen();
    return index.search(query, limit);
  }

  /** {@link #search}, snippets from {@code highlight} ({@link IdQuery}); null: none, for hits filtered before shown. */
  public SearchResults search(String query, String highlight, int limit) {
    ensureOpen();
    return index.search(query, highlight, limit);
  }

  /** {@link #search(String, int)} narrowed by {@code filter} ({@link SearchFilter}), inside the index. */
  public SearchResults searchFiltered(String query, SearchFilter filter, int limit) {
    ensureOpen();
    return index.searchFiltered(query, filter, limit);
  }

  /** The articles a search finds, to count over: all if at most {@code limit}, else the best ({@link SearchIds}). */
  public SearchIds searchIds(String query, int limit) {
    ensureOpen();
    return index.ids(query, limit);
  }

  /**
   * Claims by source entity (a country also matches the unnamed groups of that country, "Ukrainian officials"),
   * by an entity their content mentions, and by when it was said (its interval overlaps [from, to)); null filters
   * match everything. Newest first.
   */
  public List<ClaimRecord> claims(String sourceEntity, String aboutEntity, LocalDate from, LocalDate to,
      int limit) {
    return claims(sourceEntity, aboutEntity, from, to, null, limit);
  }

  /**
   * The same, with only claims whose confidence is at least {@code minConfidence} (null: every claim, also those
   * whose confidence is unknown, stored before claims had one).
   */
  public List<ClaimRecord> claims(String sourceEntity, String aboutEntity, LocalDate from, LocalDate to,
      Double minConfidence, int limit) {
    checkRange(0, limit);
    return read(r -> r.claimsAndEvents().claims(sourceEntity, aboutEntity, from, to, minConfidence, limit));
  }

  /** The claims {@link #claims(String, String, LocalDate, LocalDate, Double, int)} gives, paged, with the total. */
  public Page<ClaimRecord> claimsPage(String sourceEntity, String aboutEntity, LocalDate from, LocalDate to,
      Double minConfidence, int offset, int limit) {
    checkRange(offset, limit);
    return read(r -> r.claimsAndEvents().claims(sourceEntity, aboutEntity, from, to, minConfidence, offset, limit));
  }

  /** Events by type, actor, recipient, modality and interval overlap with [from, to); nulls match all. */
  public List<EventRecord> events(String type, String actor, String recipient, String modality, LocalDate from,
      LocalDate to, int limit) {
    return events(new EventFilter(type, actor, recipient, modality, from, to, null), limit);
  }

  /** Events the filter lets through, in date order. */
  public List<EventRecord> events(EventFilter filter, int limit) {
    checkRange(0, limit);
    if (filter.minConfidence() != null && !(filter.minConfidence() >= 0 && filter.minConfidence() <= 1)) {
      throw new IllegalArgumentException("the least confidence must be from 0 to 1, not " + filter.minConfidence());
    }
    return read(r -> r.claimsAndEvents().events(filter, limit));
  }

  /** Events as actor or recipient {@code involving} (null: any), newest first if asked (undated last), paged. */
  public Page<EventRecord> events(EventFilter filter, String involving, boolean newestFirst, int offset, int limit) {
    checkRange(offset, limit);
    return read(r -> r.claimsAndEvents().events(filter, involving, newestFirst, offset, limit));
  }

  /**
   * Events by place for the map: of {@code articleIds} (null: every article), and, with {@code entityId}, those the
   * entity takes part in or that happen at it; places with most events first.
   */
  public List<MapPoint> eventMap(java.util.Collection<String> articleIds, String entityId, int limit) {
    checkRange(0, limit);
    return read(r -> new org.newsgraph.store.internal.PlaceRows(r.db()).eventMap(articleIds, entityId, limit));
  }

  /** Where an entity's mentions are resolved to most often, if they have a point. */
  public Optional<org.newsgraph.core.PlacePoint> placeOf(String entityId) {
    return read(r -> new org.newsgraph.store.internal.PlaceRows(r.db()).placeOf(entityId));
  }

  /** The entities that appear with {@code entityId} most: by shared sentences, then shared articles. */
  public List<Related> related(String entityId, int limit) {
    checkRange(0, limit);
    return read(r -> r.entities().related(entityId, limit));
  }

  /** Runs {@code work} on the main connection, between saves ({@link StoreFiles} writes tables out this way). */
  <T> T onDatabase(java.util.function.Function<Database, T> work) {
    synchronized (dbLock) {
      ensureOpen();
      return work.apply(db);
    }
  }

  /** The search index ({@link Trends} counts in it). */
  SearchIndex index() {
    ensureOpen();
    return index;
  }

  /** Runs {@code work} on a read connection of its own ({@link Watchlists} and {@link Trends} read this way). */
  <T> T onReader(java.util.function.Function<Database, T> work) {
    return read(r -> work.apply(r.db()));
  }

  /**
   * Stories naming {@code aboutEntity} (an id or a name, resolved as {@link #entity} does; also through the entity
   * merges into it), whose dated articles span a period overlapping [{@code from}, {@code to}) (null: unbounded; a
   * period leaves undated stories out), the largest first: the page of {@code limit} from {@code offset}, with the
   * total.
   */
  public Page<StorySummary> stories(String aboutEntity, LocalDate from, LocalDate to, long offset, long limit) {
    checkRange(offset, limit);
    return read(r -> {
      String id = aboutEntity == null ? null
          : r.entities().entity(aboutEntity).map(e -> e.entity().id()).orElse(aboutEntity);
      return r.stories().stories(id, from, to, offset, limit);
    });
  }

  /** A story with its articles, event instances, claim instances and entity merges. */
  public Optional<StoryDetail> story(String id) {
    return id == null || id.isBlank() ? Optional.empty() : read(r -> r.stories().story(id.strip()));
  }

  /**
   * The board of a story: who asserts, believes, denies or has not confirmed each of its events and claims, with a
   * corroboration level and its reasons, computed now from the story and its articles.
   */
  public Optional<StoryBoard> board(String id) {
    return story(id).map(d -> org.newsgraph.store.internal.StoryBoards.build(d, read(r -> r.articles().withFacts(
        d.articles().stream().map(StoryDetail.StoryArticle::articleId).toList()))));
  }

  /** The story of each of the given stored articles, by article id. */
  public java.util.Map<String, String> storyOf(java.util.Collection<String> articleIds) {
    return read(r -> r.stories().storyOf(articleIds));
  }

  /** The entity merges into or from an entity (held and undone), oldest first. */
  public List<org.newsgraph.stories.entities.EntityMerge> entityMerges(String entityId) {
    return read(r -> r.stories().mergesOf(entityId));
  }

  /** The newest entries first. */
  public List<IngestLogEntry> ingestLog(int limit) {
    checkRange(0, limit);
    return read(r -> r.articles().ingestLog(limit));
  }

  private static void checkRange(long offset, long limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
    }
  }

  /** Runs a query on a read connection of its own, unless the store is (being) closed. */
  private <T> T read(java.util.function.Function<ReadConnections.Readers, T> query) {
    closing.readLock().lock();
    try {
      ensureOpen();
      return reads.read(query);
    } finally {
      closing.readLock().unlock();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new StoreException(StoreException.Kind.UNAVAILABLE, "store " + dir + " is closed");
    }
  }

  /** Commits the index, closes the database and releases the lock. Calling it again does nothing. */
  @Override
  public void close() {
    synchronized (dbLock) {
      closing.writeLock().lock();
      try {
        if (closed) {
          return;
        }
        closed = true;
      } finally {
        closing.writeLock().unlock();
      }
      try {
        reads.close();
        index.close();
      } finally {
        try {
          db.close();
        } finally {
          lock.close();
          if (parquetDir != null) {
            org.newsgraph.store.internal.ParquetExchange.deleteScratch(dir);
          }
        }
      }
    }
  }
}
