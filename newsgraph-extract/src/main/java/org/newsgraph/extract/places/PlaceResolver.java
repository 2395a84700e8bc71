package org.newsgraph.extract.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.places.Candidates.Candidate;

/**
 * Resolves the place names of one article to points, with the article's own evidence: a qualifier ("Paris, Texas",
 * "Louisville, Ky."), the states and countries the article names, the other places in it (a local story's towns lie
 * near each other), the dateline, the outlet's country, and population as the prior. Every mention of one name in
 * one article gets the same place. A name the table does not know keeps no point; an ambiguous name with no evidence
 * goes to the most populous candidate with a low confidence.
 */
public final class PlaceResolver {
  /**
   * How much each kind of evidence counts (see {@link Evidence}). {@link #SELECTED} were chosen on LGL's dev part by
   * cross-validation across documents ({@code newsgraph eval geo --tune}).
   */
  public record Weights(double population, double country, double admin1, double admin2, double alternate,
      double qualifier, double stateNamed, double countryNamed, double outlet, double nearby, double dateline,
      double nearChosen, double home, double stateChosen) {
    /** The weights as an array, in the order of {@link Evidence}'s features. */
    public double[] asArray() {
      return new double[] {population, country, admin1, admin2, alternate, qualifier, stateNamed, countryNamed,
          outlet, nearby, dateline, nearChosen, home, stateChosen};
    }

    public static Weights of(double[] w) {
      return new Weights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11], w[12], w[13]);
    }

    public static final Weights SELECTED = new Weights(1.5, 2.0, 0.0, -0.5, 0.5, 3.0, 0.25, 0.25, 0.0, 4.0, 1.5,
        1.5, 8.0, 3.0);

    /**
     * Where the tuning starts: weights set by hand before any figure was seen, so that the cross-validated estimate
     * owes nothing to the weights chosen on the whole dev file.
     */
    public static final Weights START = new Weights(1.0, 1.0, 0.8, 0.0, -1.0, 3.0, 1.5, 0.5, 0.5, 2.0, 1.5, 2.0,
        1.5, 1.0);
  }

  private final PlaceGazetteer table;
  private final Weights weights;

  public PlaceResolver(PlaceGazetteer table, Weights weights) {
    this.table = table;
    this.weights = weights;
  }

  /** The bundled table with the selected weights. */
  public static PlaceResolver bundled() {
    return new PlaceResolver(PlaceGazetteer.bundled(), Weights.SELECTED);
  }

  public PlaceGazetteer table() {
    return table;
  }

  /**
   * Resolves {@code toponyms} (spans into {@code text}).
   *
   * @param dateline       the dateline's place as printed ("SEOUL"), or null
   * @param outletCountry  ISO alpha-3 of the outlet's country, or null
   */
  public List<Resolution> resolve(String text, List<Toponym> toponyms, String dateline, String outletCountry) {
    return resolve(text, toponyms, dateline, outletCountry, null);
  }

  /**
   * As {@link #resolve(String, List, String, String)}, with the outlet's web address too.
   *
   * @param outletHost the host (or URL) the article was published at ("www.richmondregister.com"), or null: a town
   *                   it names is evidence for the places near it
   */
  public List<Resolution> resolve(String text, List<Toponym> toponyms, String dateline, String outletCountry,
      String outletHost) {
    return prepare(text, toponyms, dateline, outletCountry, outletHost).resolve(weights);
  }

  /** The dateline alone ("SEOUL", "WASHINGTON", "NEW YORK"), resolved by population; null if unknown. */
  public Place dateline(String dateline) {
    return Evidence.datelinePlace(table, dateline);
  }

  /** The evidence of one article, computed once, to be weighed with any weights (for tuning). */
  public Prepared prepare(String text, List<Toponym> toponyms, String dateline, String outletCountry,
      String outletHost) {
    Map<String, List<Toponym>> groups = new LinkedHashMap<>();
    Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
    for (Toponym t : toponyms) {
      String surface = t.span().of(text);
      String k = PlaceGazetteer.key(surface) + "|" + t.countryHint() + "|" + t.isCountry();
      if (groups.computeIfAbsent(k, x -> new ArrayList<>()).size() == 0) {
        candidates.put(k, constrained(Candidates.of(table, surface), t));
      }
      groups.get(k).add(t);
    }
    List<Evidence.Group> gs = new ArrayList<>();
    groups.forEach((k, ts) -> gs.add(new Evidence.Group(ts, candidates.get(k))));
    return new Prepared(Evidence.of(table, text, gs, dateline, outletCountry, OutletHome.of(table, outletHost)));
  }

  /**
   * The entity linker's knowledge: a country is that country; a place lies in its country when one does, and a name
   * the table lacks there stands at the country's point.
   */
  private List<Candidate> constrained(List<Candidate> all, Toponym t) {
    if (t.countryHint() == null) {
      return all;
    }
    if (t.isCountry()) {
      return table.country(t.countryHint()).map(p -> List.of(new Candidate(p, false))).orElse(List.of());
    }
    List<Candidate> inside = all.stream().filter(c -> c.place().country().equals(t.countryHint())
        && !c.place().isCountry()).toList();
    if (!inside.isEmpty()) {
      return inside;
    }
    // The linker knows the country but the table has no such name in it ("the Kremlin"): the country's point.
    return table.country(t.countryHint()).map(p -> List.of(new Candidate(p, false))).orElse(List.of());
  }

  /** One article's evidence, ready to be weighed. */
  public static final class Prepared {
    private final List<Evidence.Scored> groups;

    Prepared(List<Evidence.Scored> groups) {
      this.groups = groups;
    }

    /** The places {@code t} was weighed among (most populous first), or none when it is not of this article. */
    public List<Place> candidates(Toponym t) {
      for (Evidence.Scored g : groups) {
        for (Toponym u : g.group().toponyms()) {
          if (u == t) {
            return g.group().candidates().stream().map(Candidate::place).toList();
          }
        }
      }
      return List.of();
    }

    /** Each toponym's resolution under {@code w}, in the order the toponyms were given within each name. */
    public List<Resolution> resolve(Weights w) {
      double[] weights = w.asArray();
      Place[] chosen = new Place[groups.size()];
      // Decide, then once more with each name's nearness to the places the other names were given.
      for (int round = 0; round < 2; round++) {
        Place[] next = new Place[chosen.length];
        for (int i = 0; i < groups.size(); i++) {
          next[i] = groups.get(i).best(weights, round == 0 ? null : chosen, i);
        }
        chosen = next;
      }
      List<Resolution> out = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        out.addAll(groups.get(i).decide(weights, chosen, i));
      }
      return out;
    }
  }
}
