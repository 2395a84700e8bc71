package org.newsgraph.app.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.app.json.ArticleView.Interval;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.Span;
import org.newsgraph.store.ClaimRecord;
import org.newsgraph.store.EventRecord;
import org.newsgraph.store.Page;

/**
 * Claims and events listed across articles ({@code GET /api/claims}, {@code GET /api/events}, and the same from
 * {@code newsgraph claims --json} and {@code newsgraph events --json}): each with its article and the words of its
 * parts, beside the offsets into that article's text.
 */
public final class Listings {
  private Listings() {}

  /**
   * Claims, newest first.
   *
   * @param total   how many claims match, when the list is a page of them (the API); absent otherwise
   * @param offset  the position of the first claim listed among them, with {@code total}
   */
  public record ClaimList(@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long total,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long offset, List<ClaimItem> claims) {
    /** The list, with {@code names} giving an entity's name (or null) for the labels of resolved pronouns. */
    public static ClaimList of(List<ClaimRecord> records, Function<String, String> names) {
      return new ClaimList(null, null, records.stream().map(r -> ClaimItem.of(r, names)).toList());
    }

    /** A page of the list, with the total. */
    public static ClaimList of(Page<ClaimRecord> page, Function<String, String> names) {
      return new ClaimList(page.total(), page.offset(), of(page.items(), names).claims());
    }
  }

  /**
   * A claim with its article.
   *
   * @param date         the article's date: published, else updated
   * @param sourceText   the source's words, or null when unattributed
   * @param sourceLabel  what the source is shown as ({@link SourceLabels}): never a pronoun; null when unattributed
   * @param contentText  what is said (several parts joined with " … ")
   * @param reportedBy   who reports it, when it is nested in another claim's content; null otherwise
   */
  public record ClaimItem(String articleId, @Nullable String headline, @Nullable LocalDate date,
      @Nullable String sourceText, @Nullable String sourceLabel, String cueText, String contentText,
      StoredClaim claim, @Nullable ReportedBy reportedBy) {
    static ClaimItem of(ClaimRecord r, Function<String, String> names) {
      ClaimRecord.ReportedBy by = r.reportedBy();
      return new ClaimItem(r.articleId(), r.headline(), r.published(), r.source(),
          SourceLabels.of(r.source(), r.claim().sourceEntityId(), names), r.cue(), r.content(),
          StoredClaim.of(r.claim()), by == null ? null : new ReportedBy(by.claimId(), by.sourceText(),
          SourceLabels.of(by.sourceText(), by.entityId(), names), by.entityId()));
    }
  }

  /**
   * The claim that reports a nested one ("As we've noted, a study concluded …": the outer frame).
   *
   * @param claimId        its id in the same article
   * @param sourceText     its source's words, or null when unattributed
   * @param sourceLabel    what that source is shown as ({@link SourceLabels}); null when unattributed
   * @param sourceEntityId that source's entity, or null
   */
  public record ReportedBy(String claimId, @Nullable String sourceText, @Nullable String sourceLabel,
      @Nullable String sourceEntityId) {}

  /** A stretch of the article's text, end exclusive. */
  public record Offsets(int begin, int end) {
    static Offsets of(Span s) {
      return s == null ? null : new Offsets(s.begin(), s.end());
    }
  }

  /**
   * A claim as stored, its parts as offsets (the words are beside it in {@link ClaimItem}).
   *
   * @param sourceEntityId   the source's canonical entity, or null
   * @param sourceCountries  the countries of an unnamed group source, else empty
   * @param saidUntil        the day after the last day it may have been said: [said, said_until)
   * @param confidence       0..1, how likely the claim is fully right (of the claims given 0.8, about 80% are); null
   *                         when unknown (stored before claims had a confidence)
   * @param reportedBy       the id of the claim (in the same article) whose content reports this one, or null
   */
  public record StoredClaim(String id, @Nullable Offsets source, @Nullable String sourceEntityId,
      List<String> sourceCountries, Offsets cue, List<Offsets> content, Claim.Kind kind, @Nullable Offsets channel,
      @Nullable LocalDate said, @Nullable LocalDate saidUntil, boolean saidFromText, Claim.Stance stance,
      int sentence, @Nullable Double confidence, @Nullable String reportedBy) {
    static StoredClaim of(Claim c) {
      return new StoredClaim(c.id(), Offsets.of(c.source()), c.sourceEntityId(), c.sourceCountries(),
          Offsets.of(c.cue()), c.content().stream().map(Offsets::of).toList(), c.kind(), Offsets.of(c.channel()),
          c.said(), c.saidUntil(), c.saidFromText(), c.stance(), c.sentence(), c.confidence(), c.reportedBy());
    }
  }

  /**
   * Events in date order.
   *
   * @param total   how many events match, when the list is a page of them (the API); absent otherwise
   * @param offset  the position of the first event listed among them, with {@code total}
   */
  public record EventList(@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long total,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long offset, List<EventItem> events) {
    /** The list, with {@code names} giving an entity's name (or null) for the labels of resolved pronouns. */
    public static EventList of(List<EventRecord> records, Function<String, String> names) {
      return new EventList(null, null, records.stream().map(r -> EventItem.of(r, names)).toList());
    }

    /** A page of the list, with the total. */
    public static EventList of(Page<EventRecord> page, Function<String, String> names) {
      return new EventList(page.total(), page.offset(), of(page.items(), names).events());
    }
  }

  /**
   * An event with its article.
   *
   * @param date          the article's date: published, else updated
   * @param triggerText   the trigger's words
   * @param sentenceText  the sentence holding the trigger
   * @param claimedBy     the claim it is reported through, or null
   */
  public record EventItem(String articleId, @Nullable String headline, @Nullable LocalDate date, String triggerText,
      String sentenceText, StoredEvent event, @Nullable ClaimedBy claimedBy) {
    static EventItem of(EventRecord r, Function<String, String> names) {
      EventRecord.ClaimedBy by = r.claimedBy();
      return new EventItem(r.articleId(), r.headline(), r.published(), r.trigger(), r.sentence(),
          StoredEvent.of(r.event()), by == null ? null : new ClaimedBy(by.claimId(), by.sourceText(),
          SourceLabels.of(by.sourceText(), by.entityId(), names), by.entityId(), by.sourceCountries(), by.stance()));
    }
  }

  /** An event as stored, its parts as offsets; fields as in {@link ArticleView.EventView}. */
  public record StoredEvent(String id, String type, @Nullable String mode, Offsets trigger,
      List<StoredArgument> actors, List<StoredArgument> recipients, @Nullable StoredArgument location,
      @Nullable Offsets time, @Nullable Interval interval, boolean timeFromArticleDate, Event.Modality modality,
      @Nullable String claimId, double confidence, int sentence) {
    static StoredEvent of(Event e) {
      return new StoredEvent(e.id(), e.type(), e.mode(), Offsets.of(e.trigger()),
          e.actors().stream().map(StoredArgument::of).toList(),
          e.recipients().stream().map(StoredArgument::of).toList(),
          e.location() == null ? null : StoredArgument.of(e.location()), Offsets.of(e.time()),
          Interval.orNull(e.begin(), e.end()), e.timeFromArticleDate(), e.modality(), e.claimId(), e.confidence(),
          e.sentence());
    }
  }

  /** A participant or place as offsets, with the entity it links to (or null). */
  public record StoredArgument(int begin, int end, @Nullable String entityId) {
    static StoredArgument of(Event.Argument a) {
      return new StoredArgument(a.span().begin(), a.span().end(), a.entityId());
    }
  }

  /**
   * Who reports an event, and how.
   *
   * @param sourceText       the source's words, or null when unattributed
   * @param sourceLabel      what the source is shown as ({@link SourceLabels}): never a pronoun; null when
   *                         unattributed
   * @param sourceEntityId   the source's canonical entity, or null
   * @param sourceCountries  the countries of an unnamed group source ("Ukrainian officials": country:UKR), else
   *                         empty
   */
  public record ClaimedBy(String claimId, @Nullable String sourceText, @Nullable String sourceLabel,
      @Nullable String sourceEntityId, List<String> sourceCountries, Claim.Stance stance) {}
}
