package org.newsgraph.eval.precision;

import java.util.List;
import org.newsgraph.core.Event;

/**
 * One political event as the gold gives it.
 *
 * @param id         id within the article ("e1", ...)
 * @param type       the PLOVER type
 * @param typeAlso   other types that are also right where PLOVER is genuinely ambiguous (arms sales: COOPERATE or
 *                   AID)
 * @param mode       the PLOVER mode, or null (not scored)
 * @param trigger    the words that report the event
 * @param actors     who acts; empty when the text gives no actor
 * @param recipients who is acted upon; empty when there is none
 * @param modality   how the text holds the event
 * @param note       why a borderline decision went the way it did, or null
 */
public record GoldEvent(String id, String type, List<String> typeAlso, String mode, GoldSpan trigger,
    List<GoldArgument> actors, List<GoldArgument> recipients, Event.Modality modality, String note) {
  public GoldEvent {
    typeAlso = List.copyOf(typeAlso);
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
  }
}
