package org.newsgraph.app.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.newsgraph.store.StoryBoard;
import org.newsgraph.store.Trend;
import org.newsgraph.store.WatchMatch;
import org.newsgraph.store.Watchlist;
import org.newsgraph.store.Watchlists;

/**
 * Watchlists, their matches and trends ({@code /api/watchlists}, {@code /api/trends}, and the same from
 * {@code newsgraph watchlist list --json} and {@code newsgraph alerts --json}).
 */
public final class WatchViews {
  private WatchViews() {}

  /** The page's link to the sentence of a fact: the article, with the fact's sentence marked. */
  public static String link(String articleId, String factId) {
    return "/#/article/" + articleId + "?fact=" + factId;
  }

  /** The feed of a watchlist, relative to the server. */
  public static String feed(String watchlistId) {
    return "/feeds/" + watchlistId + ".atom";
  }

  /**
   * A new watchlist, as a client sends it: at least one of entities, event types, sources and words.
   *
   * @param entities       entity ids or names: events they take part in or that happen at them, claims they make or
   *                       whose words name them
   * @param eventTypes     PLOVER types: only events of these (claims are then left out)
   * @param sources        entity ids or names: claims of these sources, events reported through their claims
   * @param words          a search, as the search box reads it: only the claims and events of the articles it finds
   * @param minLevel       single_source or corroborated: only facts at least this corroborated on their story's board
   * @param minConfidence  0 to 1: only claims and events at least this sure
   */
  public record WatchlistBody(String name, @Nullable List<String> entities, @Nullable List<String> eventTypes,
      @Nullable List<String> sources, @Nullable String words, @Nullable String minLevel,
      @Nullable Double minConfidence) {
    /** The store's query; an unknown level is an {@link IllegalArgumentException}. */
    public Watchlist.Query query() {
      return new Watchlist.Query(entities, eventTypes, sources, words, level(minLevel), minConfidence);
    }

    /** {@code single_source} or {@code corroborated} (any case; null or blank: none). */
    public static StoryBoard.Level level(String s) {
      if (s == null || s.isBlank()) {
        return null;
      }
      String name = s.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
      if (!name.equals("SINGLE_SOURCE") && !name.equals("CORROBORATED")) {
        throw new IllegalArgumentException("the least corroboration level is single_source or corroborated, not '"
            + s + "'");
      }
      return StoryBoard.Level.valueOf(name);
    }
  }

  /**
   * A saved watchlist.
   *
   * @param entities  entity ids
   * @param sources   entity ids
   * @param created   when it was saved: what it matches is new from then on
   * @param feed      its Atom feed, relative to the server
   */
  public record WatchlistView(String id, String name, List<String> entities, List<String> eventTypes,
      List<String> sources, @Nullable String words, @Nullable String minLevel, @Nullable Double minConfidence,
      Instant created, String feed) {
    public static WatchlistView of(Watchlist w) {
      Watchlist.Query q = w.query();
      return new WatchlistView(w.id(), w.name(), q.entities(),
          q.eventTypes().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList(), q.sources(), q.words(),
          q.minLevel() == null ? null : q.minLevel().name().toLowerCase(Locale.ROOT), q.minConfidence(),
          w.created(), WatchViews.feed(w.id()));
    }
  }

  /** Every watchlist, the oldest first. */
  public record WatchlistList(List<WatchlistView> watchlists) {
    public static WatchlistList of(List<Watchlist> all) {
      return new WatchlistList(all.stream().map(WatchlistView::of).toList());
    }
  }

  /** What a removal did. */
  public record Removed(String id, boolean removed) {}

  /**
   * A claim or an event a watchlist matches.
   *
   * @param kind        claim or event
   * @param factId      its id in the article ({@code c3}, {@code e2})
   * @param date        the article's date: published, else updated
   * @param stored      when the article was stored: the match is new from then on
   * @param type        an event's PLOVER type (lower case); null for a claim
   * @param stance      a claim's stance or an event's modality
   * @param source      the words of its source (an event's: of the claim it is reported through)
   * @param level       its corroboration level, when the watchlist asks for a least one
   * @param link        the page's view of the article with the sentence marked
   */
  public record MatchItem(String kind, String articleId, String factId, @Nullable String headline,
      @Nullable String outlet, @Nullable LocalDate date, Instant stored, String sentence, @Nullable String type,
      String stance, @Nullable String source, @Nullable String sourceEntity, @Nullable Double confidence,
      @Nullable String level, String link) {
    public static MatchItem of(WatchMatch m) {
      return new MatchItem(m.kind(), m.articleId(), m.factId(), m.headline(), m.outlet(), m.published(), m.stored(),
          m.sentence(), m.type() == null ? null : m.type().toLowerCase(Locale.ROOT), m.stance(), m.source(),
          m.sourceEntity(), m.confidence(), m.level() == null ? null : m.level().name().toLowerCase(Locale.ROOT),
          WatchViews.link(m.articleId(), m.factId()));
    }
  }

  /**
   * The matches of a watchlist stored since a time, the newest first, a page at a time.
   *
   * @param since                 the time they were stored from, or null (any time)
   * @param total                 how many match
   * @param totalIsLowerBound     whether at least {@code total} match: with a least corroboration level, judging
   *                              stops once the page is full
   */
  public record MatchList(WatchlistView watchlist, @Nullable Instant since, long total, boolean totalIsLowerBound,
      long offset, List<MatchItem> matches) {
    public static MatchList of(Watchlist w, Instant since, Watchlists.Matches page) {
      return new MatchList(WatchlistView.of(w), since, page.total(), page.totalIsLowerBound(), page.offset(),
          page.items().stream().map(MatchItem::of).toList());
    }
  }

  /** What {@code newsgraph alerts --json} prints: the new matches of each watchlist. */
  public record AlertList(List<MatchList> alerts) {}

  /**
   * Counts over time of the events or claims of a search.
   *
   * @param by         type, actor, recipient, place or outlet (events); source or stance (claims)
   * @param interval   day, week (from Monday), month or year
   * @param total      the dated events or claims counted, in every series
   * @param undated    those whose article has no date (not counted)
   * @param truncated  whether the search found more articles than are counted (no longer happens: trends count every
   *                   article found; kept for clients)
   * @param series     the keys with the most, the most first
   */
  public record TrendAnswer(String by, String interval, @Nullable String q, @Nullable LocalDate from,
      @Nullable LocalDate to, long total, long undated, boolean truncated, List<TrendSeries> series) {
    public static TrendAnswer of(Trend t, String q, LocalDate from, LocalDate to) {
      return new TrendAnswer(t.by().lower(), t.interval().lower(), q, from, to, t.total(), t.undated(),
          t.truncated(), t.series().stream().map(s -> new TrendSeries(s.key(), s.name(), s.total(),
              s.points().stream().map(p -> new TrendPoint(p.start(), p.count())).toList())).toList());
    }
  }

  /**
   * One key's counts.
   *
   * @param key     an entity id, a PLOVER type, an outlet or a stance
   * @param points  the periods with a count, in order; the others have none
   */
  public record TrendSeries(String key, String name, long total, List<TrendPoint> points) {}

  /** The count of the period that starts on {@code start}. */
  public record TrendPoint(LocalDate start, long count) {}
}
