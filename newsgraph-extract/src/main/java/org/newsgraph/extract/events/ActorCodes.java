package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.Mention;
import org.newsgraph.extract.places.Place;
import org.newsgraph.extract.places.PlaceGazetteer;

/**
 * PLOVER-style attributes of a participant: its country code (ISO 3166 alpha-3, or IGO for an international
 * organisation) and its sector (GOV, MIL, REB, COP…), read from the linked entity and the words of its phrase
 * ("Russian President Vladimir Putin" → RUS, GOV; "North Korean troops" → PRK, MIL). Pure functions, used by the
 * exporters and the evaluation.
 */
public final class ActorCodes {
  private static final String[][] SECTORS = {
      {"MIL", "army", "military", "troops", "troop", "soldier", "soldiers", "forces", "force", "navy", "air force",
          "commander", "general", "defense", "defence", "marines", "joint chiefs", "battalion", "brigade"},
      {"COP", "police", "policeman", "policemen", "border guard", "security forces", "gendarmes"},
      {"SPY", "intelligence", "spy", "spies"},
      {"REB", "rebel", "rebels", "insurgent", "insurgents", "guerrilla", "guerrillas", "militants", "militant",
          "jihadist", "jihadists"},
      {"LEG", "parliament", "lawmaker", "lawmakers", "senator", "congress", "assembly", "council", "legislat"},
      {"JUD", "court", "judge", "judges", "prosecutor", "tribunal"},
      {"GOV", "president", "prime minister", "minister", "ministry", "government", "king", "sultan", "emir",
          "chancellor", "foreign", "official", "officials", "leader", "cabinet", "spokesman", "spokeswoman",
          "secretary", "ambassador", "envoy", "administration", "kremlin", "white house", "state department"},
      {"PTY", "party"},
      {"JRN", "journalist", "newspaper", "agency", "radio", "television", "reporter"},
      {"BUS", "company", "firm", "business", "businesses", "industry", "industries", "bank"},
      {"REF", "refugee", "refugees", "displaced"},
      {"LAB", "workers", "union", "strikers"},
      {"EDU", "student", "students", "university", "school", "teachers"},
      {"CVL", "civilian", "civilians", "protester", "protesters", "demonstrators", "residents", "villagers",
          "people", "activists"}};

  private ActorCodes() {}

  /** The country codes of a participant: its entity's country, else the countries named inside its phrase. */
  public static List<String> countries(AnalyzedArticle a, Argument arg) {
    List<String> out = new ArrayList<>();
    Entity e = arg.entityId() == null ? null : a.entity(arg.entityId()).orElse(null);
    String country = e == null ? null : placeCountry(e);
    if (country != null) {
      out.add(country);
      return out;
    }
    if (e == null && arg.entityId() != null && arg.entityId().startsWith("country:")) {
      out.add(arg.entityId().substring("country:".length()));
      return out;
    }
    if (e != null && e.type() == EntityType.ORGANIZATION) {
      out.add("IGO"); // an organisation of no country: international (the gazetteer gives national ones a country)
      return out;
    }
    for (Mention m : a.mentions()) {
      if (arg.span().contains(m.span())) {
        Entity c = a.entity(m.entityId()).orElse(null);
        if (c != null && c.country() != null && c.type() != EntityType.PLACE && c.type() != EntityType.REGION
            && !out.contains(c.country())) {
          out.add(c.country());
        }
      }
    }
    return out;
  }

  /**
   * The country of an entity: its own, else, for a place the entity linker found by name only, the country of the
   * most populous GeoNames place of that name; null when unknown.
   */
  public static String placeCountry(Entity e) {
    if (e.country() != null) {
      return e.country();
    }
    if (e.type() != EntityType.PLACE && e.type() != EntityType.REGION) {
      return null;
    }
    return PlaceGazetteer.bundled().lookup(e.name()).map(Place::country).orElse(null);
  }

  /** The PLOVER sector code the words of the participant's phrase suggest, or null. */
  public static String sector(AnalyzedArticle a, Argument arg) {
    String words = " " + arg.span().of(a.text()).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ") + " ";
    for (String[] row : SECTORS) {
      for (int i = 1; i < row.length; i++) {
        if (words.contains(" " + row[i] + " ") || row[i].equals("legislat") && words.contains(" legislat")) {
          return row[0];
        }
      }
    }
    Entity e = arg.entityId() == null ? null : a.entity(arg.entityId()).orElse(null);
    if (e != null && e.type() == EntityType.COUNTRY) {
      return "GOV"; // a country acting is its government
    }
    return null;
  }
}
