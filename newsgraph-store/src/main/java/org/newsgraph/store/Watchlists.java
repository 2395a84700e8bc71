package org.newsgraph.store;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.store.internal.WatchQueries;
import org.newsgraph.store.internal.WatchlistTable;

/**
 * The watchlists of a store (issue 20): saved, listed and removed, and the claims and events each matches, the
 * newest stored first. A watchlist is checked when it is saved: its entities and sources must be names the store
 * knows (saved as their ids) or entity ids (an entity not seen yet), its event types PLOVER types, its words a search that parses; else
 * {@link StoreException.Kind#INVALID_REQUEST}.
 */
public final class Watchlists {
  /** The most articles a watchlist's words select; a search finding more keeps its best this many. */
  public static final int MAX_SEARCH_HITS = 100_000;
  /** With a least corroboration level, at most this many candidates are judged (each needs its story's board). */
  public static final int MAX_LEVEL_SCAN = 2_000;
  /**
   * How long one call may spend judging levels (a board is built for each story met, a tenth of a second or so on a
   * large store): a feed reader or the page waits no longer, and gets a lower bound.
   */
  public static final java.time.Duration LEVEL_BUDGET = java.time.Duration.ofSeconds(10);
  /**
   * Boards built lately, by store, story and the story's last stream position (a story that gains an article gets a
   * new board): a feed fetched again judges its candidates without building them again.
   */
  private static final Map<String, StoryBoard> BOARDS = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryBoard> eldest) {
          return size() > 256;
        }
      });
  /** Candidates judged at a time. */
  private static final int LEVEL_BATCH = 100;
  public static final int MAX_NAME = 200;
  /** An entity id ({@code country:PRK}, {@code person:kim-jong-un}): kept as given though the store has not seen it. */
  private static final java.util.regex.Pattern ENTITY_ID = java.util.regex.Pattern.compile("[a-z]+:\\S+");
  private static final SecureRandom RANDOM = new SecureRandom();

  private Watchlists() {}

  /** Checks and saves a new watchlist; answers it with its id. */
  public static Watchlist add(NewsStore store, String name, Watchlist.Query query) {
    if (name == null || name.isBlank()) {
      throw invalid("give the watchlist a name");
    }
    if (name.strip().length() > MAX_NAME) {
      throw invalid("a watchlist's name has at most " + MAX_NAME + " characters");
    }
    refuseReadOnly(store);
    Watchlist.Query q = check(store, query);
    byte[] id = new byte[6];
    RANDOM.nextBytes(id);
    Watchlist w = new Watchlist("w" + HexFormat.of().formatHex(id), name.strip(), q,
        Instant.now().truncatedTo(ChronoUnit.MICROS));
    store.onDatabase(db -> {
      WatchlistTable.insert(db, w);
      return null;
    });
    return w;
  }

  /** Every watchlist, the oldest first. */
  public static List<Watchlist> list(NewsStore store) {
    return store.onReader(WatchlistTable::all);
  }

  public static Optional<Watchlist> get(NewsStore store, String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return store.onReader(db -> WatchlistTable.byId(db, id.strip()));
  }

  /** Removes a watchlist; answers whether there was one. */
  public static boolean remove(NewsStore store, String id) {
    refuseReadOnly(store);
    return id != null && store.onDatabase(db -> WatchlistTable.delete(db, id.strip()));
  }

  /** A store over Parquet tables keeps no watchlists: one saved there would go to its scratch database and vanish. */
  private static void refuseReadOnly(NewsStore store) {
    if (store.readOnly()) {
      throw invalid("the store over Parquet tables is read-only and keeps no watchlists; import the tables into a"
          + " store (newsgraph import --parquet) to watch them");
    }
  }

  /**
   * The claims and events {@code w} matches that were stored at or after {@code since} (null: any time), the newest
   * stored first: {@code limit} of them from {@code offset}, with the total. With a least corroboration level, the
   * candidates are judged on their stories' boards, the newest first, until the page is full, {@link #MAX_LEVEL_SCAN}
   * have been judged or {@link #LEVEL_BUDGET} has passed (the total is then a lower bound if some were left).
   */
  public static Matches matches(NewsStore store, Watchlist w, Instant since, long offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
    }
    Watchlist.Query q = w.query();
    List<String> ids = null;
    if (q.words() != null) {
      ids = store.searchIds(q.words(), MAX_SEARCH_HITS).ids();
    }
    WatchQueries.Resolved r = new WatchQueries.Resolved(q.entities(), q.eventTypes(), q.sources(), ids,
        q.minConfidence(), since);
    if (q.minLevel() == null) {
      Page<WatchMatch> page = store.onReader(db -> WatchQueries.matches(db, r, offset, limit));
      return new Matches(page.total(), false, offset, page.items());
    }
    Map<String, StoryBoard> boards = new HashMap<>();
    List<WatchMatch> passing = new ArrayList<>();
    int judged = 0;
    boolean more = true;
    long deadline = System.nanoTime() + LEVEL_BUDGET.toNanos();
    while (more && judged < MAX_LEVEL_SCAN && passing.size() < offset + limit && System.nanoTime() < deadline) {
      int from = judged;
      Page<WatchMatch> candidates = store.onReader(db -> WatchQueries.matches(db, r, from, LEVEL_BATCH));
      Map<String, String[]> at = store.onReader(db -> WatchQueries.instancesOf(db, candidates.items()));
      for (WatchMatch m : candidates.items()) {
        StoryBoard.Level level = level(store, m, at.get(m.kind() + "/" + m.articleId() + "/" + m.factId()), boards);
        if (level == StoryBoard.Level.CORROBORATED
            || level == StoryBoard.Level.SINGLE_SOURCE && q.minLevel() == StoryBoard.Level.SINGLE_SOURCE) {
          passing.add(m.withLevel(level));
        }
      }
      judged += candidates.items().size();
      more = judged < candidates.total();
    }
    int first = (int) Math.min(offset, passing.size());
    return new Matches(passing.size(), more, offset, passing.subList(first, (int) Math.min(passing.size(),
        offset + limit)));
  }

  /**
   * A page of matches.
   *
   * @param total              how many match (at least this many when {@code totalIsLowerBound})
   * @param totalIsLowerBound  whether candidates were left unjudged (a least corroboration level stops judging once
   *                           the page is full)
   */
  public record Matches(long total, boolean totalIsLowerBound, long offset, List<WatchMatch> items) {
    public Matches {
      items = List.copyOf(items);
    }
  }

  /** The level of a match on its story's board (each board built once per call); null when it is on none. */
  private static StoryBoard.Level level(NewsStore store, WatchMatch m, String[] at, Map<String, StoryBoard> boards) {
    if (at == null) {
      return null;
    }
    String key = store.dir().toAbsolutePath() + "|" + at[0] + "|" + at[2];
    StoryBoard board = boards.computeIfAbsent(key, k -> {
      StoryBoard cached = BOARDS.get(k);
      StoryBoard b = cached != null ? cached : store.board(at[0]).orElse(null);
      if (b != null && cached == null) {
        BOARDS.put(k, b);
      }
      return b;
    });
    if (board == null) {
      return null;
    }
    for (StoryBoard.Row row : m.kind().equals("claim") ? board.claims() : board.events()) {
      if (row.instanceId().equals(at[1])) {
        return row.level();
      }
    }
    return null;
  }

  /** The query as it is saved: names resolved to entity ids, types in upper case, every part checked. */
  private static Watchlist.Query check(NewsStore store, Watchlist.Query q) {
    if (q == null || q.isEmpty()) {
      throw invalid("a watchlist needs at least one of: entities, event types, sources, words");
    }
    List<String> types = new ArrayList<>();
    for (String t : q.eventTypes()) {
      String upper = t == null ? "" : t.strip().toUpperCase(Locale.ROOT);
      if (!Watchlist.EVENT_TYPES.contains(upper)) {
        throw invalid("unknown event type '" + t + "': use one of "
            + String.join(", ", Watchlist.EVENT_TYPES).toLowerCase(Locale.ROOT));
      }
      types.add(upper);
    }
    if (q.words() != null) {
      store.search(q.words(), 0); // throws INVALID_REQUEST with the parser's message
    }
    if (q.minLevel() != null && q.minLevel() != StoryBoard.Level.SINGLE_SOURCE
        && q.minLevel() != StoryBoard.Level.CORROBORATED) {
      throw invalid("the least corroboration level is single_source or corroborated, not "
          + q.minLevel().name().toLowerCase(Locale.ROOT));
    }
    if (q.minConfidence() != null && !(q.minConfidence() >= 0 && q.minConfidence() <= 1)) {
      throw invalid("the least confidence is a number from 0 to 1, not " + q.minConfidence());
    }
    return new Watchlist.Query(entityIds(store, q.entities()), new ArrayList<>(new LinkedHashSet<>(types)),
        entityIds(store, q.sources()), q.words(), q.minLevel(), q.minConfidence());
  }

  private static List<String> entityIds(NewsStore store, List<String> keys) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (String k : keys) {
      if (k == null || k.isBlank()) {
        continue;
      }
      String key = k.strip();
      Optional<EntityRecord> e = store.entity(key);
      if (e.isPresent()) {
        ids.add(e.get().entity().id());
      } else if (ENTITY_ID.matcher(key).matches()) {
        ids.add(key); // an entity not seen yet: a watchlist waits for news
      } else {
        throw invalid("no entity named '" + key + "' in the store (give an id such as country:PRK to watch an"
            + " entity not seen yet)");
      }
    }
    return new ArrayList<>(ids);
  }

  private static StoreException invalid(String message) {
    return new StoreException(StoreException.Kind.INVALID_REQUEST, message);
  }
}
