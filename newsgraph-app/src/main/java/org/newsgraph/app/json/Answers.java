package org.newsgraph.app.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.RelativeOffset;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.Reach;
import org.newsgraph.store.Related;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.TimelineEntry;

/**
 * What the routes of the HTTP API answer (and, for search, timeline, claims and events, what the same command's
 * {@code --json} prints): one record per answer, so that the OpenAPI document can be derived from them.
 */
public final class Answers {
  private Answers() {}

  /**
   * {@code GET /api/health}.
   *
   * @param articles  how many articles the store holds
   */
  public record Health(String status, long articles) {}

  /** {@code GET /api/articles}: a page of the stored articles. */
  public record ArticleList(int offset, int limit, long total, List<ArticleListItem> articles) {
    public static ArticleList of(int offset, int limit, long total, List<ArticleSummary> page) {
      return new ArticleList(offset, limit, total, page.stream().map(a -> new ArticleListItem(a.id(), a.headline(),
          a.published(), a.updated(), a.dateline(), a.source())).toList());
    }
  }

  /** One line of an article list: enough to show it and open it. */
  public record ArticleListItem(String id, @Nullable String headline, @Nullable LocalDate published,
      @Nullable LocalDate updated, @Nullable String dateline, @Nullable String source) {}

  /** {@code POST /api/analyze} and {@code analyze --json}: the articles read from the text, analysed. */
  public record AnalyzeAnswer(List<ArticleView> articles) {}

  /**
   * {@code GET /api/search} and {@code search --json}.
   *
   * @param total              how many articles match
   * @param totalIsLowerBound  always false now that the filters are part of the index's query (the total is
   *                           exact); kept for clients written when a filter matching many articles gave a lower bound
   * @param offset             the rank of the first hit listed, from 0 (the API; absent from {@code search --json})
   * @param hits               the best ones, best first
   */
  public record SearchAnswer(String query, long total, boolean totalIsLowerBound,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long offset, List<Hit> hits) {
    /** The hits with their reach, and the story each belongs to ({@code stories}: article id to story id). */
    public static SearchAnswer of(String query, long total, boolean lowerBound, List<SearchHit> hits,
        Map<String, Reach> reach, Map<String, String> stories) {
      return of(query, total, lowerBound, null, hits, reach, stories);
    }

    /** {@link #of(String, long, boolean, List, Map, Map)}, the hits from {@code offset} on (null: not paged). */
    public static SearchAnswer of(String query, long total, boolean lowerBound, Long offset,
        List<SearchHit> hits, Map<String, Reach> reach, Map<String, String> stories) {
      return new SearchAnswer(query, total, lowerBound, offset, hits.stream().map(h -> {
        Reach r = reach.get(h.articleId());
        return new Hit(h.articleId(), h.headline(), h.date(), h.score(), h.snippet(),
            r == null ? 1 : r.publications(), r == null ? List.of() : r.outlets(), stories.get(h.articleId()));
      }).toList());
    }
  }

  /**
   * One article found.
   *
   * @param date          the article's date: published, else updated
   * @param score         relevance (BM25), comparable within one answer only
   * @param snippet       a passage or two with the matched words in « »; not HTML-escaped
   * @param publications  how many times it was published (near-duplicates included)
   * @param outlets       the outlets that ran it
   * @param storyId       the story it belongs to (GET /api/stories/{id}), or null when it has none yet
   */
  public record Hit(String articleId, @Nullable String headline, @Nullable LocalDate date, float score,
      String snippet, int publications, List<String> outlets, @Nullable String storyId) {}

  /**
   * A canonical entity.
   *
   * @param country  ISO 3166 alpha-3 code of its country, or null
   */
  public record EntityView(String id, EntityType type, String name, @Nullable String country,
      List<String> aliases) {
    public static EntityView of(Entity e) {
      return new EntityView(e.id(), e.type(), e.name(), e.country(), e.aliases());
    }
  }

  /**
   * {@code GET /api/entities/{id}}.
   *
   * @param articles  how many stored articles name it
   * @param mentions  how many times they do
   * @param place     where its mentions are resolved to most often (places and countries), or null
   */
  public record EntityAnswer(EntityView entity, int articles, int mentions, @Nullable PlaceViews.PlaceView place) {
    public static EntityAnswer of(EntityRecord r) {
      return of(r, null);
    }

    /** With the place the entity's mentions resolve to most often (a place or country), or null. */
    public static EntityAnswer of(EntityRecord r, org.newsgraph.core.PlacePoint place) {
      return new EntityAnswer(EntityView.of(r.entity()), r.articleCount(), r.mentionCount(),
          place == null ? null : PlaceViews.PlaceView.of(place));
    }
  }

  /** {@code GET /api/entities/{id}/related}: the entities named most often in the same sentences. */
  public record RelatedAnswer(EntityView entity, List<RelatedEntity> related) {
    public static RelatedAnswer of(Entity e, List<Related> related) {
      return new RelatedAnswer(EntityView.of(e), related.stream()
          .map(r -> new RelatedEntity(EntityView.of(r.entity()), r.articles(), r.sentences())).toList());
    }
  }

  /**
   * An entity named beside another.
   *
   * @param articles   how many articles name both
   * @param sentences  how many sentences name both
   */
  public record RelatedEntity(EntityView entity, int articles, int sentences) {}

  /**
   * {@code GET /api/timeline} and {@code timeline --json}: dated statements about an entity, earliest first.
   *
   * @param total   how many there are in all
   * @param offset  the position of the first entry in them
   */
  public record TimelinePage(EntityView entity, long total, long offset, List<TimelineItem> entries) {
    public static TimelinePage of(Entity e, long total, long offset, List<TimelineEntry> entries) {
      return new TimelinePage(EntityView.of(e), total, offset, entries.stream().map(TimelineItem::of).toList());
    }
  }

  /**
   * A time expression in a sentence that names the entity.
   *
   * @param begin     first day of the interval it denotes; null in an undated article (then {@code relative})
   * @param end       the day after its last day, or null when open-ended
   * @param value     TIMEX3 value
   * @param timeText  the time expression's words
   * @param snippet   the sentence, trimmed around the time expression
   * @param relative  in an undated article, the offset from its unknown date ({@code -P1Y}), else null
   * @param relativeText  that offset in words ("the year before publication"), or null
   * @param confidence  0..1, how likely the time expression and its value are right; null when unknown
   */
  public record TimelineItem(@Nullable LocalDate begin, @Nullable LocalDate end, String value, String timeText,
      String articleId, @Nullable String headline, String snippet, @Nullable String relative,
      @Nullable String relativeText, @Nullable Double confidence) {
    public static TimelineItem of(TimelineEntry t) {
      return new TimelineItem(t.begin(), t.end(), t.value(), t.timeText(), t.articleId(), t.headline(),
          t.snippet(), t.relative(), RelativeOffset.describe(t.relative()), t.confidence());
    }
  }

  /** {@code GET /api/outlets}: outlets by how many stored articles they ran. */
  public record OutletList(List<Outlet> outlets) {
    public static OutletList of(List<org.newsgraph.store.Outlet> outlets) {
      return new OutletList(outlets.stream().map(o -> new Outlet(o.name(), o.articles())).toList());
    }
  }

  /**
   * An outlet.
   *
   * @param articles  how many stored articles it ran
   */
  public record Outlet(String name, int articles) {}

  /**
   * {@code POST /api/articles}: what was stored.
   *
   * @param stored      ids of the articles stored now
   * @param duplicates  ids of those the store held already
   */
  public record StoreAnswer(List<String> stored, List<String> duplicates, List<StoredArticle> articles) {}

  /**
   * One article of a stored text.
   *
   * @param stored  true when stored now, false when the store held it already
   */
  public record StoredArticle(String id, @Nullable String headline, boolean stored) {}

  /** Every error: {@code {"error":{"status":…,"message":…}}}. */
  public record ErrorAnswer(ErrorDetail error) {
    public static ErrorAnswer of(int status, String message, String id) {
      return new ErrorAnswer(new ErrorDetail(status, message, id));
    }
  }

  /**
   * @param status   the HTTP status, as in the response line
   * @param message  what went wrong, for a person
   * @param id       for an internal error (500) only: the id under which it is logged with its details
   */
  public record ErrorDetail(int status, String message,
      @JsonInclude(JsonInclude.Include.NON_NULL) String id) {}
}
