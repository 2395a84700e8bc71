package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/** Where an event happens: a linked place, region or country in a phrase of its trigger or clause. */
final class Places {
  private static final Set<String> LOCATION_CASES = Set.of("in", "into", "at", "near", "inside", "across",
      "outside", "around", "within", "throughout", "on");

  private Places() {}

  /** A place in an "in / into / at / to" phrase of {@code t}, looking one level into its modifiers. */
  static Optional<Argument> place(Sentence s, Token t, Participants people) {
    for (Token x : s.dependentsOf(t)) {
      if (!(x.deprel().startsWith("obl") || x.deprel().startsWith("nmod") || x.deprel().equals("advmod"))) {
        continue;
      }
      String c = Deps.caseOf(s, x);
      if (!LOCATION_CASES.contains(c) && !c.equals("to")) {
        continue;
      }
      Optional<Argument> p = placeAt(s, x, people);
      if (p.isPresent()) {
        return p;
      }
      for (Token y : s.dependentsOf(x)) {
        if ((y.deprel().startsWith("nmod") && LOCATION_CASES.contains(Deps.caseOf(s, y))
            || y.deprel().startsWith("nmod") && Deps.caseOf(s, y).equals("of") || y.deprel().equals("compound"))) {
          Optional<Argument> q = placeAt(s, y, people);
          if (q.isPresent()) {
            return q;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "deployed troops to support forces fighting in the Kursk region": a place phrase further down the trigger's
   * own purpose and participle clauses, not in reported or coordinated ones.
   */
  static Optional<Argument> deepPlace(Sentence s, Token t, Participants people) {
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
            Optional<Argument> p = placeAt(s, x, people);
            if (p.isPresent()) {
              return p;
            }
          }
          next.add(x);
        }
      }
      frontier = next;
    }
    return Optional.empty();
  }

  static Optional<Argument> placeAt(Sentence s, Token x, Participants people) {
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
      return Optional.empty();
    }
    Entity e = people.entity(m.entityId());
    if (e == null || !(e.type() == EntityType.PLACE || e.type() == EntityType.REGION
        || e.type() == EntityType.COUNTRY)) {
      return Optional.empty();
    }
    return Optional.of(new Argument(m.span(), m.entityId()));
  }

  /** "…Kursk region, where Ukraine launched an offensive": the place the relative clause hangs on. */
  static Optional<Argument> whereClause(Sentence s, Token clause, Participants people) {
    if (!clause.deprel().equals("acl:relcl") || clause.head() < 0) {
      return Optional.empty();
    }
    boolean where = s.dependentsOf(clause).stream().anyMatch(d -> Deps.word(d).equals("where"));
    return where ? placeAt(s, s.tokens().get(clause.head()), people) : Optional.empty();
  }

  static Optional<Argument> countryOf(Argument place, Participants people) {
    Entity e = people.entity(place.entityId());
    String country = e == null ? null : ActorCodes.placeCountry(e);
    if (country == null) {
      return Optional.empty();
    }
    String countryId = "country:" + country;
    String id = people.entity(countryId) != null ? countryId : e.id();
    return Optional.of(new Argument(place.span(), id));
  }
}
