package org.newsgraph.app.json;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.app.json.ArticleView.Interval;
import org.newsgraph.core.Claim;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;

/**
 * {@code GET /api/board}, the claims board: stored claims grouped by what they are about (topics), and within a
 * topic by how the source holds it (columns).
 */
public record Board(List<Topic> topics) {
  /** What a topic is about: an event reported through claims, or the entities the claims name. */
  public enum TopicKind { EVENT, ENTITIES }

  /**
   * One topic, its claims in four columns.
   *
   * @param key          what groups the claims ({@code event:MOBILIZE:country:PRK+country:RUS},
   *                     {@code entities:country:IND+country:OMN}, {@code article:ID})
   * @param count        how many claims it holds
   * @param type         an event topic's PLOVER type, else null
   * @param actors       an event topic's actors, else null
   * @param recipients   an event topic's recipients, else null
   * @param entities     an entities topic's entities (at most two), else null
   * @param headline     for claims about no entity: their article's headline, else null
   * @param asserts      claims stated as fact or confirmed
   * @param suggests     claims believed or hedged
   * @param denies       denials
   * @param unconfirmed  claims said to be unconfirmed
   */
  public record Topic(String key, TopicKind kind, int count, @Nullable String type, @Nullable List<Party> actors,
      @Nullable List<Party> recipients, @Nullable List<EntityRef> entities, @Nullable String headline,
      List<BoardClaim> asserts, List<BoardClaim> suggests, List<BoardClaim> denies, List<BoardClaim> unconfirmed) {}

  /**
   * A canonical entity by id and name.
   *
   * @param type  null when the entity is not among its article's
   */
  public record EntityRef(String id, String name, @Nullable EntityType type) {}

  /**
   * A participant in an event: the entity when the words link to one, and the words.
   *
   * @param id    the entity's id, or null when the words link to none
   * @param text  the words, or null when the article is not at hand
   */
  public record Party(@Nullable String id, @Nullable String name, @Nullable EntityType type, @Nullable String text) {}

  /**
   * A claim on the board.
   *
   * @param sourceLabel      what the source is shown as ({@link SourceLabels}): never a pronoun; null when
   *                         unattributed
   * @param sourceEntity     the source as an entity, or null
   * @param sourceCountries  the countries of an unnamed group source, else empty
   * @param event            the event of the topic as this claim reports it, or null for an entities topic
   */
  public record BoardClaim(String articleId, @Nullable String headline, String claimId, @Nullable String sourceText,
      @Nullable String sourceLabel, @Nullable EntityRef sourceEntity, List<String> sourceCountries, String cueText,
      String contentText, Claim.Stance stance, @Nullable LocalDate said, @Nullable LocalDate saidUntil,
      @Nullable BoardEvent event) {}

  /** An event a claim reports: its id in the article, how the text holds it, and its days (or null). */
  public record BoardEvent(String id, Event.Modality modality, @Nullable Interval interval) {
    public static BoardEvent of(Event e) {
      return new BoardEvent(e.id(), e.modality(), Interval.orNull(e.begin(), e.end()));
    }
  }
}
