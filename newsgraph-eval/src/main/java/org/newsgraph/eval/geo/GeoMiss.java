package org.newsgraph.eval.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.places.Geo;
import org.newsgraph.extract.places.Place;
import org.newsgraph.extract.places.Resolution;

/**
 * A gold toponym resolved 161 km or more from its gold point, with the places the resolver weighed, for error
 * analysis ({@code eval geo --tune K --errors FILE}).
 *
 * @param kind       what went wrong
 * @param km         the error (20,039 km when there was no point)
 * @param candidates the places weighed, most populous first
 */
public record GeoMiss(String docid, LglCorpus.Toponym gold, String surface, Resolution resolution, double km,
    Kind kind, List<Place> candidates) {
  /** The error classes. */
  public enum Kind {
    /** No point: no place of the table has the name (or a variant of it). */
    NO_POINT,
    /** A point, but no place of the name lies within 161 km of the gold point: the place is not in the table. */
    NOT_IN_TABLE,
    /** A place of the name lies within 161 km of the gold point, but another was chosen. */
    WRONG_CANDIDATE
  }

  /** The miss of {@code r} against {@code g}, or null when it is within 161 km. */
  static GeoMiss of(LglCorpus.Article a, LglCorpus.Toponym g, Resolution r, List<Place> candidates) {
    Place p = r.place();
    double km = p == null ? GeoScorer.MISSING_KM : Geo.km(g.lat(), g.lon(), p.lat(), p.lon());
    if (km < 161) {
      return null;
    }
    boolean near = candidates.stream().anyMatch(c -> Geo.km(g.lat(), g.lon(), c.lat(), c.lon()) < 161);
    Kind kind = p == null ? Kind.NO_POINT : near ? Kind.WRONG_CANDIDATE : Kind.NOT_IN_TABLE;
    return new GeoMiss(a.docid(), g, a.text().substring(g.start(), g.end()), r, km, kind, candidates);
  }

  /** How many misses of each kind. */
  public static Map<Kind, Integer> count(List<GeoMiss> misses) {
    Map<Kind, Integer> out = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      out.put(k, 0);
    }
    misses.forEach(m -> out.merge(m.kind(), 1, Integer::sum));
    return out;
  }

  /**
   * Writes one tab-separated line per miss: kind, docid, the name as written, gold feature code, gold GeoNames id,
   * gold point, the place chosen, the error in km, what decided it, and up to 10 candidates with their distance to
   * the gold point.
   */
  public static void write(List<GeoMiss> misses, Path out) throws IOException {
    StringBuilder b = new StringBuilder("kind\tdocid\tname\tgold_feature\tgold_geonameid\tgold_point\tchosen\tkm"
        + "\tevidence\tcandidates\n");
    for (GeoMiss m : misses) {
      Place p = m.resolution().place();
      b.append(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%.3f,%.3f\t%s\t%.0f\t%s\t", m.kind(), m.docid(),
          m.surface().replaceAll("\\s+", " "), m.gold().feature(), m.gold().geonameId(), m.gold().lat(),
          m.gold().lon(), p == null ? "-" : describe(p), m.km(), m.resolution().evidence()));
      for (int i = 0; i < Math.min(10, m.candidates().size()); i++) {
        Place c = m.candidates().get(i);
        b.append(i > 0 ? "; " : "").append(describe(c)).append(String.format(Locale.ROOT, " %.0f km",
            Geo.km(m.gold().lat(), m.gold().lon(), c.lat(), c.lon())));
      }
      if (m.candidates().size() > 10) {
        b.append("; +").append(m.candidates().size() - 10);
      }
      b.append('\n');
    }
    Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
  }

  private static String describe(Place p) {
    return p.name() + " (" + p.feature() + ", " + p.country() + (p.admin1().isEmpty() ? "" : "." + p.admin1())
        + ", " + p.population() + ")";
  }
}
