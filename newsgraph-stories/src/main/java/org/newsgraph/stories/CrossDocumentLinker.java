package org.newsgraph.stories;

import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.stories.cluster.Assignment;
import org.newsgraph.stories.cluster.ClusterWeights;
import org.newsgraph.stories.cluster.JoinModel;
import org.newsgraph.stories.claims.ClaimLink;
import org.newsgraph.stories.claims.ClaimLinker;
import org.newsgraph.stories.claims.ClaimMentions;
import org.newsgraph.stories.cluster.StoryClusterer;
import org.newsgraph.stories.entities.EntityMerger;
import org.newsgraph.stories.events.EventLink;
import org.newsgraph.stories.events.EventLinkModel;
import org.newsgraph.stories.events.EventLinker;
import org.newsgraph.stories.events.EventMention;
import org.newsgraph.stories.events.EventMentions;
import org.newsgraph.stories.profile.ArticleProfile;
import org.newsgraph.stories.profile.Profiles;

/**
 * The cross-document layer, one article at a time in stream order: the story it joins, and (within that story) the
 * event and claim instances its mentions join and the entities it names that are one with an entity of another
 * article. The store runs it inside each article's transaction; the Spark job runs it over its output in input
 * order; the evaluations run it over gold documents.
 */
public final class CrossDocumentLinker {
  private final StoryClusterer clusterer;
  private final EventLinker events;
  private final ClaimLinker claims;
  private final EntityMerger entities = new EntityMerger();

  /**
   * With the similarity rule deciding the joins. The trained join model ({@link JoinModel#shipped}) is not the
   * default: it raised ECB+ dev B3 but joined Reuters reports of one company or genre (docs/BENCHMARKS.md).
   */
  public CrossDocumentLinker(NewsgraphConfig.Stories settings) {
    this(settings, ClusterWeights.DEFAULT, null);
  }

  /** @param model  decides the joins (null: the similarity of {@code weights} against the threshold) */
  public CrossDocumentLinker(NewsgraphConfig.Stories settings, ClusterWeights weights, JoinModel model) {
    this.clusterer = new StoryClusterer(settings.threshold(), settings.quietDays(), weights, model);
    this.events = new EventLinker(EventLinkModel.shipped(), settings.eventThreshold(), clusterer.frequencies());
    this.claims = new ClaimLinker(clusterer.frequencies());
  }

  /**
   * What linking one article decided.
   *
   * @param assignment  its story
   * @param events      where each of its event mentions went
   * @param claims      where each of its claims went
   * @param merges      the entity merges it made and undid
   */
  public record Linked(Assignment assignment, List<EventLink> events, List<ClaimLink> claims,
      EntityMerger.Result merges) {}

  /** Links the article and its own events. */
  public Linked link(AnalyzedArticle a) {
    return link(a, null);
  }

  /**
   * Links the article, then {@code mentions} as its event mentions (null: its own events, {@link EventMentions#of};
   * the evaluation passes gold mentions).
   */
  public Linked link(AnalyzedArticle a, List<EventMention> mentions) {
    return finish(place(a, mentions));
  }

  /**
   * An article placed in its story, its event mentions and claims weighed, not yet linked within the story.
   *
   * @param article     the article
   * @param assignment  its story
   * @param events      its event mentions, weighed by the document frequencies just after it was placed
   * @param claims      its claims, weighed the same way
   */
  public record Placed(AnalyzedArticle article, Assignment assignment, List<EventLinker.Weighed> events,
      List<ClaimLinker.Weighed> claims) {}

  /**
   * The first half of {@link #link}: the article's story, and its mentions weighed as {@link #link} weighs them. The
   * store places a whole batch first, so that it can read the event and claim instances of the stories the batch
   * joins in one query before {@link #finish}ing the articles in the same order; the weights do not change, since
   * only placing an article changes the document frequencies. Mentions: as in {@link #link(AnalyzedArticle, List)}.
   */
  public Placed place(AnalyzedArticle a, List<EventMention> mentions) {
    return place(a, Profiles.of(a), mentions);
  }

  /** {@link #place(AnalyzedArticle, List)} with the article's profile made already ({@link #prefetch}). */
  public Placed place(AnalyzedArticle a, ArticleProfile profile, List<EventMention> mentions) {
    Assignment s = clusterer.assign(profile);
    List<EventMention> m = mentions == null ? EventMentions.of(a) : mentions;
    return new Placed(a, s, events.weigh(m), claims.weigh(ClaimMentions.of(a)));
  }

  /**
   * Reads at once the saved stories that placing {@code batch} will most likely compare it with ({@link
   * StoryClusterer#prefetch}); returns the articles' profiles, in order, to place them with.
   */
  public List<ArticleProfile> prefetch(List<AnalyzedArticle> batch) {
    List<ArticleProfile> profiles = new java.util.ArrayList<>(batch.size());
    for (AnalyzedArticle a : batch) {
      profiles.add(Profiles.of(a));
    }
    clusterer.prefetch(profiles);
    return profiles;
  }

  /** The second half of {@link #link}: the placed article's events, claims and entity merges within its story. */
  public Linked finish(Placed p) {
    Assignment s = p.assignment();
    long seq = s.story().lastSeq();
    return new Linked(s, events.linkWeighed(s.storyId(), seq, p.events()),
        claims.linkWeighed(s.storyId(), seq, p.claims()), entities.link(p.article(), s.storyId()));
  }

  public StoryClusterer clusterer() {
    return clusterer;
  }

  public EventLinker eventLinker() {
    return events;
  }

  public ClaimLinker claimLinker() {
    return claims;
  }

  public EntityMerger entityMerger() {
    return entities;
  }
}
