package org.newsgraph.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One article and everything the stages found in it. Immutable: a stage returns a new value with its facet added.
 *
 * @param article    the input
 * @param sentences  sentences with tokens (from the NLP stage)
 * @param entities   the canonical entities mentioned in this article
 * @param mentions   every mention, each pointing to one of {@code entities}
 * @param times      time expressions with resolved values
 * @param claims     attributions: who says what
 * @param events     PLOVER events
 * @param facets     what has been filled in
 * @param stageIds   the versioned ids of the stages that produced this value, in order
 * @param geography  the points of the place mentions, the dateline and the events ({@link Geography#NONE} before
 *                   the place stage)
 * @param notes      what a reader of the record should know about how it was made: a limit that left part of the
 *                   text unanalysed, a stage stopped for taking too long (one line each; usually none)
 */
public record AnalyzedArticle(
    Article article,
    List<Sentence> sentences,
    List<Entity> entities,
    List<Mention> mentions,
    List<TimeExpression> times,
    List<Claim> claims,
    List<Event> events,
    Set<Facet> facets,
    List<String> stageIds,
    Geography geography,
    List<String> notes) {

  /** A value without places and without notes (the stages before the place stage; nothing was left out). */
  public AnalyzedArticle(Article article, List<Sentence> sentences, List<Entity> entities, List<Mention> mentions,
      List<TimeExpression> times, List<Claim> claims, List<Event> events, Set<Facet> facets, List<String> stageIds) {
    this(article, sentences, entities, mentions, times, claims, events, facets, stageIds, Geography.NONE, List.of());
  }

  /** A value without claims and events (what the foundation stages and the store's older readers give). */
  public AnalyzedArticle(Article article, List<Sentence> sentences, List<Entity> entities, List<Mention> mentions,
      List<TimeExpression> times, Set<Facet> facets, List<String> stageIds) {
    this(article, sentences, entities, mentions, times, List.of(), List.of(), facets, stageIds);
  }

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
    claims = List.copyOf(claims);
    events = List.copyOf(events);
    facets = facets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facets));
    stageIds = List.copyOf(stageIds);
    geography = geography == null ? Geography.NONE : geography;
    notes = List.copyOf(notes);
  }

  /** A fresh value holding only the article: the input of a pipeline. */
  public static AnalyzedArticle of(Article article) {
    return new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), Set.of(Facet.TEXT), List.of());
  }

  public String text() {
    return article.text();
  }

  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  public AnalyzedArticle withSentences(List<Sentence> s, Set<Facet> added, String stageId) {
    return new AnalyzedArticle(article, s, entities, mentions, times, claims, events, union(added),
        append(stageId), geography, notes);
  }

  public AnalyzedArticle withEntities(List<Entity> e, List<Mention> m, String stageId) {
    return new AnalyzedArticle(article, sentences, e, m, times, claims, events, union(Set.of(Facet.ENTITIES)),
        append(stageId), geography, notes);
  }

  public AnalyzedArticle withTimes(List<TimeExpression> t, String stageId) {
    return new AnalyzedArticle(article, sentences, entities, mentions, t, claims, events,
        union(Set.of(Facet.TIMES)), append(stageId), geography, notes);
  }

  public AnalyzedArticle withClaims(List<Claim> c, String stageId) {
    return new AnalyzedArticle(article, sentences, entities, mentions, times, c, events,
        union(Set.of(Facet.CLAIMS)), append(stageId), geography, notes);
  }

  public AnalyzedArticle withEvents(List<Event> e, String stageId) {
    return new AnalyzedArticle(article, sentences, entities, mentions, times, claims, e,
        union(Set.of(Facet.EVENTS)), append(stageId), geography, notes);
  }

  /** The same events, each with the quantities of its clause ({@link Event#quantities()}). */
  public AnalyzedArticle withQuantities(List<Event> e, String stageId) {
    return new AnalyzedArticle(article, sentences, entities, mentions, times, claims, e,
        union(Set.of(Facet.QUANTITIES)), append(stageId), geography, notes);
  }

  public AnalyzedArticle withGeography(Geography g, String stageId) {
    return new AnalyzedArticle(article, sentences, entities, mentions, times, claims, events,
        union(Set.of(Facet.PLACES)), append(stageId), g, notes);
  }

  /** The same value with another geography and nothing else changed (what the store's reader rebuilds). */
  public AnalyzedArticle withGeography(Geography g) {
    return new AnalyzedArticle(article, sentences, entities, mentions, times, claims, events, facets, stageIds, g,
        notes);
  }

  /** This value with one more note (see {@link #notes}). */
  public AnalyzedArticle withNote(String note) {
    List<String> n = new ArrayList<>(notes);
    n.add(note);
    return new AnalyzedArticle(article, sentences, entities, mentions, times, claims, events, facets, stageIds,
        geography, n);
  }

  /**
   * This value over another article with the same id whose text begins with this one's: a document analysed in part
   * (see {@link BoundedAnalysis}) gets its whole text back; every span found points into both.
   */
  public AnalyzedArticle withArticle(Article whole) {
    if (!whole.id().equals(article.id()) || !whole.text().startsWith(article.text())) {
      throw new IllegalArgumentException("not the same article: " + whole.source());
    }
    return new AnalyzedArticle(whole, sentences, entities, mentions, times, claims, events, facets, stageIds,
        geography, notes);
  }

  private Set<Facet> union(Set<Facet> added) {
    EnumSet<Facet> all = EnumSet.of(Facet.TEXT);
    all.addAll(facets);
    all.addAll(added);
    return all;
  }

  private List<String> append(String stageId) {
    List<String> ids = new ArrayList<>(stageIds);
    ids.add(stageId);
    return ids;
  }
}
