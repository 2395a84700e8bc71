package org.newsgraph.extract.entities;

import java.util.List;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Stage;
import org.newsgraph.extract.gazetteer.Gazetteer;

/**
 * Finds names with newsgraph's recogniser ({@link NerLayer}) and links them to canonical entities
 * ({@link EntityLinker}).
 */
public final class EntityLinkingStage implements Stage {
  private final EntityLinker linker;
  private final Gazetteer gazetteer;

  public EntityLinkingStage() {
    this(Gazetteer.bundled());
  }

  public EntityLinkingStage(Gazetteer gazetteer) {
    this.linker = new EntityLinker(gazetteer);
    this.gazetteer = gazetteer;
  }

  @Override
  public String id() {
    return "entities.gazetteer.v10";
  }

  @Override
  public Set<Facet> requires() {
    return Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.NER, Facet.DEPENDENCIES);
  }

  @Override
  public Set<Facet> provides() {
    return Set.of(Facet.ENTITIES);
  }

  /**
   * The recogniser's tags replace the CRF's on the tokens (see {@link NerLayer}), then the names are linked and
   * each mention gets its confidence ({@link MentionConfidence}).
   */
  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    Linked l = link(in);
    return l.tagged().withEntities(l.result().entities(), l.scored().stream().map(MentionConfidence::apply)
        .toList(), id());
  }

  /**
   * The mentions this stage finds in {@code in} with the features their confidence comes from, the confidence not
   * yet set: what {@code train mention-confidence} learns from.
   */
  public List<MentionConfidence.Scored> scored(AnalyzedArticle in) {
    return link(in).scored();
  }

  private record Linked(AnalyzedArticle tagged, EntityLinker.Result result, List<MentionConfidence.Scored> scored) {}

  private Linked link(AnalyzedArticle in) {
    AnalyzedArticle tagged = new AnalyzedArticle(in.article(), NerLayer.bundled().relabel(in.sentences()),
        in.entities(), in.mentions(), in.times(), in.claims(), in.events(), in.facets(), in.stageIds(),
        in.geography(), in.notes());
    EntityLinker.Result r = linker.link(tagged);
    MentionFeatures f = new MentionFeatures(in.text(), in.sentences(), tagged.sentences(), r.entities(),
        r.mentions(), id -> gazetteer.byId(id).isPresent());
    return new Linked(tagged, r, MentionConfidence.scored(f, r.mentions()));
  }
}
