package org.newsgraph.extract.entities;

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

  public EntityLinkingStage() {
    this(Gazetteer.bundled());
  }

  public EntityLinkingStage(Gazetteer gazetteer) {
    this.linker = new EntityLinker(gazetteer);
  }

  @Override
  public String id() {
    return "entities.gazetteer.v9";
  }

  @Override
  public Set<Facet> requires() {
    return Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.NER, Facet.DEPENDENCIES);
  }

  @Override
  public Set<Facet> provides() {
    return Set.of(Facet.ENTITIES);
  }

  /** The recogniser's tags replace the CRF's on the tokens (see {@link NerLayer}), then the names are linked. */
  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    AnalyzedArticle tagged = new AnalyzedArticle(in.article(), NerLayer.bundled().relabel(in.sentences()),
        in.entities(), in.mentions(), in.times(), in.claims(), in.events(), in.facets(), in.stageIds(),
        in.geography(), in.notes());
    EntityLinker.Result r = linker.link(tagged);
    return tagged.withEntities(r.entities(), r.mentions(), id());
  }
}
