package org.newsgraph.extract.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.places.Candidates.Candidate;

/**
 * The evidence for each candidate of each name of one article, as features in this order: population (log scale),
 * is a country, is a first-level division, is a second-level division, matched only by an alternate name, named by
 * a qualifier ("Paris, Texas"), lies in a state the article names, lies in a country the article names, lies in the
 * outlet's country, lies near the article's other places, lies in or near the dateline's place, (the nearness to
 * the places chosen for the other names, weighed while deciding), lies in or near a place the outlet's host names,
 * (the share of the other names' chosen places that lie in its state: weighed while deciding).
 */
final class Evidence {
  static final String[] NAMES = {"population", "country", "admin1", "admin2", "alternate", "qualifier", "state named",
      "country named", "outlet", "nearby", "dateline", "near chosen", "outlet home", "state chosen"};
  /** The weight of nearness to the other names' chosen places (computed while deciding, not stored). */
  static final int NEAR_CHOSEN = 11;
  /** The weight of lying in the state of the other names' chosen places (likewise). */
  static final int STATE_CHOSEN = 13;
  private static final Pattern QUALIFIER = Pattern.compile("^\\s*,\\s*((?:[A-Z][\\p{L}.'-]*\\.?)(?:\\s+[A-Z][\\p{L}"
      + ".'-]*){0,3})");
  /** The population prior of a town of 20,000 people: what "none of the candidates" scores. */
  private static final double NONE_PRIOR = Math.log10(1 + 20_000) / 7;
  /** Plausible towns of a name that the other names are measured against. */
  private static final int NEAR_TOWNS = 10;

  private Evidence() {}

  /** The mentions of one name and its candidates. */
  record Group(List<Toponym> toponyms, List<Candidate> candidates) {}

  /** A name's candidates with their features. */
  record Scored(Group group, double[][] features, String[] qualifiers) {
    /** The best candidate, or null when there is none; {@code chosen} the other names' places (null at first). */
    Place best(double[] w, Place[] chosen, int self) {
      if (group.candidates().isEmpty()) {
        return null;
      }
      double[] s = scores(w, chosen, self);
      int best = 0;
      for (int i = 1; i < s.length; i++) {
        best = s[i] > s[best] ? i : best;
      }
      return group.candidates().get(best).place();
    }

    private double[] scores(double[] w, Place[] chosen, int self) {
      List<Candidate> cs = group.candidates();
      double[] s = new double[cs.size()];
      for (int i = 0; i < s.length; i++) {
        for (int f = 0; f < features[i].length; f++) {
          s[i] += w[f] * features[i][f];
        }
        if (chosen != null) {
          Place p = cs.get(i).place();
          s[i] += w[NEAR_CHOSEN] * nearChosen(p, chosen, self) + w[STATE_CHOSEN] * stateChosen(p, chosen, self);
        }
      }
      return s;
    }

    List<Resolution> decide(double[] w, Place[] chosen, int self) {
      List<Resolution> out = new ArrayList<>();
      List<Candidate> cs = group.candidates();
      if (cs.isEmpty()) {
        for (Toponym t : group.toponyms()) {
          out.add(new Resolution(t, null, 0, "unknown"));
        }
        return out;
      }
      double[] s = scores(w, chosen, self);
      int best = 0;
      for (int i = 1; i < s.length; i++) {
        best = s[i] > s[best] ? i : best;
      }
      // The belief is shared with "none of these": a name that only a hamlet has ("Gulf", "Africa" matching
      // "África") is held loosely; the choice itself is not changed by it.
      double none = w[0] * NONE_PRIOR;
      double z = Math.exp(none - s[best]);
      for (double x : s) {
        z += Math.exp(x - s[best]);
      }
      double confidence = Math.min(0.95, 1 / z);
      String why = why(w, best, cs.size());
      for (Toponym t : group.toponyms()) {
        out.add(new Resolution(t, cs.get(best).place(), confidence, why));
      }
      return out;
    }

    private String why(double[] w, int best, int n) {
      if (group.toponyms().get(0).countryHint() != null && n == 1) {
        return "linked";
      }
      if (n == 1) {
        return "only";
      }
      int top = -1;
      double most = 0.3;
      for (int f = 5; f < features[best].length; f++) {
        double c = w[f] * features[best][f];
        if (c > most) {
          most = c;
          top = f;
        }
      }
      return top < 0 ? "population" : NAMES[top];
    }
  }

  static List<Scored> of(PlaceGazetteer table, String text, List<Group> groups, String dateline, String outlet,
      List<Place> home) {
    int n = groups.size();
    List<List<Place>> qualifiers = new ArrayList<>();
    Map<String, Double> statesNamed = new HashMap<>(); // "USA.TX" -> weight, per group index below
    Map<String, Double> countriesNamed = new HashMap<>();
    List<Map<String, Double>> ownStates = new ArrayList<>();
    List<Map<String, Double>> ownCountries = new ArrayList<>();
    for (Group g : groups) {
      List<Place> q = qualifiers(table, text, g.toponyms());
      qualifiers.add(q);
      Map<String, Double> st = new HashMap<>();
      Map<String, Double> co = new HashMap<>();
      long divisions = g.candidates().stream().filter(c -> c.place().isAdmin1() || c.place().isCountry()).count();
      for (Candidate c : g.candidates()) {
        Place p = c.place();
        if (p.isAdmin1()) {
          st.merge(p.country() + "." + p.admin1(), 1.0 / divisions, Double::sum);
        } else if (p.isCountry()) {
          co.merge(p.country(), 1.0 / divisions, Double::sum);
        }
      }
      for (Place p : q) {
        if (p.isAdmin1()) {
          st.merge(p.country() + "." + p.admin1(), 1.0, Double::sum);
        }
        co.merge(p.country(), 1.0, Double::sum);
      }
      st.forEach((k, v) -> statesNamed.merge(k, v, Double::sum));
      co.forEach((k, v) -> countriesNamed.merge(k, v, Double::sum));
      ownStates.add(st);
      ownCountries.add(co);
    }
    Place datelinePlace = datelinePlace(table, dateline);
    List<List<Place>> near = new ArrayList<>();
    for (Group g : groups) {
      List<Place> pts = new ArrayList<>();
      int towns = 0;
      for (Candidate c : g.candidates()) {
        if (c.place().isTown() ? towns++ < NEAR_TOWNS : !c.place().isCountry() && !c.place().isContinent()) {
          pts.add(c.place());
        }
      }
      near.add(pts);
    }
    List<Scored> out = new ArrayList<>();
    for (int gi = 0; gi < n; gi++) {
      Group g = groups.get(gi);
      double[][] f = new double[g.candidates().size()][];
      for (int ci = 0; ci < f.length; ci++) {
        Candidate c = g.candidates().get(ci);
        Place p = c.place();
        String state = p.country() + "." + p.admin1();
        double stateNamed = p.isCountry() || p.admin1().isEmpty() ? 0
            : statesNamed.getOrDefault(state, 0.0) - ownStates.get(gi).getOrDefault(state, 0.0);
        double countryNamed = p.isCountry() ? 0
            : countriesNamed.getOrDefault(p.country(), 0.0) - ownCountries.get(gi).getOrDefault(p.country(), 0.0);
        f[ci] = new double[] {
          Math.log10(1 + p.population()) / 7,
          p.isCountry() ? 1 : 0,
          p.isAdmin1() ? 1 : 0,
          p.isAdmin2() ? 1 : 0,
          c.alternate() ? 1 : 0,
          qualified(p, qualifiers.get(gi)) ? 1 : 0,
          Math.min(1, stateNamed),
          Math.min(1, countryNamed),
          outlet != null && outlet.equals(p.country()) ? 1 : 0,
          p.isCountry() || p.isContinent() ? 0 : nearby(p, gi, near),
          datelinePlace == null ? 0 : datelineScore(p, datelinePlace),
          0, // NEAR_CHOSEN: computed while deciding
          homeScore(p, home),
          0 // STATE_CHOSEN: computed while deciding
        };
      }
      String[] qs = qualifiers.get(gi).stream().map(Place::id).toArray(String[]::new);
      out.add(new Scored(g, f, qs));
    }
    return out;
  }

  /** The states and countries named right after a mention ("Louisville, Ky.", "Alexandria, Egypt"). */
  private static List<Place> qualifiers(PlaceGazetteer table, String text, List<Toponym> mentions) {
    List<Place> out = new ArrayList<>();
    for (Toponym t : mentions) {
      int end = t.span().end();
      Matcher m = QUALIFIER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
      if (!m.find()) {
        continue;
      }
      String[] words = m.group(1).split("\\s+");
      for (int k = words.length; k >= 1; k--) {
        String name = String.join(" ", java.util.Arrays.copyOf(words, k));
        List<Place> hits = new ArrayList<>(divisions(table.named(name)));
        if (hits.isEmpty()) {
          hits.addAll(divisions(table.alternatelyNamed(name)));
        }
        if (hits.isEmpty() && name.endsWith(".")) {
          hits.addAll(divisions(table.named(name.substring(0, name.length() - 1))));
        }
        if (!hits.isEmpty()) {
          out.addAll(hits);
          break;
        }
      }
    }
    return out;
  }

  private static List<Place> divisions(List<Place> places) {
    return places.stream().filter(p -> p.isAdmin1() || p.isCountry()).toList();
  }

  private static boolean qualified(Place p, List<Place> qualifiers) {
    for (Place q : qualifiers) {
      if (q.isCountry() ? p.country().equals(q.country()) && !p.isCountry() : p.inAdmin1(q.country(), q.admin1())
          && !p.isAdmin1()) {
        return true;
      }
    }
    return false;
  }

  /** How near {@code p} lies to the other names' plausible places, weighted by how specific each name is. */
  private static double nearby(Place p, int self, List<List<Place>> near) {
    double sum = 0;
    double weights = 0;
    for (int u = 0; u < near.size(); u++) {
      List<Place> pts = near.get(u);
      if (u == self || pts.isEmpty()) {
        continue;
      }
      double best = 0;
      for (Place q : pts) {
        best = Math.max(best, closeness(Geo.km(p.lat(), p.lon(), q.lat(), q.lon())));
      }
      double w = 1 / Math.sqrt(pts.size());
      sum += w * best;
      weights += w;
    }
    return weights == 0 ? 0 : sum / weights;
  }

  /**
   * Mean closeness of {@code p} to the places chosen for the other names (countries and continents left out: too
   * coarse).
   */
  static double nearChosen(Place p, Place[] chosen, int self) {
    if (p.isCountry() || p.isContinent()) {
      return 0;
    }
    double sum = 0;
    int n = 0;
    for (int u = 0; u < chosen.length; u++) {
      if (u != self && chosen[u] != null && !chosen[u].isCountry() && !chosen[u].isContinent()) {
        sum += closeness(Geo.km(p.lat(), p.lon(), chosen[u].lat(), chosen[u].lon()));
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /**
   * The share of the places chosen for the other names that lie in (or are) {@code p}'s first-level division, of
   * those that lie in one (countries and continents left out): a story of Louisiana towns keeps its "Alexandria"
   * in Louisiana.
   */
  static double stateChosen(Place p, Place[] chosen, int self) {
    if (p.isCountry() || p.isContinent() || p.admin1().isEmpty()) {
      return 0;
    }
    int in = 0;
    int n = 0;
    for (int u = 0; u < chosen.length; u++) {
      Place q = chosen[u];
      if (u != self && q != null && !q.isCountry() && !q.isContinent() && !q.admin1().isEmpty()) {
        in += q.inAdmin1(p.country(), p.admin1()) ? 1 : 0;
        n++;
      }
    }
    return n == 0 ? 0 : (double) in / n;
  }

  /** 1 at the same point, about 0.5 at 50 km, 0 from 2,000 km on. */
  static double closeness(double km) {
    return 1 - Math.min(1, Math.log1p(km) / Math.log1p(2000));
  }

  /** The best of {@link #datelineScore} over the places the outlet's host names. */
  private static double homeScore(Place p, List<Place> home) {
    double best = 0;
    for (Place h : home) {
      best = Math.max(best, h.isAdmin1() ? (p.inAdmin1(h.country(), h.admin1()) ? 1 : 0) : datelineScore(p, h));
    }
    return best;
  }

  private static double datelineScore(Place p, Place dateline) {
    if (p.isCountry()) {
      return p.country().equals(dateline.country()) ? 0.5 : 0;
    }
    double inState = p.inAdmin1(dateline.country(), dateline.admin1()) ? 0.5 : 0;
    return Math.max(inState, closeness(Geo.km(p.lat(), p.lon(), dateline.lat(), dateline.lon())));
  }

  /**
   * The dateline's place: the most populous town of that name or of that name with "City" ("NEW YORK" is New York
   * City, which the table knows by that name only), else of an alternate name; a country when the dateline names one.
   * The outlet's country is not asked. Checked against Reuters-21578's own PLACES tags ({@code newsgraph eval
   * reuters}; a London outlet), its datelines were right 0.69 of the time when a town of the outlet's country with a
   * twentieth of the population won ("WASHINGTON" went to Washington, Tyne and Wear), 0.82 without that, 0.95 with
   * "… City" too; both halves of the corpus alike.
   */
  static Place datelinePlace(PlaceGazetteer table, String dateline) {
    if (dateline == null || dateline.isBlank()) {
      return null;
    }
    String first = dateline.split(",")[0].strip();
    List<Place> towns = new ArrayList<>(table.named(first).stream().filter(p -> p.isTown() || p.isCountry()).toList());
    table.named(first + " City").stream().filter(Place::isTown).forEach(towns::add);
    if (towns.isEmpty()) {
      towns.addAll(table.alternatelyNamed(first).stream().filter(Place::isTown).toList());
    }
    towns.sort((a, b) -> Long.compare(b.population(), a.population())); // stable: the table's order on a tie
    return towns.isEmpty() ? null : towns.get(0);
  }
}
