package org.newsgraph.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The place table (see the README beside {@code places.tsv.gz}): GeoNames' towns of 500 people or more, US states
 * and counties, a few countries' first-level divisions, and the countries, each with a point. Names match ignoring
 * case and accents; of several places with one name, the most populous comes first. Loaded once per JVM on first
 * use; immutable. A missing or damaged table is an {@link IllegalStateException} naming the file and line, never an
 * empty table.
 */
public final class PlaceGazetteer {
  /** The columns the table must have, in order. */
  static final List<String> COLUMNS = List.of("id", "name", "asciiname", "alternates", "lat", "lon", "feature",
      "country", "admin1", "admin2", "population");
  /** What {@link #lookup} and {@link #all} keep: towns this large, as the table had before it grew. */
  private static final long SIZEABLE = 15_000;
  private static final Comparator<Place> MOST_POPULOUS = Comparator.comparingLong(Place::population).reversed();

  private final Map<String, List<Place>> byName;
  private final Map<String, List<Place>> byAlternate;
  private final Map<String, Place> byId;
  private final Map<String, Place> countries;
  private final int rows;

  private PlaceGazetteer(Map<String, List<Place>> byName, Map<String, List<Place>> byAlternate,
      Map<String, Place> byId, int rows) {
    this.byName = byName;
    this.byAlternate = byAlternate;
    this.byId = byId;
    this.rows = rows;
    Map<String, Place> c = new HashMap<>();
    for (Place p : byId.values()) {
      if (p.isCountry()) {
        c.put(p.country(), p);
      }
    }
    this.countries = Map.copyOf(c);
  }

  private static PlaceGazetteer bundled;

  /**
   * The bundled table; the first call reads it (a few seconds). A missing or damaged table is the
   * {@link IllegalStateException} itself, at every call (a class initialiser would wrap it in an error that hides
   * the reason behind a stack trace, then answer later calls with a bare NoClassDefFoundError).
   */
  public static synchronized PlaceGazetteer bundled() {
    if (bundled == null) {
      bundled = bundledTable();
    }
    return bundled;
  }

  private static PlaceGazetteer bundledTable() {
    InputStream in = PlaceGazetteer.class.getResourceAsStream("places.tsv.gz");
    if (in == null) {
      throw new IllegalStateException("the place table places.tsv.gz is missing from the class path (next to "
          + PlaceGazetteer.class.getName() + "); rebuild it with scripts/make-places.sh");
    }
    return read(in, "places.tsv.gz");
  }

  /**
   * Reads a gzipped table in the bundled format. Throws {@link IllegalStateException} naming {@code name} and the
   * line when the file is not gzip, lacks the header, or has a malformed row.
   */
  public static PlaceGazetteer read(InputStream gzipped, String name) {
    Map<String, List<Place>> names = new HashMap<>();
    Map<String, List<Place>> alternates = new HashMap<>();
    Map<String, Place> ids = new HashMap<>();
    int n = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped),
        StandardCharsets.UTF_8))) {
      String line;
      boolean header = false;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] p = line.split("\t", -1);
        if (!header) {
          if (!Arrays.asList(p).equals(COLUMNS)) {
            throw new IllegalStateException(name + " line " + n + ": expected the header " + COLUMNS);
          }
          header = true;
          continue;
        }
        Place place = place(p, name, n);
        ids.put(place.id(), place);
        Set<String> keys = new LinkedHashSet<>(List.of(key(place.name()), key(place.asciiName())));
        for (String k : keys) {
          names.computeIfAbsent(k, x -> new ArrayList<>()).add(place);
        }
        for (String a : place.alternates()) {
          String k = key(a);
          if (!keys.contains(k)) {
            alternates.computeIfAbsent(k, x -> new ArrayList<>()).add(place);
          }
        }
      }
      if (ids.isEmpty()) {
        throw new IllegalStateException(name + ": no places (an empty or truncated table)");
      }
    } catch (IOException e) {
      throw new IllegalStateException(name + ": cannot read the place table (line " + n + "): " + e.getMessage(), e);
    }
    return new PlaceGazetteer(freeze(names), freeze(alternates), Map.copyOf(ids), ids.size());
  }

  private static Place place(String[] p, String name, int n) {
    if (p.length != COLUMNS.size()) {
      throw new IllegalStateException(name + " line " + n + ": expected " + COLUMNS.size() + " columns, found "
          + p.length);
    }
    try {
      List<String> alternates = p[3].isEmpty() ? List.of() : List.of(p[3].split("\\|"));
      return new Place(p[0], p[1], p[2].isEmpty() ? p[1] : p[2], alternates, Double.parseDouble(p[4]),
          Double.parseDouble(p[5]), p[6], p[7], p[8], p[9], Long.parseLong(p[10]));
    } catch (NumberFormatException e) {
      throw new IllegalStateException(name + " line " + n + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, List<Place>> freeze(Map<String, List<Place>> map) {
    Map<String, List<Place>> frozen = new HashMap<>();
    map.forEach((k, v) -> {
      v.sort(MOST_POPULOUS); // stable: the file's order (most populous, then id) on ties
      frozen.put(k, List.copyOf(v));
    });
    return Map.copyOf(frozen);
  }

  /**
   * Lower case, accents and transliteration apostrophes removed, whitespace collapsed: "Zürich" and "zurich",
   * "Sāmarrā’" and "Samarra" are one key.
   */
  public static String key(String name) {
    boolean plain = true;
    for (int i = 0; i < name.length() && plain; i++) {
      char c = name.charAt(i);
      plain = c < 128 && c != '\'' && c != '`' && (c != ' ' || i == 0 || name.charAt(i - 1) != ' ')
          && (c == ' ' || !Character.isWhitespace(c));
    }
    if (plain) { // the fast path for the table's ASCII names
      return name.toLowerCase(Locale.ROOT).strip();
    }
    String n = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    n = APOSTROPHES.matcher(n).replaceAll("");
    return SPACES.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern APOSTROPHES =
      java.util.regex.Pattern.compile("['\u2018\u2019\u02bc\u02bb`]");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00a0]+");

  /** Towns of 15,000 people or more with this name, most populous first (what the table held before it grew). */
  public List<Place> all(String name) {
    if (name == null) {
      return List.of();
    }
    return byName.getOrDefault(key(name), List.of()).stream()
        .filter(p -> p.isTown() && p.population() >= SIZEABLE).toList();
  }

  /** The most populous town of 15,000 people or more with this name. */
  public Optional<Place> lookup(String name) {
    List<Place> l = all(name);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /** Every place with this name (towns, divisions, countries), most populous first. */
  public List<Place> named(String name) {
    return name == null ? List.of() : byName.getOrDefault(key(name), List.of());
  }

  /** Every place with this alternate name (and not this name), most populous first. */
  public List<Place> alternatelyNamed(String name) {
    return name == null ? List.of() : byAlternate.getOrDefault(key(name), List.of());
  }

  /** The place with this id ("703448", "US.TX", "UA"), if any. */
  public Optional<Place> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The country with this ISO alpha-3 code, if the table has its point. */
  public Optional<Place> country(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : countries.get(iso3));
  }

  /** Number of distinct names (alternates not counted). */
  public int size() {
    return byName.size();
  }

  /** Number of places. */
  public int places() {
    return rows;
  }
}
