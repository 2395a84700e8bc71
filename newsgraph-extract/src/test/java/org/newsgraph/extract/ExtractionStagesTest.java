package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.PipelineException;
import org.newsgraph.core.Stage;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.extract.events.EventStage;
import org.newsgraph.extract.places.PlaceStage;
import org.newsgraph.extract.quantities.QuantityStage;
import org.newsgraph.extract.time.TimeTaggingStage;

class ExtractionStagesTest {
  /** Stands in for the NLP stage: gives the facets it is told, never runs. */
  private record FakeNlp(Set<Facet> provides) implements Stage {
    @Override
    public String id() {
      return "nlp.fake.v1";
    }

    @Override
    public Set<Facet> requires() {
      return Set.of(Facet.TEXT);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
      throw new UnsupportedOperationException();
    }
  }

  private static final Set<Facet> PARSED = EnumSet.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS,
      Facet.NER, Facet.DEPENDENCIES);

  @Test
  void the_given_nlp_stage_comes_first_events_come_after_the_claims_they_point_to_then_amounts_and_places_last() {
    Stage nlp = new FakeNlp(PARSED);
    Pipeline p = ExtractionStages.after(nlp);
    assertSame(nlp, p.stages().get(0));
    assertEquals(7, p.stages().size());
    assertEquals(TimeTaggingStage.ID, p.stages().get(2).id());
    assertEquals(AttributionStage.ID, p.stages().get(3).id());
    assertEquals(EventStage.ID, p.stages().get(4).id());
    assertEquals(QuantityStage.ID, p.stages().get(5).id());
    assertEquals(PlaceStage.ID, p.stages().get(6).id());
    assertTrue(p.provides().containsAll(EnumSet.of(Facet.ENTITIES, Facet.TIMES, Facet.CLAIMS, Facet.EVENTS,
        Facet.QUANTITIES, Facet.PLACES)));
  }

  @Test
  void an_nlp_stage_without_the_dependency_parse_is_refused_when_the_pipeline_is_built() {
    EnumSet<Facet> noParse = EnumSet.copyOf(PARSED);
    noParse.remove(Facet.DEPENDENCIES);
    PipelineException e = assertThrows(PipelineException.class, () -> ExtractionStages.after(new FakeNlp(noParse)));
    assertTrue(e.getMessage().contains("[DEPENDENCIES]"), e.getMessage());
  }
}
