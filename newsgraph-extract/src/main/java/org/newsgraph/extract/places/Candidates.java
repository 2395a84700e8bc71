package org.newsgraph.extract.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The places a name can mean: the table's places of that name, of its usual variants ("St." for "Saint", "Ft." for
 * "Fort", "Greene Co." for "Greene County", "Oakport Township" for "Oakport"), or, failing those, of an alternate
 * name ("Kiev"). Most populous first, at most {@link #MAX} of them (divisions and countries always kept).
 */
final class Candidates {
  static final int MAX = 40;
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
  private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\s\"'\u201c\u201d\u2018\u2019(]+|[\\s\"'\u201c\u201d"
      + "\u2018\u2019),;:]+$");
  private static final Pattern SHORT_WORD = Pattern.compile("[A-Z][a-z]{1,4}");
  private static final Pattern SAINT = Pattern.compile("^(?:St|Ste)\\.? ", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORT = Pattern.compile("^Ft\\.? ", Pattern.CASE_INSENSITIVE);
  private static final Pattern MOUNT = Pattern.compile("^Mt\\.? ", Pattern.CASE_INSENSITIVE);
  /** Words after a name that make it a division or a town of that name ("Kursk region", "Oakport Township"). */
  private static final List<String> SUFFIXES = List.of(" township", " twp.", " city", " village", " town",
      " region", " oblast", " province", " governorate", " district", " borough", " area", " county");

  /**
   * A people's name and the place names it may come from, tried in this order: "Ontarians" → "Ontario", "Gazans" →
   * "Gaza", "Californian" → "California", "Texans" → "Texas", "New Yorkers" → "New York", "Brooklynites" → "Brooklyn".
   */
  private static final List<String[]> DEMONYM_ENDINGS = List.of(new String[] {"ians", "ia", "io", "y"},
      new String[] {"ian", "ia", "io", "y"}, new String[] {"ans", "a", "as", "o"}, new String[] {"an", "a", "as", "o"},
      new String[] {"ers", ""}, new String[] {"er", ""}, new String[] {"ites", "", "e"}, new String[] {"ite", "", "e"});
  /** A demonym is read as a town's only when the town has this many people: a people is named after a known place. */
  private static final long DEMONYM_TOWN = 15_000;

  /** A candidate and whether only an alternate name matched it. */
  record Candidate(Place place, boolean alternate) {}

  private Candidates() {}

  static List<Candidate> of(PlaceGazetteer table, String surface) {
    List<String> variants = variants(surface);
    if (WorldRegions.isRegion(variants.get(0))) { // a continent or region, never a town that shares its name
      return WorldRegions.continent(variants.get(0)).map(p -> List.of(new Candidate(p, false))).orElse(List.of());
    }
    Map<String, Candidate> out = new LinkedHashMap<>();
    for (String v : variants) {
      for (Place p : table.named(v)) {
        out.putIfAbsent(p.id(), new Candidate(p, false));
      }
    }
    // A name with a word like "City" or "Township" cut off is asked only when the whole name has no place: "Kansas
    // City" and "New York City" are towns, not the states Kansas and New York.
    if (out.isEmpty()) {
      for (String v : shortened(variants)) {
        for (Place p : table.named(v)) {
          out.putIfAbsent(p.id(), new Candidate(p, false));
        }
      }
    }
    // Alternate names of countries and divisions always count ("US", "Russian", "Ky."); of towns, only when
    // nothing has the name itself ("Kiev").
    boolean named = !out.isEmpty();
    for (String v : named ? variants : withShortened(variants)) {
      for (Place p : table.alternatelyNamed(v)) {
        if (!named || !p.isTown()) {
          out.putIfAbsent(p.id(), new Candidate(p, true));
        }
      }
    }
    if (out.isEmpty()) {
      for (String stem : demonymStems(variants.get(0))) {
        for (Place p : table.named(stem)) {
          if (!p.isTown() || p.population() >= DEMONYM_TOWN) {
            out.putIfAbsent(p.id(), new Candidate(p, true));
          }
        }
      }
    }
    List<Candidate> all = new ArrayList<>(out.values());
    all.sort((a, b) -> Long.compare(b.place().population(), a.place().population()));
    List<Candidate> kept = new ArrayList<>();
    int towns = 0;
    for (Candidate c : all) {
      if (!c.place().isTown() || towns++ < MAX) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** The name cleaned of quotes, "the" and a possessive, then its usual variants, the name itself first. */
  static List<String> variants(String surface) {
    String s = EDGE_PUNCT.matcher(surface.replaceAll("[\\s\\u00a0]+", " ")).replaceAll("");
    s = POSSESSIVE.matcher(s).replaceAll("");
    if (s.toLowerCase(Locale.ROOT).startsWith("the ")) {
      s = s.substring(4);
    }
    Set<String> out = new LinkedHashSet<>();
    out.add(s);
    if (s.endsWith(".")) {
      out.add(s.substring(0, s.length() - 1)); // "Louisiana." at a sentence end; "Ky." stays as well
    } else if (SHORT_WORD.matcher(s).matches()) {
      out.add(s + "."); // "Calif" for "Calif."
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.endsWith(" co.") || lower.endsWith(" co")) {
      out.add(s.substring(0, s.lastIndexOf(' ')) + " County");
    }
    for (String v : List.copyOf(out)) {
      out.add(saints(v));
    }
    out.removeIf(String::isBlank);
    return List.copyOf(out);
  }

  /** "St. Paul", "ST. PAUL" → "Saint Paul"; "Ft." → "Fort"; "Mt." → "Mount". */
  private static String saints(String v) {
    return SAINT.matcher(FORT.matcher(MOUNT.matcher(v).replaceAll("Mount ")).replaceAll("Fort ")).replaceAll("Saint ");
  }

  /**
   * The place names a capitalised people's name ("Ontarians", "Gazans") may come from; none for other words. Asked
   * only when no place has the name itself.
   */
  static List<String> demonymStems(String name) {
    Set<String> out = new LinkedHashSet<>();
    if (name.length() < 5 || !Character.isUpperCase(name.charAt(0))) {
      return List.of();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String[] e : DEMONYM_ENDINGS) {
      if (lower.endsWith(e[0]) && name.length() - e[0].length() >= 3) {
        String stem = name.substring(0, name.length() - e[0].length());
        for (int i = 1; i < e.length; i++) {
          out.add(stem + e[i]);
        }
        break;
      }
    }
    return List.copyOf(out);
  }

  /** The variants with a word like "City", "Township" or "region" cut off ("Oakport Township" → "Oakport"). */
  static List<String> shortened(List<String> variants) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : variants) {
      String lower = s.toLowerCase(Locale.ROOT);
      for (String suffix : SUFFIXES) {
        if (lower.endsWith(suffix) && s.length() > suffix.length() + 1) {
          String cut = s.substring(0, s.length() - suffix.length());
          out.add(cut);
          out.add(saints(cut));
        }
      }
    }
    out.removeAll(variants);
    return List.copyOf(out);
  }

  private static List<String> withShortened(List<String> variants) {
    List<String> all = new ArrayList<>(variants);
    all.addAll(shortened(variants));
    return all;
  }
}
