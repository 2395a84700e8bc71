package org.newsgraph.stories.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.stories.profile.SparseVector;
import org.newsgraph.stories.text.Terms;

/**
 * Event mentions from an analysed article: its events, or any trigger spans (gold mentions) with what the analysis
 * found around them: the event whose trigger overlaps (type, participants, time), else the entities and the one
 * resolved time of the sentence. Text only beyond the stored annotations, so the store's tables give the same.
 */
public final class EventMentions {
  /** Words that do not name the event in a multi-word trigger. */
  private static final Set<String> FUNCTION = Set.of("a", "an", "the", "of", "to", "in", "into", "on", "at", "for",
      "up", "out", "off", "down", "over", "by", "with", "from", "as", "be", "is", "was", "were", "been", "being",
      "has", "have", "had", "will", "would", "did", "do", "does", "not", "n't", "no", "s", "'s");

  private EventMentions() {}

  /** The article's own events. */
  public static List<EventMention> of(AnalyzedArticle a) {
    List<EventMention> out = new ArrayList<>();
    for (Event e : a.events()) {
      out.add(of(a, e.id(), e.trigger(), e));
    }
    return out;
  }

  /**
   * A mention whose trigger is {@code trigger}: its type and participants come from the article's event whose
   * trigger overlaps it, if any; else it has no known participants (the entities of its sentence count in its
   * context only).
   */
  public static EventMention at(AnalyzedArticle a, String mentionId, Span trigger) {
    Event match = null;
    for (Event e : a.events()) {
      if (e.trigger().overlaps(trigger)) {
        match = e;
        break;
      }
    }
    return of(a, mentionId, trigger, match);
  }

  private static EventMention of(AnalyzedArticle a, String mentionId, Span trigger, Event e) {
    String text = a.text();
    Span sentence = Sentences.around(text, trigger);
    Map<String, Float> context = new HashMap<>();
    for (String t : Terms.of(sentence.of(text))) {
      context.merge(t, 1f, Float::sum);
    }
    for (Mention m : a.mentions()) {
      if (m.entityId() != null && sentence.contains(m.span()) && !m.span().overlaps(trigger)) {
        context.merge(m.entityId(), 1f, Float::sum);
      }
    }
    List<String> actors = new ArrayList<>();
    List<String> recipients = new ArrayList<>();
    String location = null;
    java.time.LocalDate begin = null;
    java.time.LocalDate end = null;
    String type = null;
    String modality = null;
    if (e != null) {
      type = e.type();
      modality = e.modality().name().toLowerCase(Locale.ROOT);
      for (Event.Argument x : e.actors()) {
        if (x.entityId() != null) {
          actors.add(x.entityId());
        }
      }
      for (Event.Argument x : e.recipients()) {
        if (x.entityId() != null) {
          recipients.add(x.entityId());
        }
      }
      location = e.location() == null ? null : e.location().entityId();
      if (!e.timeFromArticleDate()) {
        begin = e.begin();
        end = e.end();
      }
    } else {
      // A mention with no event of ours has no known participants: its sentence's entities (still in its context)
      // are not taken as its actors, since they differ between reports of one event (ECB+ train CoNLL F1 0.732 with
      // them, 0.743 without).
      for (TimeExpression t : a.times()) {
        if (sentence.contains(t.span()) && t.begin() != null && t.end() != null) {
          begin = t.begin();
          end = t.end();
          break;
        }
      }
    }
    String words = trigger.of(text);
    return new EventMention(a.article().id(), mentionId, type, words, stems(words), actors, recipients, location,
        begin, end, SparseVector.of(context), modality);
  }

  /** The stems of a trigger's content words ("checked into" → [check]); its last word when all are function words. */
  public static List<String> stems(String trigger) {
    List<String> out = new ArrayList<>();
    String last = null;
    for (String w : trigger.split("[^\\p{L}\\p{N}'’]+")) {
      if (w.isEmpty()) {
        continue;
      }
      String f = Terms.fold(w);
      int ap = f.indexOf('\'');
      if (ap > 0) {
        f = f.substring(0, ap);
      }
      last = f;
      if (!FUNCTION.contains(f)) {
        String s = Terms.stem(f);
        if (!out.contains(s)) {
          out.add(s);
        }
      }
    }
    if (out.isEmpty() && last != null) {
      out.add(Terms.stem(last));
    }
    return out;
  }
}
