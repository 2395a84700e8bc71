package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.extract.gazetteer.GazetteerEntry;
import org.newsgraph.extract.places.Place;
import org.newsgraph.extract.places.PlaceGazetteer;

/**
 * PLOVER-style attributes of a participant: its country code (ISO 3166 alpha-3, or IGO for an intergovernmental
 * organisation) and its sector (GOV, MIL, REB, COP, BUS…), read from the linked entity and the words of its phrase
 * ("Russian President Vladimir Putin" → RUS, GOV; "North Korean troops" → PRK, MIL; "Bethlehem Steel Corp" → BUS,
 * no country). IGO is only for the organisations the gazetteer lists as international; a company, a party or an
 * organisation nobody knows is never IGO. Pure functions, used by the exporters and the evaluation.
 */
public final class ActorCodes {
  private static final String[][] SECTORS = {
      {"MIL", "army", "military", "troops", "troop", "soldier", "soldiers", "forces", "force", "navy", "air force",
          "commander", "defense", "defence", "marines", "joint chiefs", "battalion", "brigade"},
      {"COP", "police", "policeman", "policemen", "border guard", "security forces", "gendarmes"},
      {"SPY", "intelligence", "spy", "spies"},
      {"REB", "rebel", "rebels", "insurgent", "insurgents", "guerrilla", "guerrillas", "militants", "militant",
          "jihadist", "jihadists"},
      {"LEG", "parliament", "lawmaker", "lawmakers", "senator", "congress", "assembly", "council", "legislat",
          "mp", "mps", "peer", "lords", "commons", "deputy", "deputies", "congressman", "congresswoman"},
      {"JUD", "court", "judge", "judges", "prosecutor", "tribunal"},
      {"GOV", "president", "prime minister", "minister", "ministry", "government", "king", "sultan", "emir",
          "chancellor", "official", "officials", "leader", "cabinet", "spokesman", "spokeswoman",
          "secretary", "ambassador", "envoy", "administration", "kremlin", "white house", "state department"},
      {"PTY", "party", "parties", "tory", "tories", "labour", "conservatives", "lib dems", "liberal democrats",
          "democrats", "republicans", "opposition"},
      {"JRN", "journalist", "newspaper", "agency", "radio", "television", "reporter"},
      {"BUS", "company", "firm", "business", "businesses", "industry", "industries", "bank", "corp", "inc",
          "ltd", "plc", "co", "holdings", "chairman", "shareholders", "investors"},
      {"REF", "refugee", "refugees", "displaced"},
      {"LAB", "workers", "union", "strikers", "unions", "staff", "employees"},
      {"EDU", "student", "students", "university", "school", "teachers"},
      {"UAF", "gunmen", "gunman", "attackers", "attacker", "assailants", "assailant", "bombers", "bomber",
          "kidnappers", "terrorists", "terrorist", "raiders", "hijackers", "snipers", "militiamen", "mob"},
      {"CVL", "civilian", "civilians", "protester", "protesters", "demonstrators", "residents", "villagers",
          "people", "activists", "man", "men", "woman", "women", "child", "children", "boy", "boys", "girl",
          "girls", "youths", "teenager", "teenagers", "crowd", "crowds", "farmers", "family", "families",
          "citizens", "voters", "victims", "passengers", "pilgrims", "worshippers", "hostages", "prisoners",
          "detainees", "migrants", "tourists", "campaigners", "critics", "demonstrator", "resident"}};
  /** The sector of an organisation of each gazetteer kind. */
  private static final java.util.Map<String, String> KIND_SECTORS = java.util.Map.ofEntries(
      java.util.Map.entry("government", "GOV"), java.util.Map.entry("military", "MIL"),
      java.util.Map.entry("intelligence", "SPY"), java.util.Map.entry("legislature", "LEG"),
      java.util.Map.entry("party", "PTY"), java.util.Map.entry("agency", "JRN"),
      java.util.Map.entry("company", "BUS"), java.util.Map.entry("ngo", "NGO"),
      java.util.Map.entry("university", "EDU"), java.util.Map.entry("armed-group", "REB"));
  /** Words that end the names of companies ("Bethlehem Steel Corp", "Acme Holdings plc"). */
  private static final java.util.regex.Pattern COMPANY_NAME = java.util.regex.Pattern.compile(
      "(?i).*\\b(corp|corporation|inc|incorporated|co|company|ltd|limited|plc|llc|ag|sa|nv|gmbh|holdings?|"
      + "bancorp|bancshares|industries|airlines?|airways|motors|bank|securities|partners|enterprises|"
      + "technologies|systems|pharmaceuticals?|petroleum|oil|steel|electric|energy|resources|mining|"
      + "communications)\\.?$");

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
      if ("international".equals(orgKind(e))) {
        out.add("IGO"); // intergovernmental: the UN, NATO, the EU, the IMF…
      }
      return out; // a company or an organisation nobody knows: no country rather than a wrong one
    }
    Span where = e != null && e.type() == EntityType.PERSON ? withApposition(a, arg.span()) : arg.span();
    for (Mention m : a.mentions()) {
      if (where.contains(m.span())) {
        Entity c = a.entity(m.entityId()).orElse(null);
        String code = c == null ? null : "international".equals(orgKind(c)) ? "IGO" : c.country();
        // "Arab League Secretary General Chadli Klibi", "Kofi Annan, UN secretary-general": an IGO's officer
        if (code != null && c.type() != EntityType.PLACE && c.type() != EntityType.REGION && !out.contains(code)) {
          out.add(code);
        }
      }
    }
    return out;
  }

  /**
   * A person's phrase with the apposition that describes them ("Kofi Annan, UN secretary-general"): the office
   * names whom they act for. The phrase itself when its sentence has no apposition on it.
   */
  private static Span withApposition(AnalyzedArticle a, Span phrase) {
    for (Sentence s : a.sentences()) {
      if (!s.span().contains(phrase)) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (!phrase.contains(t.span()) || t.head() < 0 || phrase.contains(s.tokens().get(t.head()).span())) {
          continue; // t is the head of the phrase: the token in it whose head lies outside
        }
        for (Token d : s.dependentsOf(t)) {
          if (d.deprel().equals("appos")) {
            return new Span(phrase.begin(), Math.max(phrase.end(), subtreeEnd(s, d)));
          }
        }
      }
      return phrase;
    }
    return phrase;
  }

  private static int subtreeEnd(Sentence s, Token top) {
    int end = top.span().end();
    for (Token d : s.dependentsOf(top)) {
      if (!d.deprel().startsWith("acl") && !d.deprel().equals("punct")) {
        end = Math.max(end, subtreeEnd(s, d));
      }
    }
    return end;
  }

  /**
   * The country of an entity: its own, else, for a place the entity linker found by name only, the country of the
   * most populous GeoNames place of that name; null when unknown.
   */
  public static String placeCountry(Entity e) {
    if (e.country() != null) {
      return e.country();
    }
    if (e.type() == EntityType.ORGANIZATION) {
      return Gazetteer.bundled().byId(e.id()).map(GazetteerEntry::country).orElse(null);
    }
    if (e.type() != EntityType.PLACE && e.type() != EntityType.REGION) {
      return null;
    }
    return PlaceGazetteer.bundled().lookup(e.name()).map(Place::country).orElse(null);
  }

  /**
   * What kind of organisation an entity is: the gazetteer's kind ("international", "government", "company",
   * "party"…), else "company" for a name that ends like a company's ("Corp", "Inc", "plc"), else null.
   */
  public static String orgKind(Entity e) {
    if (e == null || e.type() != EntityType.ORGANIZATION) {
      return null;
    }
    java.util.Optional<GazetteerEntry> g = Gazetteer.bundled().byId(e.id());
    if (g.isPresent()) {
      return g.get().kind();
    }
    return e.name() != null && COMPANY_NAME.matcher(e.name().strip()).matches() ? "company" : null;
  }

  /** The PLOVER sector code the words of the participant's phrase suggest, or null. */
  public static String sector(AnalyzedArticle a, Argument arg) {
    String words = " " + arg.span().of(a.text()).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ") + " ";
    for (String[] row : SECTORS) {
      for (int i = 1; i < row.length; i++) {
        // the word or its plural: "minister" covers "ministers"
        if (words.contains(" " + row[i] + " ") || words.contains(" " + row[i] + "s ")
            || row[i].equals("legislat") && words.contains(" legislat")) {
          return row[0];
        }
      }
    }
    Entity e = arg.entityId() == null ? null : a.entity(arg.entityId()).orElse(null);
    if (e != null && e.type() == EntityType.COUNTRY) {
      return "GOV"; // a country acting is its government
    }
    String kind = orgKind(e);
    return kind == null ? null : KIND_SECTORS.getOrDefault(kind, null);
  }
}
