package org.newsgraph.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Event.Argument;

/**
 * Arguments before types: a type is coded only with the participants it needs, in the roles it needs. A participant
 * that names nobody is dropped first: a pronoun nothing resolved ("we", "who", "it"), or an unlinked phrase that
 * names no people, force or body ("the idea", "technical hitches", "the award"). Then every type needs an actor,
 * except the ones whose doer news often leaves unnamed (an attack, an arrest, a sentence, a protest, a release, a
 * deployment, an accusation or investigation "he was accused of…"), which need a recipient or a place instead; a
 * meeting needs someone to meet. An event kept without an actor has an empty actor list, which says so.
 */
final class ArgumentNeeds {
  /** Types that may stand without a named actor ("three soldiers were killed", "he was arrested"). */
  static final Set<String> ACTORLESS = Set.of("ASSAULT", "COERCE", "SANCTION", "PROTEST", "RETREAT", "MOBILIZE",
      "ACCUSE");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "her",
      "them", "us", "me", "who", "whom", "which", "that", "this", "these", "those", "one", "himself", "herself",
      "itself", "themselves", "ourselves", "someone", "somebody", "anyone", "everyone");

  private ArgumentNeeds() {}

  /** What the check found: null when the event has what it needs, else why not. */
  static String check(AnalyzedArticle a, Draft d) {
    prune(a, d.actors, false);
    prune(a, d.recipients, Roles.COUNTS_PEOPLE.contains(d.type()));
    if (d.actors.isEmpty() && !ACTORLESS.contains(d.type())) {
      return "no actor";
    }
    if (d.actors.isEmpty() && d.recipients.isEmpty() && d.location == null) {
      return "no participant";
    }
    // one who attends ("Israel will not attend") meets whoever else is at the meeting, as a visitor meets his hosts
    boolean attends = d.entry.lemma().equals("attend");
    if (d.type().equals("CONSULT") && d.recipients.isEmpty() && !"visit".equals(d.mode) && !attends
        && !plural(a, d.actors)) {
      return "nobody to meet";
    }
    return null;
  }

  /**
   * Drops the participants that name nobody. A bare count done to ("the attack, which killed five", "arrested 12")
   * stays: {@link Roles} takes it as people for the types whose object counts people.
   */
  private static void prune(AnalyzedArticle a, List<Argument> args, boolean countsPeople) {
    args.removeIf(x -> x.entityId() == null && !namesPeople(a, x) && !(countsPeople && count(a, x)));
  }

  /** True for words that are only a number, perhaps with "at least", "about", "some" ("five", "at least 20"). */
  static boolean count(AnalyzedArticle a, Argument x) {
    return x.span().of(a.text()).toLowerCase(Locale.ROOT).strip().matches(
        "((at least|at most|about|around|some|nearly|almost|more than|over|up to|another|the|all) )?"
        + "([0-9][0-9,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
        + "fifty|dozens|hundreds|thousands|scores)");
  }

  /** True for an unlinked phrase that names people, a force or a body ("gunmen", "police", "Kurdish officials"). */
  static boolean namesPeople(AnalyzedArticle a, Argument x) {
    String words = x.span().of(a.text()).toLowerCase(Locale.ROOT).strip();
    if (PRONOUNS.contains(words)) {
      return false;
    }
    if (ActorCodes.sector(a, x) != null) {
      return true;
    }
    for (String w : words.split("[^a-z]+")) {
      if (PeopleWords.NOUNS.contains(w) || w.endsWith("s") && PeopleWords.NOUNS.contains(w.substring(0,
          w.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Several parties: two arguments, or one plural phrase ("the leaders", "both sides"). */
  private static boolean plural(AnalyzedArticle a, List<Argument> actors) {
    if (actors.size() >= 2) {
      return true;
    }
    if (actors.isEmpty()) {
      return false;
    }
    String w = actors.get(0).span().of(a.text()).toLowerCase(Locale.ROOT);
    return w.endsWith("s") && actors.get(0).entityId() == null || w.contains(" and ");
  }

  /** Organisation kinds that are political actors. */
  private static final Set<String> POLITICAL_ORGS = Set.of("international", "government", "intelligence",
      "military", "legislature", "party", "armed-group");
  /** Words that name people by what they do in politics: "protesters", "demonstrators", "strikers". */
  private static final java.util.regex.Pattern PROTESTERS = java.util.regex.Pattern.compile(
      "(?i)\\b(protesters?|protestors?|demonstrators?|activists?|marchers|strikers|rioters|campaigners)\\b");
  private static final Set<String> POLITICAL_SECTORS = Set.of("GOV", "MIL", "COP", "SPY", "REB", "LEG", "JUD",
      "PTY", "UAF", "REF");

  /**
   * True when a participant is clearly a political actor: a country, a government body, a force, an
   * intergovernmental organisation, a party, an armed group, a person the article names with a political title, or
   * a phrase naming officials, troops, police, rebels, or people by their protest (protesters, demonstrators).
   */
  static boolean politicalArguments(AnalyzedArticle a, Draft d, Participants people) {
    List<Argument> who = new java.util.ArrayList<>(d.actors);
    who.addAll(d.recipients);
    return anyPolitical(a, who, people);
  }

  /**
   * True when the doers are clearly political actors (or, with no doer named, those done to): the arguments a
   * political event can be coded on even where the article is not news of politics.
   */
  static boolean clearlyPolitical(AnalyzedArticle a, Draft d, Participants people) {
    return anyPolitical(a, d.actors.isEmpty() ? d.recipients : d.actors, people);
  }

  /** True when one of {@code who} is a company or business people (sector BUS) and none is a political actor. */
  static boolean business(AnalyzedArticle a, List<Argument> who, Participants people) {
    return !anyPolitical(a, who, people) && who.stream().anyMatch(x -> "BUS".equals(ActorCodes.sector(a, x)));
  }

  /** True when one of {@code who} is clearly a political actor (see {@link #politicalArguments}). */
  static boolean anyPolitical(AnalyzedArticle a, List<Argument> who, Participants people) {
    for (Argument x : who) {
      org.newsgraph.core.Entity e = people.entity(x.entityId());
      String kind = ActorCodes.orgKind(e);
      if (e != null && e.type() == org.newsgraph.core.EntityType.COUNTRY
          || kind != null && POLITICAL_ORGS.contains(kind)
          || e != null && e.type() == org.newsgraph.core.EntityType.PERSON && people.politicallyTitled(e.id())) {
        return true;
      }
      if (x.entityId() == null && PROTESTERS.matcher(x.span().of(a.text())).find()) {
        return true; // people named by their protest are political actors whoever they are
      }
      String sector = ActorCodes.sector(a, x);
      if (sector != null && POLITICAL_SECTORS.contains(sector)
          && (e == null || e.type() != org.newsgraph.core.EntityType.ORGANIZATION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the event is reported by a political actor: the source of the claim over it, or (without claims) the
   * subject of the reporting verb above it ("Ukraine's military said … had been withdrawn").
   */
  static boolean politicalSource(AnalyzedArticle a, Sentence s, Draft d, Participants people,
      org.newsgraph.core.Claim claim) {
    List<Argument> source = new java.util.ArrayList<>();
    if (claim != null && claim.source() != null) {
      source.add(new Argument(claim.source(), claim.sourceEntityId()));
    } else if (claim == null) {
      org.newsgraph.core.Token verb = Modality.reported(s, d.clause);
      if (verb != null) {
        for (org.newsgraph.core.Token x : Deps.children(s, verb, "nsubj")) {
          source.addAll(people.arguments(s, x));
        }
      }
    }
    return anyPolitical(a, source, people);
  }
}
