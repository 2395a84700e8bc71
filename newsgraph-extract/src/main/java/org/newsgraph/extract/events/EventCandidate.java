package org.newsgraph.extract.events;

import java.util.Map;
import org.newsgraph.core.Event;

/**
 * A trigger the stage considered, with what it decided: the event it would code, the features the sense model saw,
 * the probabilities it weighed, and why it was left uncoded (null when coded). For training, measuring and looking
 * at the stage's work; the stage itself outputs only the coded events.
 *
 * @param event              the event as it would be coded (id "?")
 * @param features           what the sense model saw
 * @param sense              the probability that the words report a political event of this type
 * @param politics           the probability that the article is news of politics (the article-kind model)
 * @param politicalArguments whether the participants are clearly political actors
 * @param confidenceFacts    what the confidence is computed from
 * @param dropped            why the event is not coded, or null when it is
 */
public record EventCandidate(Event event, Map<String, Double> features, double sense, double politics,
    boolean politicalArguments, Map<String, Double> confidenceFacts, String dropped) {
  public EventCandidate {
    features = Map.copyOf(features);
    confidenceFacts = Map.copyOf(confidenceFacts);
  }

  public boolean coded() {
    return dropped == null;
  }
}
