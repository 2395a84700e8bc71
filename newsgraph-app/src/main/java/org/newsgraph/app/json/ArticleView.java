package org.newsgraph.app.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Quantity;
import org.newsgraph.core.RelativeOffset;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.store.Publication;

/**
 * An article with everything found in it: what {@code analyze --json}, {@code POST /api/analyze} and
 * {@code GET /api/articles/{id}} give for each article. Offsets ({@code begin}, {@code end}) are into {@code text},
 * end exclusive; every span carries its words as {@code text}. Later versions add fields, never break them.
 *
 * @param paragraphs    the body's paragraphs as [begin, end] pairs
 * @param stages        versioned ids of the stages that made the annotations
 * @param publications  every publication of the article the store holds (the first, and the near-duplicates other
 *                      outlets ran); empty for an article analysed without storing
 * @param outlets       the outlets that ran it, as far as the store knows; empty for an article analysed only
 * @param places        each place mention resolved to a point (or not: then no point, never (0, 0))
 * @param datelinePlace the dateline's place, or null
 * @param eventPlaces   where each event is, and whether its sentence or the dateline said so
 * @param notes         how the analysis was bounded, when it was: a part of the text left unanalysed, a stage stopped
 *                      for taking too long (absent when nothing was left out)
 */
public record ArticleView(String id, @Nullable String source, @Nullable String outlet, @Nullable String headline,
    @Nullable LocalDate published, @Nullable LocalDate updated, @Nullable String dateline, @Nullable String agency,
    @Nullable String language, List<String> bullets, List<String> captions, String text,
    List<List<Integer>> paragraphs, List<ArticleEntity> entities, List<TimeView> times, List<ClaimView> claims,
    List<EventView> events, List<String> stages, List<PublicationView> publications, List<String> outlets,
    List<PlaceViews.PlaceView> places, @Nullable PlaceViews.PlaceView datelinePlace,
    List<PlaceViews.EventPlaceView> eventPlaces, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes) {

  /** An article analysed without storing it: no publications known. */
  public static ArticleView of(AnalyzedArticle a) {
    return of(a, List.of(), List.of());
  }

  /** A stored article with its publications and the outlets that ran it. */
  public static ArticleView of(AnalyzedArticle a, List<Publication> publications, List<String> outlets) {
    Article art = a.article();
    String text = art.text();
    return new ArticleView(art.id(), art.source(), art.outlet(), art.headline(), art.published(), art.updated(),
        art.dateline(), art.agency(), art.language(), art.bullets(), art.captions(), text,
        art.paragraphs().stream().map(p -> List.of(p.begin(), p.end())).toList(), entities(a, text),
        a.times().stream().map(t -> TimeView.of(t, text)).toList(),
        a.claims().stream().map(c -> ClaimView.of(c, text, a)).toList(),
        a.events().stream().map(e -> EventView.of(e, text, a)).toList(), a.stageIds(),
        publications.stream().map(PublicationView::of).toList(), outlets,
        a.geography().mentions().stream().map(PlaceViews.PlaceView::of).toList(),
        a.geography().dateline() == null ? null : PlaceViews.PlaceView.of(a.geography().dateline()),
        a.geography().events().stream().map(PlaceViews.EventPlaceView::of).toList(), a.notes());
  }

  private static List<ArticleEntity> entities(AnalyzedArticle a, String text) {
    Map<String, List<MentionView>> mentions = new LinkedHashMap<>();
    for (Mention m : a.mentions()) {
      mentions.computeIfAbsent(m.entityId(), k -> new ArrayList<>())
          .add(new MentionView(m.span().begin(), m.span().end(), m.span().of(text), m.role(), m.confidence()));
    }
    return a.entities().stream().map(e -> new ArticleEntity(e.id(), e.type(), e.name(), e.country(), e.aliases(),
        mentions.getOrDefault(e.id(), List.of()))).toList();
  }

  /** A stretch of the text with its words. */
  public record TextSpan(int begin, int end, String text) {
    static TextSpan of(Span s, String text) {
      return new TextSpan(s.begin(), s.end(), s.of(text));
    }
  }

  /** Days [begin, end), end exclusive; either end is null when open or unknown. */
  public record Interval(@Nullable LocalDate begin, @Nullable LocalDate end) {
    /** The interval, or null when neither end is known. */
    static Interval orNull(LocalDate begin, LocalDate end) {
      return begin == null && end == null ? null : new Interval(begin, end);
    }
  }

  /** An entity the article names, with each mention of it. */
  public record ArticleEntity(String id, EntityType type, String name, @Nullable String country,
      List<String> aliases, List<MentionView> mentions) {}

  /**
   * One mention of an entity.
   *
   * @param role        how the words refer to the entity: name, metonym, demonym, description
   * @param confidence  0..1, how likely the words are a real name with these bounds and the entity's type (of the
   *                    mentions given 0.8, about 80% are); null when unknown (stored before mentions had one)
   */
  public record MentionView(int begin, int end, String text, Mention.Role role, @Nullable Double confidence) {}

  /**
   * A time expression and the days it denotes.
   *
   * @param type      TIMEX3 type
   * @param value     TIMEX3 value: {@code 2025-01-31}, {@code 2024-08}, {@code P6M}, {@code PAST_REF}
   * @param mod       TIMEX3 mod (EARLY, LATE, APPROX, …) or null
   * @param interval  the days it denotes, or null when it is not resolved to dates
   * @param relative  in an undated article, its offset from the unknown publication date ({@code -P1Y} for "last
   *                  year"), or null
   * @param relativeText  that offset in words ("the year before publication"), or null
   * @param confidence  0..1, how likely the expression and its value are right (of the times given 0.8, about 80%
   *                    are); null when unknown (stored before times had one)
   */
  public record TimeView(int begin, int end, String text, TimexType type, String value, @Nullable String mod,
      @Nullable Interval interval, @Nullable String relative, @Nullable String relativeText,
      @Nullable Double confidence) {
    static TimeView of(TimeExpression t, String text) {
      return new TimeView(t.span().begin(), t.span().end(), t.span().of(text), t.type(), t.value(), t.mod(),
          Interval.orNull(t.begin(), t.end()), t.relative(), RelativeOffset.describe(t.relative()), t.confidence());
    }
  }

  /**
   * Who says what, how and when.
   *
   * @param source          the words naming the source, or null when unattributed
   * @param content         what is said: its words (parts joined with " … "), from the first part's begin to the
   *                        last part's end, and each part
   * @param channel         the channel's words ("told AFP"), or null
   * @param said            the first day it may have been said, or null
   * @param saidUntil       the day after the last day it may have been said: [said, said_until)
   * @param saidFromText    true when the text dates the saying, false when it is the article's date
   * @param sentence        index of the sentence holding the cue
   * @param confidence      0..1, how likely the claim is fully right (of the claims given 0.8, about 80% are); null
   *                        when unknown (stored before claims had a confidence)
   * @param cited           the source the teller cites ("Yonhap, citing the NIS, said": the NIS; the claim is the
   *                        NIS's, carried by Yonhap), or null
   * @param reportedBy      the id of the claim whose content reports this one ("X said a study concluded Y": the
   *                        study's claim is reported by X's); null for a claim the article makes itself
   */
  public record ClaimView(String id, @Nullable ClaimSource source, TextSpan cue, @Nullable ClaimContent content,
      Claim.Kind kind, @Nullable String channel, @Nullable LocalDate said, @Nullable LocalDate saidUntil,
      boolean saidFromText, Claim.Stance stance, int sentence, @Nullable Double confidence,
      @Nullable CitedView cited, @Nullable String reportedBy) {
    static ClaimView of(Claim c, String text, AnalyzedArticle a) {
      ClaimSource source = c.source() == null ? null : new ClaimSource(c.source().begin(), c.source().end(),
          c.source().of(text), SourceLabels.of(c.source().of(text), c.sourceEntityId(),
          id -> a.entity(id).map(Entity::name).orElse(null)), c.sourceEntityId(), c.sourceCountries());
      ClaimContent content = c.content().isEmpty() ? null : new ClaimContent(
          c.content().stream().map(x -> x.of(text)).collect(Collectors.joining(" … ")), c.content().get(0).begin(),
          c.content().get(c.content().size() - 1).end(), c.content().stream().map(x -> TextSpan.of(x, text)).toList());
      return new ClaimView(c.id(), source, TextSpan.of(c.cue(), text), content, c.kind(),
          c.channel() == null ? null : c.channel().of(text), c.said(), c.saidUntil(), c.saidFromText(), c.stance(),
          c.sentence(), c.confidence(), c.cited() == null ? null : new CitedView(c.cited().span().begin(),
          c.cited().span().end(), c.cited().span().of(text), c.cited().entityId()), c.reportedBy());
    }
  }

  /** The source a claim's teller cites: its words, and its entity (or null: "citing officials"). */
  public record CitedView(int begin, int end, String text, @Nullable String entityId) {}

  /**
   * The words naming a claim's source.
   *
   * @param text       the words naming the source in the article ("he", "South Korea's spy agency")
   * @param label      what the source is shown as: the words, except that words naming no one on their own
   *                   ("he", "they", "both sides") show the entity they refer to, else "unnamed source"
   * @param entityId   the source's canonical entity, or null
   * @param countries  the countries of an unnamed group source ("Ukrainian officials": {@code country:UKR}), empty
   *                   for a named one
   */
  public record ClaimSource(int begin, int end, String text, String label, @Nullable String entityId,
      List<String> countries) {}

  /**
   * What a claim says.
   *
   * @param spans  the parts of what is said, in text order
   */
  public record ClaimContent(String text, int begin, int end, List<TextSpan> spans) {}

  /**
   * Who did what to whom, where and when (PLOVER), and how the text holds it.
   *
   * @param type       PLOVER event type (MOBILIZE, ASSAULT, AGREE, …)
   * @param mode       PLOVER mode, or null
   * @param location   where, or null
   * @param time       the time expression it is anchored on, or null
   * @param interval   the days it happened in, or null when undated
   * @param timeFromArticleDate  true when the interval is the article's date (no time in the text)
   * @param claimId    the claim it is reported through, or null
   * @param confidence 0..1
   * @param sentence   index of the sentence holding the trigger
   * @param quantities the amounts its clause gives, with what they count ("more than 10,000 troops")
   */
  public record EventView(String id, String type, @Nullable String mode, TextSpan trigger,
      List<ArgumentView> actors, List<ArgumentView> recipients, @Nullable ArgumentView location,
      @Nullable TextSpan time, @Nullable Interval interval, boolean timeFromArticleDate, Event.Modality modality,
      @Nullable String claimId, double confidence, int sentence, List<QuantityView> quantities) {
    static EventView of(Event e, String text, AnalyzedArticle a) {
      return new EventView(e.id(), e.type(), e.mode(), TextSpan.of(e.trigger(), text),
          e.actors().stream().map(x -> ArgumentView.of(x, text, a)).toList(),
          e.recipients().stream().map(x -> ArgumentView.of(x, text, a)).toList(),
          e.location() == null ? null : ArgumentView.of(e.location(), text, a),
          e.time() == null ? null : TextSpan.of(e.time(), text), Interval.orNull(e.begin(), e.end()),
          e.timeFromArticleDate(), e.modality(), e.claimId(), e.confidence(), e.sentence(),
          e.quantities().stream().map(q -> QuantityView.of(q, text)).toList());
    }
  }

  /**
   * An amount: "more than 10,000 troops" is qualifier OVER, value 10000, counted "troop".
   *
   * @param qualifier  EXACT, ABOUT, NEARLY, OVER ("more than", "at least"), UP_TO ("up to", "less than"), BETWEEN
   * @param value      the number (the lower one of a range)
   * @param upper      the upper number of a range, or null
   * @param unit       USD, GBP, EUR, JPY, pct, or a measure (tonne, barrel, km), or null for a count
   * @param counted    what is counted, as a lemma ("troop", "people"), or null
   * @param low        the least amount the words allow (a number given as exact allows its rounding)
   * @param high       the greatest, or null when there is no bound ("more than")
   */
  public record QuantityView(int begin, int end, String text, Quantity.Qualifier qualifier, double value,
      @Nullable Double upper, @Nullable String unit, @Nullable String counted, double low, @Nullable Double high) {
    static QuantityView of(Quantity q, String text) {
      return new QuantityView(q.span().begin(), q.span().end(), q.span().of(text), q.qualifier(), q.value(),
          q.upper(), q.unit(), q.counted(), q.low(), Double.isInfinite(q.high()) ? null : q.high());
    }
  }

  /**
   * A participant or place: its words, the entity they link to (or null), and what to show for it: the words, or,
   * where they name no one on their own ("they", "who"), the name of the entity they were resolved to, as a claim's
   * source is shown ({@link SourceLabels}).
   */
  public record ArgumentView(int begin, int end, String text, @Nullable String entityId, String label) {
    static ArgumentView of(Event.Argument x, String text, AnalyzedArticle a) {
      String words = x.span().of(text);
      String name = x.entityId() == null || !Coreference.namesNoOne(words) ? null
          : a.entity(x.entityId()).map(Entity::name).orElse(null);
      return new ArgumentView(x.span().begin(), x.span().end(), words, x.entityId(),
          name == null || name.isBlank() ? words : name);
    }
  }

  /** One publication of a stored article: the first, or a near-duplicate another outlet ran. */
  public record PublicationView(@Nullable String outlet, @Nullable String headline, @Nullable LocalDate published,
      @Nullable String source, double similarity) {
    static PublicationView of(Publication p) {
      return new PublicationView(p.outlet(), p.headline(), p.published(), p.source(), p.similarity());
    }
  }
}
