package org.newsgraph.extract;

import org.newsgraph.core.Pipeline;
import org.newsgraph.core.Stage;
import org.newsgraph.extract.claims.AttributionStage;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.events.EventStage;
import org.newsgraph.extract.places.PlaceStage;
import org.newsgraph.extract.quantities.QuantityStage;
import org.newsgraph.extract.time.TimeTaggingStage;

/**
 * The standard analysis, defined once for every runner (CLI, server, Spark job): the NLP stage the runner built from
 * its configuration, then entity linking, time normalisation, attribution (claims), and events (which use the
 * claims to mark what is only claimed), then the amounts of each event's clause, then places (every place mention, the dateline and each event put on the
 * map). The NLP stage is passed in so that this module never imports the NLP library.
 */
public final class ExtractionStages {
  private ExtractionStages() {}

  /** The pipeline {@code nlp} → entities → times → claims → events → quantities → places. */
  public static Pipeline after(Stage nlp) {
    return Pipeline.of(nlp, new EntityLinkingStage(), new TimeTaggingStage(), new AttributionStage(),
        new EventStage(), new QuantityStage(), new PlaceStage());
  }
}
