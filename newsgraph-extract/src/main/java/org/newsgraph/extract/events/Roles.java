package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * Fills a draft's participants from the trigger's grammatical relations: a verb's subject acts and its object or
 * its "to / with / against / on" phrase receives (a passive's "by" phrase acts); a noun's possessor, qualifying
 * country ("North Korean deployment") or "of" phrase acts, and when it has none, the subject of the verb that
 * carries it ("launched an offensive", "is preparing for deployment"). Then the place (see {@link Places}).
 */
final class Roles {
  /** Verbs that carry a noun trigger and whose subject is its actor. */
  private static final Set<String> SUPPORT_VERBS = Set.of("launch", "make", "hold", "stage", "carry", "conduct",
      "sign", "begin", "start", "impose", "engage", "prepare", "plan", "continue", "complete", "undertake", "pay",
      "leave", "reach", "conclude", "approve", "ratify", "finalize", "finalise", "negotiate", "announce", "resume",
      "open", "mount", "unleash", "order", "declare", "initiate", "join", "attend", "lead", "take", "go", "call",
      "end", "seek", "accept", "propose", "host", "issue", "deliver", "receive", "set", "embark", "wage", "step",
      "intensify", "escalate", "expand", "pursue", "organize", "organise", "schedule", "agree", "enter", "renew",
      "remain", "put", "place", "raise", "extend");
  /** Support verbs that also carry a noun trigger through a preposition: "engaged in combat", "left for a tour". */
  private static final Set<String> OBLIQUE_SUPPORT_VERBS = Set.of("engage", "prepare", "plan", "leave", "embark",
      "go", "call", "set", "agree", "enter", "step", "remain", "put", "place");
  /** Nouns that count what they govern: "scores of refugees", "dozens of villagers". */
  private static final Set<String> QUANTITY_NOUNS = Set.of("score", "scores", "dozen", "dozens", "hundred",
      "hundreds", "thousand", "thousands", "number", "lot", "some", "many", "most", "all", "handful", "group");
  /**
   * Types that take a stance on what others do: backing, condemning, rejecting or protesting an event names its
   * doers as the recipients ("backed the US attack", "condemned Russia's invasion").
   */
  private static final Set<String> STANCE_TYPES = Set.of("SUPPORT", "ACCUSE", "REJECT", "PROTEST");
  /** Types that answer what another side asked or offered: rejecting, yielding to or accepting it. */
  private static final Set<String> ANSWER_TYPES = Set.of("REJECT", "CONCEDE", "AGREE");
  /** Nouns for what one side asks or offers another. */
  private static final Set<String> REQUEST_NOUNS = Set.of("call", "appeal", "demand", "request", "plea",
      "invitation", "proposal", "offer", "ultimatum", "plan", "initiative", "overture", "suggestion", "petition",
      "bid");
  /** Types whose content clause names the recipient: "demanded that the US cancel", "agreed to give Romania". */
  private static final Set<String> COMPLEMENT_TYPES = Set.of("REQUEST", "AGREE", "REJECT", "THREATEN", "ACCUSE");
  /** Heads that count or collect what their "of" phrase names: "tens of thousands of students". */
  static final Set<String> QUANTITY_HEADS = Set.of("tens", "hundreds", "thousands", "dozens", "scores",
      "millions", "number", "group", "handful", "crowd", "crowds", "band", "gang", "contingent", "batch", "unit");
  /** Types where a bare number as object counts people: "killed 12", "arresting 12". */
  static final Set<String> COUNTS_PEOPLE = Set.of("ASSAULT", "COERCE", "SANCTION", "RETREAT");

  /** Verbs whose subject is the event itself: "the trip will start in Amman", "negotiations began in 2023". */
  private static final Set<String> OCCUR_VERBS = Set.of("begin", "start", "continue", "end", "conclude", "resume",
      "occur", "erupt", "break", "happen", "take", "last", "intensify", "escalate", "follow", "hit", "kill",
      "injure", "wound", "target", "destroy", "damage", "strike");
  private static final Set<String> RECIPIENT_CASES = Set.of("to", "with", "against", "on", "toward", "towards",
      "upon", "at");
  /**
   * Types whose object is the mover, not the recipient: troops deployed, forces withdrawn, a visit made. Not a
   * protest: what people protest ("protested the decision") is its target, its recipient.
   */
  private static final Set<String> SELF_MOTION = Set.of("MOBILIZE", "RETREAT");
  /**
   * Event nouns whose possessor is the one it is done to when that is a person: "his arrest", "Khashoggi's murder",
   * "the journalist's release"; a country or body possessor still acts ("Russia's invasion").
   */
  private static final Set<String> PATIENT_NOUNS = Set.of("arrest", "detention", "murder", "killing",
      "assassination", "abduction", "kidnapping", "release", "expulsion", "deportation", "execution", "torture",
      "rape", "capture", "imprisonment", "conviction", "sentencing", "extradition", "beating", "shooting");
  private static final Set<String> FORCE_NOUNS = Set.of("troop", "troops", "soldier", "force", "army", "unit",
      "personnel", "contingent", "battalion", "brigade", "division", "warship", "fighter", "militia", "police",
      "reinforcement", "peacekeeper", "tank", "delegation");

  private final EventLexicon lexicon;

  Roles(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Fills the draft's actors, recipients, place and (for an assault) mode from its sentence. */
  void fill(Sentence s, Draft d, Participants people) {
    Token t = d.trigger;
    if (d.noun()) {
      fillNoun(s, d, people);
    } else if (d.entry.lemma().equals("be")) {
      for (Token x : Deps.children(s, t, "nsubj")) {
        d.actors.addAll(people.arguments(s, x));
      }
      Places.placeAt(s, t, people).ifPresent(p -> d.location = p);
    } else {
      fillVerb(s, d, t, people);
    }
    if (d.location == null) {
      Places.place(s, t, people).ifPresent(p -> d.location = p);
    }
    if (d.location == null && d.clause != t) {
      Places.place(s, d.clause, people).ifPresent(p -> d.location = p);
    }
    if (d.location == null) {
      Places.whereClause(s, d.clause, people).ifPresent(p -> d.location = p);
    }
    if (d.location == null && !d.noun()) {
      Places.deepPlace(s, t, people).ifPresent(p -> d.location = p);
    }
    boolean visit = "visit".equals(d.mode) || d.type().equals("MOBILIZE");
    if (d.type().equals("MOBILIZE")) {
      d.recipients.removeIf(r -> r.entityId() == null); // "deployed to the front line": a place, not a party
    }
    if (visit && d.recipients.isEmpty() && d.location != null) {
      Places.countryOf(d.location, people).ifPresent(d.recipients::add);
    }
    if (d.type().equals("ASSAULT")) {
      String m = Instruments.mode(s, t, d.clause);
      if (m != null && (d.mode == null || d.mode.equals("firearms") || d.mode.equals("explosives"))) {
        d.mode = m;
      }
    }
    d.dropSelf();
  }

  private void fillVerb(Sentence s, Draft d, Token t, Participants people) {
    boolean reduced = Deps.reducedRelative(s, t);
    boolean passive = Deps.passive(s, t) || reduced;
    List<Token> themes = new ArrayList<>();
    List<Argument> custodians = new ArrayList<>();
    for (Token x : s.dependentsOf(t)) {
      String r = x.deprel();
      Token hands = handsOf(s, x);
      if (hands != null) {
        for (Token c : Deps.withConjuncts(s, hands)) {
          d.actors.addAll(people.arguments(s, c)); // "were killed at the hands of militants": the militants act
        }
      } else if (r.equals("nsubj") && !passive || r.equals("obl:agent")
          || r.startsWith("obl") && passive && Deps.caseOf(s, x).equals("by")) {
        for (Token c : Deps.withConjuncts(s, x)) {
          if (nominal(c)) {
            d.actors.addAll(people.arguments(s, c));
          }
        }
      } else if (r.equals("nsubj") && reduced) {
        themes.add(nearestPerson(s, t, x, people)); // "the family of a farmer shot by police": the farmer
      } else if (r.equals("nsubj:pass") || r.equals("nsubj") && passive || r.equals("obj") || r.equals("iobj")) {
        Deps.withConjuncts(s, x).stream().filter(Roles::nominal).forEach(themes::add);
      } else if (PhraseRoles.releasedFrom(s, d, t, x, passive)) {
        custodians.addAll(PhraseRoles.states(s, x, people)); // "freed from US custody": the US releases
      } else if ((r.startsWith("obl") || r.equals("nmod")) && RECIPIENT_CASES.contains(Deps.caseOf(s, x))
          && !isPlace(s, x, people) && !PhraseRoles.topic(d, s, x)
          || r.startsWith("obl") && Deps.caseOf(s, x).equals("from") && d.type().equals("RETREAT")) {
        for (Token c : Deps.withConjuncts(s, x)) {
          if (nominal(c) && PeopleWords.namesPeople(s, c, people)) {
            d.recipients.addAll(people.arguments(s, c));
          }
        }
      }
    }
    if (d.actors.isEmpty()) {
      d.actors.addAll(custodians);
    }
    boolean hasSubject = s.dependentsOf(t).stream().anyMatch(x -> x.deprel().startsWith("nsubj"));
    Token stolen = hasSubject ? null : misattachedSubject(s, t);
    if (stolen != null) {
      if (passive) {
        themes.add(stolen);
      } else {
        d.actors.addAll(people.arguments(s, stolen));
      }
    }
    if (d.actors.isEmpty() && stolen == null) {
      Token controller = controller(s, t, passive);
      if (controller != null) {
        if (t.deprel().equals("acl") && passive) {
          themes.add(controller); // "prisoners captured by his army": the noun is what the participle acts on
        } else {
          d.actors.addAll(people.arguments(s, controller));
        }
      }
    }
    for (int i = 0; i < themes.size(); i++) {
      Token q = themes.get(i);
      if (QUANTITY_NOUNS.contains(Deps.lemma(q))) {
        for (Token of : Deps.children(s, q, "nmod")) {
          if (Deps.caseOf(s, of).equals("of")) {
            themes.set(i, of); // "tortured scores of Liberian refugees": the refugees
          }
        }
      }
    }
    for (Token th : themes) {
      boolean humans = PeopleWords.NOUNS.contains(Deps.lemma(th)); // "protesters were killed": people, not a protest
      if (lexicon.match(s, th).isPresent() && th.pos().startsWith("NN") && !humans
          || d.entry.needs().contains(Deps.lemma(th))) {
        if (STANCE_TYPES.contains(d.type()) && th.pos().startsWith("NN")) {
          doersOf(s, th, people).forEach(d.recipients::add); // "backed the United States' attack": the US
        }
        if (d.entry.needs().contains(Deps.lemma(th)) && !passive) {
          PhraseRoles.objectRecipients(s, d, th, people); // "shared information with the PA"
        }
        continue; // "signed an agreement", "deepened ties": the object is the event itself
      }
      // what is released, freed or handed over is done to, not moving of its own ("help in freeing hostages")
      boolean mover = SELF_MOTION.contains(d.type()) && !"release".equals(d.mode) || "visit".equals(d.mode)
          || FORCE_NOUNS.contains(Deps.lemma(th)) && d.type().equals("AID")
          || passive && d.type().equals("AGREE") && Deps.lemma(t).equals("commit"); // "Vietnam is committed to"
      if (mover) {
        if (d.actors.isEmpty()) {
          d.actors.addAll(people.arguments(s, th)); // "North Korean troops deployed": the troops' country moves
        }
      } else if (PeopleWords.namesPeople(s, th, people)
          && !(d.type().equals("AGREE") && Deps.word(th).matches("it|this|that"))
          || th.pos().equals("CD") && COUNTS_PEOPLE.contains(d.type())) {
        d.recipients.addAll(people.arguments(s, th));
      } else if (th.pos().startsWith("NN") && !passive) {
        PhraseRoles.objectRecipients(s, d, th, people);
      }
    }
    if (d.recipients.isEmpty() && ANSWER_TYPES.contains(d.type())) {
      d.recipients.addAll(requestMakers(s, t, people));
      for (Token c : Deps.children(s, t, "xcomp")) {
        if (d.recipients.isEmpty()) {
          d.recipients.addAll(requestMakers(s, c, people)); // "refused to respond to a demand from the US"
        }
      }
    }
    if (d.recipients.isEmpty() && COMPLEMENT_TYPES.contains(d.type())) {
      complementRecipients(s, d, t, people);
    }
  }

  /**
   * Who made the call, demand, offer or plan a verb answers: its possessor, qualifying country or body, or "by" or
   * "from" phrase ("rejected calls by Belarus's rulers", "conceded to demands from UNITA", "accepted Japan's offer").
   * A rejection, a concession or an acceptance is directed at the side that asked (PLOVER: the recipient is whom
   * the event is directed at).
   */
  private static List<Argument> requestMakers(Sentence s, Token verb, Participants people) {
    List<Argument> out = new ArrayList<>();
    for (Token x : s.dependentsOf(verb)) {
      String r = x.deprel();
      boolean answered = r.equals("obj") || r.equals("nsubj:pass")
          || r.startsWith("obl") && Set.of("to", "with").contains(Deps.caseOf(s, x));
      if (!answered || !REQUEST_NOUNS.contains(Deps.lemma(x))) {
        continue;
      }
      for (Token y : s.dependentsOf(x)) {
        String yr = y.deprel();
        if (yr.equals("nmod:poss") || (yr.equals("amod") || yr.equals("compound")) && actorQualifier(s, y, people)
            || yr.startsWith("nmod") && Set.of("by", "from").contains(Deps.caseOf(s, y))) {
          for (Token c : Deps.withConjuncts(s, y)) {
            out.addAll(people.arguments(s, c));
          }
        }
      }
    }
    return out;
  }

  /**
   * Who does what an event noun names, as the noun says it: its possessor ("the United States' attack"), a qualifying
   * country or body ("the Israeli raid"), or its "by" phrase ("the attack by rebels").
   */
  private static List<Argument> doersOf(Sentence s, Token noun, Participants people) {
    List<Argument> out = new ArrayList<>();
    for (Token x : s.dependentsOf(noun)) {
      String r = x.deprel();
      if (r.equals("nmod:poss") && !x.pos().startsWith("PRP") || (r.equals("amod") || r.equals("compound"))
          && actorQualifier(s, x, people) || r.startsWith("nmod") && Deps.caseOf(s, x).equals("by")) {
        out.addAll(people.arguments(s, x));
      }
    }
    return out;
  }

  /** The party a demand, promise or threat is about, named in its complement clause. */
  private void complementRecipients(Sentence s, Draft d, Token t, Participants people) {
    for (Token c : s.dependentsOf(t)) {
      if (c.deprel().equals("ccomp")) {
        for (Token x : Deps.children(s, c, "nsubj")) {
          if (PeopleWords.namesPeople(s, x, people)) {
            d.recipients.addAll(people.arguments(s, x)); // "demanded that the US cancel…"
          }
        }
      } else if (c.deprel().equals("xcomp") && c.isVerb()) {
        Draft inner = new Draft(c, new LexiconEntry(Deps.lemma(c), false, "AID", null, '-', Set.of()));
        fillVerb(s, inner, c, people);
        inner.recipients.stream().filter(r -> r.entityId() != null).forEach(d.recipients::add);
      }
    }
  }

  /** The subject a verb without one shares: "appear not to have engaged", "is scheduled to arrive", conjuncts. */
  private static Token controller(Sentence s, Token t, boolean passive) {
    Token cur = t;
    for (int guard = 0; guard < 6 && cur.head() >= 0; guard++) {
      Token h = s.tokens().get(cur.head());
      String r = cur.deprel();
      if (r.equals("acl")) {
        // "issued a declaration demanding…": a statement made by the subject of the verb that issued it
        if (!PeopleWords.personWord(s, h) && h.head() >= 0 && h.deprel().equals("obj")) {
          for (Token x : s.dependentsOf(s.tokens().get(h.head()))) {
            if (x.deprel().equals("nsubj")) {
              return x;
            }
          }
        }
        return h;
      }
      if (!(r.equals("xcomp") || r.equals("conj") || r.equals("advcl"))) {
        return null;
      }
      if (r.equals("xcomp")) {
        List<Token> objs = Deps.children(s, h, "obj");
        if (!objs.isEmpty() && PeopleWords.personWord(s, objs.get(0))) {
          return objs.get(0); // "urged Iran to talk": the object does the talking ("opened fire to": not fire)
        }
      }
      for (Token x : s.dependentsOf(h)) {
        if (x.deprel().startsWith("nsubj") && !Deps.word(x).equals("it")) {
          return x;
        }
      }
      cur = h;
    }
    return null;
  }

  /**
   * "soldiers deployed to the front line had been withdrawn": the parser may give the subject to the bare
   * participle before the verb; a verb with auxiliaries but no subject takes it back.
   */
  private static Token misattachedSubject(Sentence s, Token t) {
    boolean finite = s.dependentsOf(t).stream().anyMatch(d -> d.deprel().startsWith("aux"));
    if (!finite) {
      return null;
    }
    for (Token x : s.tokens()) {
      if (x.index() >= t.index() || !x.deprel().startsWith("nsubj") || x.head() < 0 || x.head() == t.index()) {
        continue;
      }
      Token h = s.tokens().get(x.head());
      if (h.pos().equals("VBN") && h.index() < t.index() && h.index() > x.index()
          && s.dependentsOf(h).stream().noneMatch(d -> d.deprel().startsWith("aux") || d.deprel().equals("cop"))) {
        return x;
      }
    }
    return null;
  }

  private void fillNoun(Sentence s, Draft d, Participants people) {
    Token t = d.trigger;
    List<Token> deps = new ArrayList<>(s.dependentsOf(t));
    if (t.deprel().equals("compound") && t.head() >= 0) {
      deps.addAll(s.dependentsOf(s.tokens().get(t.head()))); // "mediation effort between Syria and …"
      deps.remove(t);
    }
    for (Token x : deps) {
      String r = x.deprel();
      String c = Deps.caseOf(s, x);
      Token hands = handsOf(s, x);
      if (hands != null) {
        for (Token y : Deps.withConjuncts(s, hands)) {
          d.actors.addAll(people.arguments(s, y)); // "his death at the hands of the police"
        }
      } else if (r.equals("nmod:poss")) {
        boolean patient = PATIENT_NOUNS.contains(Deps.lemma(t)) && PeopleWords.personLike(s, x, people);
        (patient ? d.recipients : d.actors).addAll(people.arguments(s, x));
      } else if ((r.equals("amod") || r.equals("compound")) && actorQualifier(s, x, people)) {
        for (Token y : Deps.withConjuncts(s, x)) {
          d.actors.addAll(people.arguments(s, y));
        }
      } else if (r.startsWith("nmod") && c.equals("by")) {
        d.actors.addAll(people.arguments(s, x));
      } else if (r.startsWith("nmod") && c.equals("between")) {
        for (Token y : Deps.withConjuncts(s, x)) {
          // the parties of talks act together; those of a mediation receive it
          ("third-party".equals(d.mode) ? d.recipients : d.actors).addAll(people.arguments(s, y));
        }
      } else if (r.startsWith("nmod") && c.equals("of") && d.entry.ofRole() != '-') {
        List<Argument> args = new ArrayList<>();
        for (Token y : Deps.withConjuncts(s, x)) {
          args.addAll(people.arguments(s, y));
        }
        (d.entry.ofRole() == 'A' ? d.actors : d.recipients).addAll(args);
      } else if (r.startsWith("nmod") && RECIPIENT_CASES.contains(c) && !isPlace(s, x, people)
          && !PhraseRoles.topic(d, s, x) || r.startsWith("nmod") && c.equals("to")) {
        for (Token y : Deps.withConjuncts(s, x)) {
          d.recipients.addAll(people.arguments(s, y));
        }
      } else if (r.equals("acl") && !Deps.children(s, x, "obj").isEmpty() && "visit".equals(d.mode)) {
        // "a tour covering Jordan, Oman and Ethiopia"
        for (Token y : Deps.withConjuncts(s, Deps.children(s, x, "obj").get(0))) {
          d.recipients.addAll(people.arguments(s, y));
        }
      }
    }
    Token at = t;
    for (int guard = 0; guard < 5 && (at.deprel().equals("conj") || at.deprel().equals("compound"))
        && at.head() >= 0; guard++) {
      at = s.tokens().get(at.head()); // "preparing for the rotation or additional deployment"
    }
    Token h = at.head() >= 0 ? s.tokens().get(at.head()) : null;
    if (h == null || !h.isVerb()) {
      return;
    }
    String hl = Deps.lemma(h);
    boolean support = SUPPORT_VERBS.contains(hl) && (at.deprel().equals("obj")
        || at.deprel().startsWith("obl") && OBLIQUE_SUPPORT_VERBS.contains(hl));
    boolean occur = OCCUR_VERBS.contains(hl) && at.deprel().startsWith("nsubj");
    if (!support && !occur) {
      return;
    }
    d.clause = h;
    boolean weakActors = d.actors.stream().allMatch(x -> x.entityId() == null);
    if (support && weakActors) {
      Draft carrier = new Draft(h, d.entry);
      fillVerb(s, carrier, h, people);
      if (carrier.actors.stream().anyMatch(x -> x.entityId() != null) || d.actors.isEmpty()) {
        d.actors.clear();
        d.actors.addAll(carrier.actors);
      }
      for (Argument r : carrier.recipients) {
        if (!r.span().overlaps(t.span())) {
          d.recipients.add(r);
        }
      }
    }
  }

  /**
   * What a misparsed reduced relative ({@link Deps#reducedRelative}) is said of: the participle follows the noun
   * it modifies, so of the subject's phrase the last noun before it that names people ("The family of a Kenyan
   * farmer allegedly shot by police": the farmer, whom the parser did not make the subject), else the subject.
   */
  private static Token nearestPerson(Sentence s, Token participle, Token subject, Participants people) {
    boolean[] phrase = Deps.subtree(s, subject);
    for (int i = participle.index() - 1; i > subject.index(); i--) {
      Token x = s.tokens().get(i);
      if (!phrase[i] || x.pos().startsWith("RB")) {
        continue;
      }
      if (x.pos().startsWith("NN") && x.deprel().startsWith("nmod") && Deps.caseOf(s, x).equals("of")
          && PeopleWords.personLike(s, x, people)) {
        return x;
      }
      break;
    }
    return subject;
  }

  /** The doer in "at the hands of X": X, when {@code x} is that "hands"; else null. */
  private static Token handsOf(Sentence s, Token x) {
    if (!Deps.lemma(x).equals("hand") || !Deps.word(x).equals("hands") || !Deps.caseOf(s, x).equals("at")) {
      return null;
    }
    for (Token of : s.dependentsOf(x)) {
      if (of.deprel().startsWith("nmod") && Deps.caseOf(s, of).equals("of")) {
        return of;
      }
    }
    return null;
  }

  /** A word that can fill a role: a noun, a pronoun, a number, a determiner, or a relative ("who", "which"). */
  static boolean nominal(Token t) {
    return t.pos().startsWith("NN") || t.pos().startsWith("PRP") || t.pos().equals("CD") || t.pos().equals("DT")
        || t.pos().equals("WP") || t.pos().equals("WDT");
  }

  /** A country, organisation or group word qualifying a noun trigger ("North Korean deployment", "UN talks"). */
  private static boolean actorQualifier(Sentence s, Token x, Participants people) {
    Mention m = people.mentionOver(x.span());
    if (m == null) {
      return false;
    }
    Entity e = people.entity(m.entityId());
    return e != null && e.type() != EntityType.PLACE && e.type() != EntityType.REGION;
  }

  static boolean isPlace(Sentence s, Token x, Participants people) {
    Mention m = people.mentionOver(x.span());
    Entity e = m == null ? null : people.entity(m.entityId());
    return e != null && (e.type() == EntityType.PLACE || e.type() == EntityType.REGION);
  }
}
