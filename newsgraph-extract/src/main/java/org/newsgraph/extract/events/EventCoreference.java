package org.newsgraph.extract.events;

import java.util.List;
import java.util.Set;
import org.newsgraph.core.Event;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * When a draft is an event already read: a noun trigger its verb carries in the same sentence, an agreement named
 * by a pronoun, a definite event noun that refers back to an earlier event of its type.
 */
final class EventCoreference {
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "such");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her");
  private static final int ANAPHORA_SENTENCES = 4;

  private EventCoreference() {}

  /**
   * A noun trigger carried by a verb trigger of the same type is one event ("arrive … for his first state visit",
   * "signed an agreement"): its participants, place and mode join the verb's.
   */
  static void merge(Sentence s, List<Draft> drafts) {
    for (Draft n : drafts) {
      if (!n.noun()) {
        continue;
      }
      for (Draft v : drafts) {
        if (v == n || v.noun() || !v.type().equals(n.type()) || n.trigger.head() != v.trigger.index()) {
          continue;
        }
        n.merged = true;
        for (Argument a : n.actors) {
          if (v.actors.stream().noneMatch(x -> x.span().equals(a.span()))) {
            v.actors.add(a);
          }
        }
        v.recipients.addAll(n.recipients);
        if (v.location == null) {
          v.location = n.location;
        }
        if (v.mode == null || n.mode != null && v.entry.mode() == null) {
          v.mode = n.mode;
        }
        v.dropSelf();
        break;
      }
    }
  }

  /**
   * "If it is signed…": an agreement named by a pronoun is the last agreement mentioned, and its parties sign it.
   */
  static void agreementAnaphora(Sentence s, Draft d, List<Event> recent, AnalyzedArticle a) {
    if (!d.type().equals("AGREE") || d.noun() || !d.actors.isEmpty() || recent.isEmpty()) {
      return;
    }
    boolean pronounTheme = s.dependentsOf(d.trigger).stream().anyMatch(x -> (x.deprel().equals("nsubj:pass")
        || x.deprel().equals("obj")) && (Deps.word(x).equals("it") || Deps.word(x).equals("this")));
    Event last = recent.get(recent.size() - 1);
    if (!pronounTheme || s.index() - last.sentence() > 2) {
      return;
    }
    d.actors.addAll(last.actors());
    d.actors.addAll(last.recipients());
    d.actorsResolvedByPronoun = true;
    d.refersToCoded = true;
    d.dropSelf();
  }

  /**
   * "Neither Pyongyang nor Moscow have confirmed the troop deployment", "Kyiv had denounced their deployment": a
   * definite or pronoun-possessed event noun with no linked participant of its own names an event already reported.
   * It takes the participants of the most recent event of its type with a linked actor a few sentences back, so
   * both are one topic (and the claim over the second is about the first).
   */
  static void nounAnaphora(Sentence s, Draft d, List<Event> earlier) {
    if (!d.noun() || d.actors.stream().anyMatch(x -> x.entityId() != null)
        || d.recipients.stream().anyMatch(x -> x.entityId() != null)) {
      return;
    }
    List<Token> deps = s.dependentsOf(d.trigger);
    boolean definite = deps.stream().anyMatch(x -> x.deprel().equals("det")
        && DEFINITE.contains(Deps.word(x)) || x.deprel().equals("nmod:poss")
        && POSSESSIVE_PRONOUNS.contains(Deps.word(x)));
    if (!definite) {
      return;
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Event e = earlier.get(i);
      if (s.index() - e.sentence() > ANAPHORA_SENTENCES) {
        return;
      }
      if (e.type().equals(d.type()) && e.actors().stream().anyMatch(x -> x.entityId() != null)) {
        d.actors.removeIf(x -> x.entityId() == null); // "their": now known
        d.actors.addAll(e.actors());
        d.recipients.addAll(e.recipients());
        if (d.location == null) {
          d.location = e.location();
        }
        d.actorsResolvedByPronoun = true;
        d.refersToCoded = true;
        d.nounAnaphor = true;
        d.dropSelf();
        return;
      }
    }
  }
}
