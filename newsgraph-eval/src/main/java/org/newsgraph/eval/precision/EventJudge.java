package org.newsgraph.eval.precision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.newsgraph.core.Event;
import org.newsgraph.extract.events.export.PloverCoding;

/**
 * Judges an article's predicted events against its gold events.
 *
 * <p>Pairing, one to one: a prediction and a gold event are candidates when their triggers overlap (score 2), or else
 * when they are in the same sentence with a compatible type (score 1); the best candidates pair first. A prediction
 * left unpaired is {@link EventError#NOT_AN_EVENT}.
 *
 * <p>A paired prediction is judged on four counts. <b>Type</b>: right when it is the gold type or one of its
 * alternatives, either as written or in PLOVER's convention for intended acts ({@link PloverCoding}: a planned
 * cooperative act is AGREE, a planned hostile one THREATEN). <b>Actor</b> and <b>recipient</b>: see
 * {@link Participants}; for a meeting (CONSULT), and for any gold event with two or more actors and no recipient (a
 * reciprocal act), actors and recipients are compared together as one set of participants. <b>Modality</b>: the
 * same value.
 */
final class EventJudge {
  private EventJudge() {}

  /** The verdict on one prediction: its gold event (null when unpaired), its errors, and a reason for people. */
  record Verdict(Event predicted, GoldEvent gold, Set<EventError> errors, String why) {
    boolean right() {
      return errors.isEmpty();
    }
  }

  /** Every prediction's verdict, and the gold events no prediction paired with. */
  record Result(List<Verdict> verdicts, List<GoldEvent> missed) {}

  /** @param sentenceOf the index of the sentence holding a gold trigger (-1 when none) */
  static Result judge(String text, List<GoldEvent> gold, List<Event> predicted, ToIntFunction<GoldSpan> sentenceOf) {
    List<OneToOnePairs.Candidate> candidates = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      Event e = predicted.get(p);
      for (int g = 0; g < gold.size(); g++) {
        GoldEvent ge = gold.get(g);
        if (ge.trigger().overlaps(e.trigger())) {
          candidates.add(new OneToOnePairs.Candidate(p, g, 2));
        } else if (sentenceOf.applyAsInt(ge.trigger()) == e.sentence() && typeRight(e, ge)) {
          candidates.add(new OneToOnePairs.Candidate(p, g, 1));
        }
      }
    }
    int[] goldOf = OneToOnePairs.pair(candidates, predicted.size(), gold.size());
    List<Verdict> verdicts = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      verdicts.add(verdict(text, predicted.get(p), goldOf[p] < 0 ? null : gold.get(goldOf[p])));
    }
    return new Result(verdicts, OneToOnePairs.unpaired(gold, goldOf));
  }

  private static Verdict verdict(String text, Event e, GoldEvent g) {
    if (g == null) {
      return new Verdict(e, null, EnumSet.of(EventError.NOT_AN_EVENT), "no gold event here");
    }
    Set<EventError> errors = EnumSet.noneOf(EventError.class);
    List<String> why = new ArrayList<>();
    if (!typeRight(e, g)) {
      errors.add(EventError.TYPE_WRONG);
      why.add("type " + e.type() + " for " + types(g));
    }
    boolean together = g.type().equals("CONSULT") || g.recipients().isEmpty() && g.actors().size() >= 2;
    if (together) {
      List<GoldArgument> all = new ArrayList<>(g.actors());
      all.addAll(g.recipients());
      List<Event.Argument> ours = new ArrayList<>(e.actors());
      ours.addAll(e.recipients());
      String p = Participants.wrong(text, all, ours);
      if (p != null) {
        errors.add(EventError.ACTOR_WRONG);
        errors.add(EventError.RECIPIENT_WRONG);
        why.add("participants " + p);
      }
    } else {
      String a = Participants.wrong(text, g.actors(), e.actors());
      if (a != null) {
        errors.add(EventError.ACTOR_WRONG);
        why.add("actor " + a);
      }
      String r = Participants.wrong(text, g.recipients(), e.recipients());
      if (r != null) {
        errors.add(EventError.RECIPIENT_WRONG);
        why.add("recipient " + r);
      }
    }
    if (e.modality() != g.modality()) {
      errors.add(EventError.MODALITY_WRONG);
      why.add("modality " + name(e.modality()) + " for " + name(g.modality()));
    }
    return new Verdict(e, g, errors, String.join("; ", why));
  }

  /** Whether the predicted type is the gold's, as written or in PLOVER's convention for intended acts. */
  static boolean typeRight(Event e, GoldEvent g) {
    Set<String> gold = new LinkedHashSet<>();
    gold.add(g.type());
    gold.addAll(g.typeAlso());
    if (gold.contains(e.type()) || gold.contains(PloverCoding.type(e))) {
      return true;
    }
    for (String t : List.copyOf(gold)) {
      if (PloverCoding.type(as(t, g.modality())).equals(PloverCoding.type(e))) {
        return true;
      }
    }
    return false;
  }

  static String types(GoldEvent g) {
    return g.typeAlso().isEmpty() ? g.type() : g.type() + "|" + String.join("|", g.typeAlso());
  }

  static String name(Event.Modality m) {
    return m.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** A bare event of {@code type} held with {@code modality}: what {@link PloverCoding} reads. */
  private static Event as(String type, Event.Modality modality) {
    return new Event("gold", type, null, new org.newsgraph.core.Span(0, 0), List.of(), List.of(), null, null, null,
        null, false, modality, null, 1.0, 0);
  }
}
