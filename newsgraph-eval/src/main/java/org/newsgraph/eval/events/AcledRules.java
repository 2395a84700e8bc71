package org.newsgraph.eval.events;

import java.util.Collections;
import java.util.Set;
import org.newsgraph.core.Event;

/**
 * ACLED's own definitions of the classes PLOVER cannot tell apart, applied when our events are mapped back to
 * CASE-2021's labels: a battle is armed against armed, an attack armed against civilians; a change of territory is
 * the government's or a non-state group's by who takes it; a weapons disruption needs weapons; a protest is peaceful
 * unless the authorities intervene (with or without lethal force), the protesters turn violent, or it is a mob.
 * Each rule reads the words of the record (lemmas) and the sectors of the event's actors; none knows a record.
 */
final class AcledRules {
  static final String ARMED_CLASH = "ARMED_CLASH";
  static final String ATTACK = "ATTACK";
  static final String ARREST = "ARREST";
  static final String GOV_REGAINS = "GOV_REGAINS_TERIT";
  static final String NON_STATE_TAKES = "NON_STATE_ACTOR_OVERTAKES_TER";
  static final String DISRUPTED_WEAPONS = "DISR_WEAP";
  static final String PEACEFUL_PROTEST = "PEACE_PROTEST";
  static final String PROTEST_WITH_INTERVENTION = "PROTEST_WITH_INTER";
  static final String FORCE_AGAINST_PROTEST = "FORCE_AGAINST_PROTEST";
  static final String VIOLENT_DEMONSTRATION = "VIOL_DEMONSTR";
  static final String MOB_VIOLENCE = "MOB_VIOL";

  private static final Set<String> CLASH = Set.of("clash", "fight", "fighting", "battle", "combat", "gunbattle",
      "firefight", "skirmish", "exchange", "ambush");
  private static final Set<String> ARMED = Set.of("soldier", "troops", "troop", "army", "military", "base",
      "checkpoint", "patrol", "militant", "fighter", "insurgent", "terrorist", "militiaman", "militia", "rebel",
      "position", "outpost", "convoy", "garrison", "jihadist", "gunman");
  private static final Set<String> CIVILIANS = Set.of("civilian", "villager", "resident", "worshipper", "student",
      "child", "woman", "farmer", "passenger", "pilgrim", "shopper", "journalist", "teacher", "family");
  private static final Set<String> TAKING = Set.of("capture", "recapture", "retake", "overrun", "seize", "take",
      "gain", "regain", "liberate", "assume", "establish", "restore", "recover", "occupy", "control", "storm");
  private static final Set<String> TERRITORY = Set.of("control", "town", "village", "city", "area", "territory",
      "district", "province", "region", "capital", "base", "airport", "field", "neighbourhood", "neighborhood",
      "hill", "port", "island", "border", "crossing", "valley", "countryside", "airbase", "stronghold");
  private static final Set<String> WEAPONS = Set.of("weapon", "arm", "arms", "ammunition", "ammo", "explosive",
      "cache", "stockpile", "arsenal", "grenade", "bomb", "device", "rocket", "mine", "landmine", "ied", "rifle",
      "gun", "missile", "shell", "mortar", "detonator", "package", "drone");
  private static final Set<String> PROTESTERS = Set.of("protest", "protester", "protestor", "demonstrator",
      "demonstration", "rally", "march", "marcher", "sit-in", "crowd");
  private static final Set<String> MOB = Set.of("mob", "lynch", "lynching", "vigilante");
  private static final Set<String> AUTHORITIES = Set.of("police", "policeman", "security", "soldier", "troops",
      "troop", "force", "army", "officer", "authority", "guard");
  private static final Set<String> LETHAL = Set.of("kill", "shoot", "dead", "die", "death", "bullet", "wound",
      "injure", "live");
  private static final Set<String> INTERVENTION = Set.of("disperse", "arrest", "detain", "tear", "teargas",
      "cannon", "baton", "rubber", "break", "beat", "charge", "remove", "evict");
  private static final Set<String> PROTESTER_VIOLENCE = Set.of("throw", "stone", "torch", "burn", "vandalize",
      "vandalise", "loot", "smash", "clash", "riot", "rioter", "attack", "damage");

  private static final Set<String> FIREARMS = Set.of("gunfire", "bullet", "shoot", "shooting", "gunshot");
  /** Labels a protest's circumstances may replace: the plain ones, never a specific weapon or harm. */
  private static final Set<String> PLAIN = Set.of(ATTACK, ARMED_CLASH, ARREST, FORCE_AGAINST_PROTEST,
      PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION, VIOLENT_DEMONSTRATION, MOB_VIOLENCE);

  private AcledRules() {}

  /**
   * The words of the record an event comes from.
   *
   * @param trigger        the lemma of the event's trigger, lower case
   * @param all            the lemmas of the record
   * @param outsideActors  the lemmas of the record outside the event's actor phrases (who was hit, not who hit)
   * @param actorSectors   PLOVER sectors of the event's actors (GOV, MIL, REB…)
   */
  record Words(String trigger, Set<String> all, Set<String> outsideActors, Set<String> actorSectors) {}

  /** Armed against armed: a battle word, or armed targets (the actor's own words aside) and no civilian ones. */
  static boolean twoSided(Words w) {
    return CLASH.contains(w.trigger()) || meets(w.all(), CLASH)
        || meets(w.outsideActors(), ARMED) && !meets(w.all(), CIVILIANS);
  }

  /**
   * The finer label for {@code label} (what the crosswalk gave), or {@code label} itself.
   *
   * @param covered the labels the crosswalk covers; a rule never leaves them
   */
  static String refine(String label, Event e, Words w, Set<String> covered) {
    String out = label;
    Set<String> lemmas = w.all();
    Set<String> actorSectors = w.actorSectors();
    boolean force = e.type().equals("ASSAULT") || e.type().equals("COERCE");
    if (force && TAKING.contains(w.trigger()) && meets(lemmas, TERRITORY) && !meets(lemmas, WEAPONS)) {
      if (actorSectors.contains("REB")) {
        out = NON_STATE_TAKES;
      } else if (!Collections.disjoint(actorSectors, Set.of("GOV", "MIL", "COP"))) {
        out = GOV_REGAINS;
      }
    } else if (label.equals(DISRUPTED_WEAPONS) && !meets(lemmas, WEAPONS)) {
      out = LabelScores.NONE; // a seizure of drugs or cash is not a weapons disruption
    } else if (e.type().equals("PROTEST") || PLAIN.contains(label) && meets(lemmas, PROTESTERS)) {
      out = protest(e, lemmas, label);
    } else if (label.equals(FORCE_AGAINST_PROTEST)) {
      out = twoSided(w) ? ARMED_CLASH : ATTACK; // shots fired with no protest in sight: plain violence
    }
    return out.equals(LabelScores.NONE) || covered.contains(out) ? out : label;
  }

  private static String protest(Event e, Set<String> lemmas, String label) {
    if (meets(lemmas, MOB)) {
      return MOB_VIOLENCE;
    }
    if (meets(lemmas, AUTHORITIES) && meets(lemmas, LETHAL) || meets(lemmas, FIREARMS)) {
      return FORCE_AGAINST_PROTEST;
    }
    if (meets(lemmas, AUTHORITIES) && meets(lemmas, INTERVENTION)) {
      return PROTEST_WITH_INTERVENTION;
    }
    if (meets(lemmas, PROTESTER_VIOLENCE)) {
      return VIOLENT_DEMONSTRATION;
    }
    return e.type().equals("PROTEST") ? PEACEFUL_PROTEST : label;
  }

  private static boolean meets(Set<String> lemmas, Set<String> words) {
    return !Collections.disjoint(lemmas, words);
  }
}
