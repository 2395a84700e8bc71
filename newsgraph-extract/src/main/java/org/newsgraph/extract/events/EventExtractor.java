package org.newsgraph.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Reads events sentence by sentence from the dependency parse. A trigger from the {@link EventLexicon} gives the
 * type; its grammatical relations give the participants: a verb's subject acts and its object or its "to / with /
 * against / on" phrase receives (a passive's "by" phrase acts); a noun's possessor, qualifying country ("North
 * Korean deployment") or "of" phrase acts, and when it has none, the subject of the verb that carries it ("launched
 * an offensive", "is preparing for deployment"). Places come from "in / into / at" phrases and "where" clauses.
 */
final class EventExtractor {
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
  /** Types whose content clause names the recipient: "demanded that the US cancel", "agreed to give Romania". */
  private static final Set<String> COMPLEMENT_TYPES = Set.of("REQUEST", "AGREE", "REJECT", "THREATEN", "ACCUSE");
  /** Nouns that take the event from a compound: "a mediation effort", "an arrest campaign". */
  private static final Set<String> GENERIC_HEADS = Set.of("effort", "mission", "operation", "campaign", "attempt",
      "bid", "initiative", "process", "drive", "programme", "program", "plan", "offensive");
  /** Objects that may be recipients without naming an entity: people, not things. */
  private static final Set<String> PEOPLE_NOUNS = Set.of("people", "person", "civilian", "soldier", "troops",
      "troop", "protester", "demonstrator", "police", "policeman", "officer", "official", "villager", "resident",
      "student", "worker", "journalist", "refugee", "migrant", "prisoner", "detainee", "militant", "rebel",
      "fighter", "insurgent", "man", "woman", "child", "men", "women", "children", "farmer", "member", "leader",
      "supporter", "activist", "opponent", "force", "army", "group", "government", "minister", "president",
      "diplomat", "citizen", "national", "hostage", "guard", "peacekeeper", "patient", "worshipper", "pilgrim",
      "tourist", "family", "boy", "girl", "teacher", "doctor", "staff", "employee", "crew", "passenger");

  /** Verbs whose subject is the event itself: "the trip will start in Amman", "negotiations began in 2023". */
  private static final Set<String> OCCUR_VERBS = Set.of("begin", "start", "continue", "end", "conclude", "resume",
      "occur", "erupt", "break", "happen", "take", "last", "intensify", "escalate", "follow", "hit", "kill",
      "injure", "wound", "target", "destroy", "damage", "strike");
  private static final Set<String> RECIPIENT_CASES = Set.of("to", "with", "against", "on", "toward", "towards",
      "upon", "at");
  private static final Set<String> LOCATION_CASES = Set.of("in", "into", "at", "near", "inside", "across",
      "outside", "around", "within", "throughout", "on");
  /** Types whose object is the mover, not the recipient: troops deployed, forces withdrawn, a visit made. */
  private static final Set<String> SELF_MOTION = Set.of("MOBILIZE", "RETREAT", "PROTEST");
  private static final Set<String> FORCE_NOUNS = Set.of("troop", "troops", "soldier", "force", "army", "unit",
      "personnel", "contingent", "battalion", "brigade", "division", "warship", "fighter", "militia", "police",
      "reinforcement", "peacekeeper", "tank", "delegation");

  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "such");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her");
  private static final int ANAPHORA_SENTENCES = 4;

  private final EventLexicon lexicon;

  EventExtractor(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Event> extract(AnalyzedArticle a) {
    Participants people = new Participants(a);
    boolean claimsKnown = a.facets().contains(Facet.CLAIMS);
    LocalDate anchor = a.article().anchorDate();
    List<Event> out = new ArrayList<>();
    List<Event> recentAgreements = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      List<Draft> drafts = triggers(s, a);
      for (Draft d : drafts) {
        fill(s, d, people);
      }
      merge(s, drafts);
      for (Draft d : drafts) {
        if (d.merged) {
          continue;
        }
        agreementAnaphora(s, d, recentAgreements, a);
        nounAnaphora(s, d, out);
        if (d.actors.isEmpty() && d.recipients.isEmpty() && d.location == null) {
          continue;
        }
        Event e = build(a, s, d, people, claimsKnown, anchor);
        out.add(e);
        if (e.type().equals("AGREE") && !d.actors.isEmpty()) {
          recentAgreements.add(e);
        }
      }
      people.observe(s);
    }
    out.sort(Comparator.comparing(Event::trigger));
    List<Event> numbered = new ArrayList<>(out.size());
    int n = 0;
    for (Event e : out) {
      numbered.add(new Event("e" + (++n), e.type(), e.mode(), e.trigger(), e.actors(), e.recipients(),
          e.location(), e.time(), e.begin(), e.end(), e.timeFromArticleDate(), e.modality(), e.claimId(),
          e.confidence(), e.sentence()));
    }
    return numbered;
  }

  // ------------------------------------------------------------------------------------------------ triggers

  private List<Draft> triggers(Sentence s, AnalyzedArticle a) {
    List<Draft> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      boolean genericHead = t.deprel().equals("compound") && t.head() >= 0
          && GENERIC_HEADS.contains(Deps.lemma(s.tokens().get(t.head())));
      if (!genericHead && (t.deprel().equals("compound") || t.deprel().equals("amod") && t.pos().startsWith("NN"))) {
        continue; // "attack helicopter", "protest movement": a modifier names a kind of thing, not an event
      }
      if (a.times().stream().anyMatch(x -> x.span().overlaps(t.span()))) {
        continue; // "in March" is a month
      }
      lexicon.match(s, t).ifPresent(e -> out.add(new Draft(t, e)));
    }
    // "he will be in Muscat": a person at a place on a tour is a visit
    for (Token t : s.tokens()) {
      if (isPresenceAtPlace(s, t)) {
        out.add(new Draft(t, new LexiconEntry("be", false, "CONSULT", "visit", '-', Set.of())));
      }
    }
    return out;
  }

  private static boolean isPresenceAtPlace(Sentence s, Token t) {
    if (!t.pos().startsWith("NNP") || !Deps.caseOf(s, t).equals("in")) {
      return false;
    }
    boolean cop = false;
    boolean personSubject = false;
    boolean future = false;
    for (Token d : s.dependentsOf(t)) {
      cop |= d.deprel().equals("cop");
      personSubject |= d.deprel().equals("nsubj") && (d.pos().equals("PRP") && !Deps.word(d).equals("it")
          || d.ner().equals("PERSON"));
      future |= d.deprel().equals("aux") && (Deps.word(d).equals("will") || Deps.word(d).equals("'ll"));
    }
    return cop && personSubject && future;
  }

  // ------------------------------------------------------------------------------------------ participants

  private void fill(Sentence s, Draft d, Participants people) {
    Token t = d.trigger;
    if (d.noun()) {
      fillNoun(s, d, people);
    } else if (d.entry.lemma().equals("be")) {
      for (Token x : Deps.children(s, t, "nsubj")) {
        d.actors.addAll(people.arguments(s, x));
      }
      placeAt(s, t, people).ifPresent(p -> d.location = p);
    } else {
      fillVerb(s, d, t, people);
    }
    if (d.location == null) {
      place(s, t, people).ifPresent(p -> d.location = p);
    }
    if (d.location == null && d.clause != t) {
      place(s, d.clause, people).ifPresent(p -> d.location = p);
    }
    if (d.location == null) {
      whereClause(s, d.clause, people).ifPresent(p -> d.location = p);
    }
    if (d.location == null && !d.noun()) {
      deepPlace(s, t, people).ifPresent(p -> d.location = p);
    }
    boolean visit = "visit".equals(d.mode) || d.type().equals("MOBILIZE");
    if (d.type().equals("MOBILIZE")) {
      d.recipients.removeIf(r -> r.entityId() == null); // "deployed to the front line": a place, not a party
    }
    if (visit && d.recipients.isEmpty() && d.location != null) {
      countryOf(d.location, people).ifPresent(d.recipients::add);
    }
    if (d.type().equals("ASSAULT")) {
      String m = Instruments.mode(s, t, d.clause);
      if (m != null && (d.mode == null || d.mode.equals("firearms") || d.mode.equals("explosives"))) {
        d.mode = m;
      }
    }
    dropSelf(d);
  }

  private void fillVerb(Sentence s, Draft d, Token t, Participants people) {
    boolean passive = Deps.passive(s, t);
    List<Token> themes = new ArrayList<>();
    for (Token x : s.dependentsOf(t)) {
      String r = x.deprel();
      if (r.equals("nsubj") && !passive || r.equals("obl:agent")
          || r.startsWith("obl") && passive && Deps.caseOf(s, x).equals("by")) {
        for (Token c : Deps.withConjuncts(s, x)) {
          if (nominal(c)) {
            d.actors.addAll(people.arguments(s, c));
          }
        }
      } else if (r.equals("nsubj:pass") || r.equals("nsubj") && passive || r.equals("obj") || r.equals("iobj")) {
        Deps.withConjuncts(s, x).stream().filter(EventExtractor::nominal).forEach(themes::add);
      } else if ((r.startsWith("obl") || r.equals("nmod")) && RECIPIENT_CASES.contains(Deps.caseOf(s, x))
          && !isPlace(s, x, people) || r.startsWith("obl") && Deps.caseOf(s, x).equals("from")
          && d.type().equals("RETREAT")) {
        for (Token c : Deps.withConjuncts(s, x)) {
          if (nominal(c) && person(s, c, people)) {
            d.recipients.addAll(people.arguments(s, c));
          }
        }
      }
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
      if (lexicon.match(s, th).isPresent() && th.pos().startsWith("NN") || d.entry.needs().contains(Deps.lemma(th))) {
        continue; // "signed an agreement", "deepened ties": the object is the event itself
      }
      boolean mover = SELF_MOTION.contains(d.type()) || "visit".equals(d.mode)
          || FORCE_NOUNS.contains(Deps.lemma(th)) && d.type().equals("AID");
      if (mover) {
        if (d.actors.isEmpty()) {
          d.actors.addAll(people.arguments(s, th)); // "North Korean troops deployed": the troops' country moves
        }
      } else if (person(s, th, people) && !(d.type().equals("AGREE") && Deps.word(th).matches("it|this|that"))) {
        d.recipients.addAll(people.arguments(s, th));
      }
    }
    if (d.recipients.isEmpty() && COMPLEMENT_TYPES.contains(d.type())) {
      complementRecipients(s, d, t, people);
    }
  }

  /** The party a demand, promise or threat is about, named in its complement clause. */
  private void complementRecipients(Sentence s, Draft d, Token t, Participants people) {
    for (Token c : s.dependentsOf(t)) {
      if (c.deprel().equals("ccomp")) {
        for (Token x : Deps.children(s, c, "nsubj")) {
          if (person(s, x, people)) {
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
        return h;
      }
      if (!(r.equals("xcomp") || r.equals("conj") || r.equals("advcl"))) {
        return null;
      }
      if (r.equals("xcomp")) {
        List<Token> objs = Deps.children(s, h, "obj");
        if (!objs.isEmpty()) {
          return objs.get(0); // "urged Iran to talk": the object does the talking
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
      if (r.equals("nmod:poss")) {
        d.actors.addAll(people.arguments(s, x));
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
          || r.startsWith("nmod") && c.equals("to")) {
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

  private static boolean nominal(Token t) {
    return t.pos().startsWith("NN") || t.pos().startsWith("PRP") || t.pos().equals("CD") || t.pos().equals("DT");
  }

  /** True when an object can be a recipient: it names an entity, is a pronoun, or is a word for people. */
  private static boolean person(Sentence s, Token th, Participants people) {
    if (th.pos().startsWith("PRP") || PEOPLE_NOUNS.contains(Deps.lemma(th))) {
      return true;
    }
    Mention m = people.mentionOver(th.span());
    if (m != null) {
      return true;
    }
    for (Token d : s.dependentsOf(th)) {
      if ((d.deprel().equals("amod") || d.deprel().equals("nmod:poss") || d.deprel().equals("compound"))
          && people.mentionOver(d.span()) != null) {
        return true;
      }
    }
    return false;
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

  private static boolean isPlace(Sentence s, Token x, Participants people) {
    Mention m = people.mentionOver(x.span());
    Entity e = m == null ? null : people.entity(m.entityId());
    return e != null && (e.type() == EntityType.PLACE || e.type() == EntityType.REGION);
  }

  // ------------------------------------------------------------------------------------------------- places

  /** A place in an "in / into / at / to" phrase of {@code t}, looking one level into its modifiers. */
  private static java.util.Optional<Argument> place(Sentence s, Token t, Participants people) {
    for (Token x : s.dependentsOf(t)) {
      if (!(x.deprel().startsWith("obl") || x.deprel().startsWith("nmod") || x.deprel().equals("advmod"))) {
        continue;
      }
      String c = Deps.caseOf(s, x);
      if (!LOCATION_CASES.contains(c) && !c.equals("to")) {
        continue;
      }
      java.util.Optional<Argument> p = placeAt(s, x, people);
      if (p.isPresent()) {
        return p;
      }
      for (Token y : s.dependentsOf(x)) {
        if ((y.deprel().startsWith("nmod") && LOCATION_CASES.contains(Deps.caseOf(s, y))
            || y.deprel().startsWith("nmod") && Deps.caseOf(s, y).equals("of") || y.deprel().equals("compound"))) {
          java.util.Optional<Argument> q = placeAt(s, y, people);
          if (q.isPresent()) {
            return q;
          }
        }
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * "deployed troops to support forces fighting in the Kursk region": a place phrase further down the trigger's
   * own purpose and participle clauses, not in reported or coordinated ones.
   */
  private static java.util.Optional<Argument> deepPlace(Sentence s, Token t, Participants people) {
    List<Token> frontier = new ArrayList<>(List.of(t));
    for (int level = 0; level < 4 && !frontier.isEmpty(); level++) {
      List<Token> next = new ArrayList<>();
      for (Token f : frontier) {
        for (Token x : s.dependentsOf(f)) {
          String r = x.deprel();
          if (r.equals("ccomp") || r.equals("parataxis") || r.equals("conj") || r.startsWith("nsubj")
              || r.equals("acl:relcl") || r.equals("advcl") || r.equals("dep")) {
            continue;
          }
          if ((r.startsWith("obl") || r.startsWith("nmod")) && LOCATION_CASES.contains(Deps.caseOf(s, x))) {
            java.util.Optional<Argument> p = placeAt(s, x, people);
            if (p.isPresent()) {
              return p;
            }
          }
          next.add(x);
        }
      }
      frontier = next;
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<Argument> placeAt(Sentence s, Token x, Participants people) {
    Mention m = people.mentionOver(x.span());
    if (m == null) {
      for (Token c : s.dependentsOf(x)) {
        if (c.deprel().equals("compound")) {
          m = people.mentionOver(c.span()); // "the Kursk front": the place qualifies the noun
          if (m != null) {
            break;
          }
        }
      }
    }
    if (m == null) {
      return java.util.Optional.empty();
    }
    Entity e = people.entity(m.entityId());
    if (e == null || !(e.type() == EntityType.PLACE || e.type() == EntityType.REGION
        || e.type() == EntityType.COUNTRY)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Argument(m.span(), m.entityId()));
  }

  /** "…Kursk region, where Ukraine launched an offensive": the place the relative clause hangs on. */
  private static java.util.Optional<Argument> whereClause(Sentence s, Token clause, Participants people) {
    if (!clause.deprel().equals("acl:relcl") || clause.head() < 0) {
      return java.util.Optional.empty();
    }
    boolean where = s.dependentsOf(clause).stream().anyMatch(d -> Deps.word(d).equals("where"));
    return where ? placeAt(s, s.tokens().get(clause.head()), people) : java.util.Optional.empty();
  }

  private static java.util.Optional<Argument> countryOf(Argument place, Participants people) {
    Entity e = people.entity(place.entityId());
    String country = e == null ? null : ActorCodes.placeCountry(e);
    if (country == null) {
      return java.util.Optional.empty();
    }
    String countryId = "country:" + country;
    String id = people.entity(countryId) != null ? countryId : e.id();
    return java.util.Optional.of(new Argument(place.span(), id));
  }

  /** An actor is not its own recipient, and the same entity is listed once. */
  private static void dropSelf(Draft d) {
    dedupe(d.actors);
    dedupe(d.recipients);
    d.recipients.removeIf(r -> r.entityId() != null
        && d.actors.stream().anyMatch(a -> r.entityId().equals(a.entityId())) && d.actors.size() == 1);
  }

  private static void dedupe(List<Argument> args) {
    List<Argument> out = new ArrayList<>();
    for (Argument a : args) {
      boolean dup = out.stream().anyMatch(b -> a.entityId() != null ? a.entityId().equals(b.entityId())
          : b.entityId() == null && b.span().equals(a.span()));
      if (!dup) {
        out.add(a);
      }
    }
    args.clear();
    args.addAll(out);
  }

  // ---------------------------------------------------------------------------------------------- merging

  /**
   * A noun trigger carried by a verb trigger of the same type is one event ("arrive … for his first state visit",
   * "signed an agreement"): its participants, place and mode join the verb's.
   */
  private static void merge(Sentence s, List<Draft> drafts) {
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
        dropSelf(v);
        break;
      }
    }
  }

  /**
   * "If it is signed…": an agreement named by a pronoun is the last agreement mentioned, and its parties sign it.
   */
  private static void agreementAnaphora(Sentence s, Draft d, List<Event> recent, AnalyzedArticle a) {
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
    dropSelf(d);
  }

  /**
   * "Neither Pyongyang nor Moscow have confirmed the troop deployment", "Kyiv had denounced their deployment": a
   * definite or pronoun-possessed event noun with no linked participant of its own names an event already reported.
   * It takes the participants of the most recent event of its type with a linked actor a few sentences back, so
   * both are one topic (and the claim over the second is about the first).
   */
  private static void nounAnaphora(Sentence s, Draft d, List<Event> earlier) {
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
        dropSelf(d);
        return;
      }
    }
  }

  // ----------------------------------------------------------------------------------------------- building

  private Event build(AnalyzedArticle a, Sentence s, Draft d, Participants people, boolean claimsKnown,
      LocalDate anchor) {
    Event.Modality modality = Modality.of(s, d.trigger, d.clause, !claimsKnown);
    String claimId = null;
    if (claimsKnown) {
      Claim c = claimOver(a, d.trigger.span());
      if (c != null) {
        claimId = c.id();
        if (modality == Event.Modality.ASSERTED) {
          modality = c.stance() == Claim.Stance.DENIED ? Event.Modality.DENIED : Event.Modality.CLAIMED;
        }
      }
    }
    Token reporting = Modality.reported(s, d.clause);
    Timing.When when = Timing.of(s, a.times(), d.trigger, d.clause, reporting,
        modality == Event.Modality.PLANNED || modality == Event.Modality.HYPOTHETICAL, anchor);
    Span trigger = d.trigger.span();
    return new Event("?", d.type(), d.mode, trigger, d.actors, d.recipients, d.location, when.time(), when.begin(),
        when.end(), when.fromArticleDate(), modality, claimId, confidence(d), s.index());
  }

  private static Claim claimOver(AnalyzedArticle a, Span trigger) {
    for (Claim c : a.claims()) {
      for (Span content : c.content()) {
        if (content.contains(trigger)) {
          return c;
        }
      }
    }
    return null;
  }

  /** Rules are surer of verbs than of nouns, and of linked participants than of unknown ones. */
  private static double confidence(Draft d) {
    double c = d.noun() ? 0.45 : 0.55;
    if (d.actors.stream().anyMatch(x -> x.entityId() != null)) {
      c += 0.2;
    } else if (!d.actors.isEmpty()) {
      c += 0.05;
    }
    if (d.recipients.stream().anyMatch(x -> x.entityId() != null)) {
      c += 0.1;
    }
    if (d.location != null) {
      c += 0.05;
    }
    if (d.actorsResolvedByPronoun || d.entry.lemma().equals("be")) {
      c -= 0.15;
    }
    return Math.round(Math.max(0.1, Math.min(0.95, c)) * 100) / 100.0;
  }
}
