package org.newsgraph.eval.precision;

import java.util.List;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.Span;

/** Gold and predicted items for the scorer's tests, their spans found by the words they cover. */
final class Golds {
  private final String text;

  Golds(String text) {
    this.text = text;
  }

  /** The first occurrence of {@code words} (the n-th with {@code words#n}). */
  Span at(String words) {
    int n = 1;
    String w = words;
    int hash = words.lastIndexOf('#');
    if (hash > 0) {
      n = Integer.parseInt(words.substring(hash + 1));
      w = words.substring(0, hash);
    }
    int from = -1;
    for (int i = 0; i < n; i++) {
      from = text.indexOf(w, from + 1);
      if (from < 0) {
        throw new IllegalArgumentException("'" + words + "' is not in the text");
      }
    }
    return new Span(from, from + w.length());
  }

  GoldSpan gold(String words) {
    Span s = at(words);
    return new GoldSpan(s.begin(), s.end(), s.of(text));
  }

  GoldClaim claim(String source, String entity, String cue, String content) {
    List<String> alts = List.of(entity.split("\\|"));
    return new GoldClaim("c", source == null ? null : gold(source), alts.get(0), alts.subList(1, alts.size()), null,
        gold(cue), List.of(gold(content)), null);
  }

  GoldArgument arg(String entity, String words) {
    List<String> alts = List.of(entity.split("\\|"));
    boolean implicit = alts.contains("none");
    List<String> rest = alts.stream().filter(a -> !a.equals("none")).toList();
    return new GoldArgument(rest.get(0), rest.subList(1, rest.size()), implicit,
        words == null ? null : gold(words));
  }

  GoldEvent event(String type, String trigger, List<GoldArgument> actors, List<GoldArgument> recipients,
      Event.Modality modality) {
    List<String> types = List.of(type.split("\\|"));
    return new GoldEvent("e", types.get(0), types.subList(1, types.size()), null, gold(trigger), actors, recipients,
        modality, null);
  }

  Claim predicted(String source, String entity, String cue, String content) {
    return new Claim("c", source == null ? null : at(source), entity, at(cue), List.of(at(content)),
        Claim.Kind.INDIRECT, null, null, false, Claim.Stance.ASSERTED, 0);
  }

  Event.Argument argument(String words, String entity) {
    return new Event.Argument(at(words), entity);
  }

  Event predictedEvent(String type, String trigger, List<Event.Argument> actors, List<Event.Argument> recipients,
      Event.Modality modality, int sentence) {
    return new Event("e", type, null, at(trigger), actors, recipients, null, null, null, null, false, modality, null,
        0.5, sentence);
  }
}
