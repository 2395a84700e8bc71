package org.newsgraph.extract.entities;

import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Stage;
import org.newsgraph.extract.gazetteer.Gazetteer;

/** Links named mentions to canonical entities (see {@link EntityLinker}). */
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
    return "entities.gazetteer.v3";
  }

  @Override
  public Set<Facet> requires() {
    return Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.NER, Facet.DEPENDENCIES);
  }

  @Override
  public Set<Facet> provides() {
    return Set.of(Facet.ENTITIES);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    EntityLinker.Result r = linker.link(in);
    return in.withEntities(r.entities(), r.mentions(), id());
  }
}
