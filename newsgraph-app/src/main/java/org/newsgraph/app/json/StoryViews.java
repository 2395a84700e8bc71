package org.newsgraph.app.json;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.newsgraph.store.Page;
import org.newsgraph.store.StoryDetail;
import org.newsgraph.store.StorySummary;
import org.newsgraph.stories.entities.EntityMerge;

/**
 * Stories across outlets ({@code GET /api/stories}, {@code GET /api/stories/{id}}, and the same from
 * {@code newsgraph stories --json} and {@code newsgraph story ID --json}).
 */
public final class StoryViews {
  private StoryViews() {}

  /** A page of stories, the largest first. */
  public record StoryList(long offset, long limit, long total, List<StoryItem> stories) {
    public static StoryList of(long offset, long limit, Page<StorySummary> page) {
      return new StoryList(offset, limit, page.total(), page.items().stream().map(StoryItem::of).toList());
    }
  }

  /**
   * A story, briefly.
   *
   * @param id         "s" + the id of the article that started it
   * @param title      the headline of its first article
   * @param firstDate  the earliest date of its dated articles
   * @param lastDate   the latest
   * @param articles   articles in it (republications are not counted as articles)
   * @param undated    of which without a date (joined by content only)
   * @param outlets    the outlets that ran its articles, republications included, first seen first
   * @param first      its first report
   * @param latest     its latest report
   * @param entities   its most characteristic entities, strongest first
   * @param entityNames  their names, in the same order
   */
  public record StoryItem(String id, @Nullable String title, @Nullable LocalDate firstDate,
      @Nullable LocalDate lastDate, int articles, int undated, List<String> outlets, @Nullable StoryReport first,
      @Nullable StoryReport latest, List<String> entities, List<String> entityNames) {
    static StoryItem of(StorySummary s) {
      return new StoryItem(s.id(), s.title(), s.firstDate(), s.lastDate(), s.articles(), s.undated(), s.outlets(),
          StoryReport.of(s.first()), StoryReport.of(s.latest()), s.entities(), s.entityNames());
    }
  }

  /** One article of a story, briefly. */
  public record StoryReport(String articleId, @Nullable String headline, @Nullable LocalDate date,
      @Nullable String outlet) {
    static StoryReport of(StorySummary.Report r) {
      return r == null ? null : new StoryReport(r.articleId(), r.headline(), r.date(), r.outlet());
    }
  }

  /**
   * A story with its articles, its events (each once, with its reports) and its claims (each once per source).
   *
   * @param story     the summary
   * @param articles  its articles by date (undated last)
   * @param events    its event instances, the most reported first
   * @param claims    its claim instances, the most reported first
   * @param merges    people made one across its articles (undone merges included, with why)
   */
  public record StoryAnswer(StoryItem story, List<StoryArticleItem> articles, List<EventInstanceItem> events,
      List<ClaimInstanceItem> claims, List<EntityMergeItem> merges) {
    /** The answer for a story; {@code names} gives entity names for the sources' labels (may answer null). */
    public static StoryAnswer of(StoryDetail d, Function<String, String> names) {
      return new StoryAnswer(StoryItem.of(d.story()), d.articles().stream().map(StoryArticleItem::of).toList(),
          d.events().stream().map(EventInstanceItem::of).toList(),
          d.claims().stream().map(c -> ClaimInstanceItem.of(c, names)).toList(),
          d.merges().stream().map(EntityMergeItem::of).toList());
    }
  }

  /**
   * One article of a story.
   *
   * @param publications  1, plus each exact or near-duplicate republication elsewhere
   * @param outlets       the outlets of those publications
   * @param started       it started the story
   * @param score         its similarity to the story when it joined (0 when it started it)
   * @param dated         false: it has no date and joined by content only
   * @param reason        why it is in the story
   */
  public record StoryArticleItem(String articleId, @Nullable String headline, @Nullable LocalDate date,
      @Nullable String outlet, int publications, List<String> outlets, boolean started, double score,
      boolean dated, String reason) {
    static StoryArticleItem of(StoryDetail.StoryArticle a) {
      return new StoryArticleItem(a.articleId(), a.headline(), a.date(), a.outlet(), a.publications(), a.outlets(),
          a.started(), a.score(), a.dated(), a.reason());
    }
  }

  /**
   * One real-world event of a story, however many articles report it.
   *
   * @param type            PLOVER type
   * @param label           the trigger words of its first mention
   * @param actors          actors' entity ids, the most named first
   * @param location        its place's entity id
   * @param interval        the best resolved time its mentions give
   * @param mentions        its mentions over all articles
   * @param articles        articles reporting it
   * @param outlets         distinct outlets reporting it
   * @param republications  copies of those articles elsewhere, counted once (not as reports)
   * @param reports         each mention: its article and the event's id there
   */
  public record EventInstanceItem(String id, @Nullable String type, String label, List<String> actors,
      List<String> recipients, @Nullable String location, @Nullable ArticleView.Interval interval, int mentions,
      int articles, int outlets, int republications, List<InstanceMention> reports) {
    static EventInstanceItem of(StoryDetail.EventInstance e) {
      return new EventInstanceItem(e.id(), e.type(), e.label(), e.actors(), e.recipients(), e.location(),
          ArticleView.Interval.orNull(e.begin(), e.end()), e.mentions(), e.articles(), e.outlets(),
          e.republications(), e.reports().stream().map(InstanceMention::of).toList());
    }
  }

  /** One mention of an event instance or report of a claim instance: its article, its id there, its stance. */
  public record InstanceMention(String articleId, String id, @Nullable String stance) {
    static InstanceMention of(StoryDetail.Mention m) {
      return new InstanceMention(m.articleId(), m.id(), m.stance());
    }
  }

  /**
   * One claim of a story, however many articles report it.
   *
   * @param sourceKey   who says it: an entity id, {@code group:KOR+UKR} (an unnamed group of those countries), or
   *                    {@code unnamed}
   * @param sourceText  the source's words in its first report
   * @param sourceLabel what the source is shown as ({@link SourceLabels}): its words, never a pronoun ("he" shows as
   *                    the name of the person it was resolved to, else "unnamed source"); null when unattributed
   * @param excerpt     what its first report says
   * @param stances     reports by stance
   * @param reports     reports over all articles
   */
  public record ClaimInstanceItem(String id, String sourceKey, @Nullable String sourceText,
      @Nullable String sourceLabel, String excerpt, List<StanceCount> stances, int reports, int articles, int outlets,
      int republications, List<InstanceMention> mentions) {
    public static ClaimInstanceItem of(StoryDetail.ClaimInstance c, Function<String, String> names) {
      List<StanceCount> stances = new TreeMap<>(c.stances()).entrySet().stream()
          .map(e -> new StanceCount(e.getKey(), e.getValue())).toList();
      String label = SourceLabels.of(c.sourceText(), SourceLabels.namedSource(c.sourceKey()) ? c.sourceKey() : null,
          names);
      return new ClaimInstanceItem(c.id(), c.sourceKey(), c.sourceText(), label, c.excerpt(), stances, c.reports(),
          c.articles(), c.outlets(), c.republications(), c.mentions().stream().map(InstanceMention::of).toList());
    }
  }

  /** How many reports of a claim carry a stance. */
  public record StanceCount(String stance, int reports) {}

  /**
   * In one article, a person named by surname alone made one with the person named in full elsewhere.
   *
   * @param entityId      the entity as linked in that article
   * @param intoId        the entity it is one with
   * @param evidence      the entities the article shares with the full name's articles
   * @param mentions      the merged mentions, as "begin-end" offsets in the article
   * @param undoneBy      the article whose evidence undid the merge, or null while it holds
   * @param undoneReason  why it was undone
   */
  public record EntityMergeItem(String id, String articleId, String entityId, String intoId, String storyId,
      String reason, List<String> evidence, List<String> mentions, @Nullable String undoneBy,
      @Nullable String undoneReason) {
    static EntityMergeItem of(EntityMerge m) {
      return new EntityMergeItem(m.id(), m.articleId(), m.entity(), m.into(), m.storyId(), m.reason(),
          m.evidence(), m.mentions(), m.undoneBy(), m.undoneReason());
    }
  }
}
