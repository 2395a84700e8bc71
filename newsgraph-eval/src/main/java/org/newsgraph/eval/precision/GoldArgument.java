package org.newsgraph.eval.precision;

import java.util.ArrayList;
import java.util.List;

/**
 * An actor or recipient of a gold event.
 *
 * @param entity   the entity id, or {@value GoldClaim#UNNAMED} for a participant the text gives but does not name
 * @param also     other entity ids that are also right (a government's country, a regiment's army)
 * @param implicit the text leaves this participant implicit (an agentless passive), so giving none is right too
 * @param span     the words, when the gold gives them (always for an unnamed participant), else null
 */
public record GoldArgument(String entity, List<String> also, boolean implicit, GoldSpan span) {
  public GoldArgument {
    also = List.copyOf(also);
  }

  /** The entity ids that are right for this participant. */
  public List<String> accepted() {
    List<String> out = new ArrayList<>();
    out.add(entity);
    out.addAll(also);
    return out;
  }
}
