package org.newsgraph.stories.events;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.stories.profile.SparseVector;

/**
 * One mention of an event in one article, as event linking compares it with the events of its story.
 *
 * @param articleId   the article
 * @param mentionId   its id in the article (the event's id, "e3"; or a gold mention's id)
 * @param type        PLOVER type, or null when unknown
 * @param trigger     the trigger's words as written
 * @param stems       the trigger's word stems ("checked into" → check)
 * @param actors      linked actors' entity ids
 * @param recipients  linked recipients' entity ids
 * @param location    the linked place, or null
 * @param begin       first day of the time the text gives it, or null
 * @param end         day after it, or null
 * @param context     the words and entities of its sentence, counted
 * @param modality    how the text holds it ("asserted", "claimed", …), or null
 */
public record EventMention(String articleId, String mentionId, String type, String trigger, List<String> stems,
    List<String> actors, List<String> recipients, String location, LocalDate begin, LocalDate end,
    SparseVector context, String modality) {
  public EventMention {
    stems = List.copyOf(stems);
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    context = context == null ? SparseVector.EMPTY : context;
  }
}
