package org.newsgraph.store;

import java.time.LocalDate;
import org.newsgraph.core.Event;

/**
 * A stored event with its article and the sentence it was found in.
 *
 * @param articleId  the article
 * @param headline   its headline
 * @param published  its date (published, else updated)
 * @param event      the event, spans into that article's text
 * @param trigger    the trigger's words
 * @param sentence   the sentence holding the trigger
 */
public record EventRecord(String articleId, String headline, LocalDate published, Event event, String trigger,
    String sentence) {}
