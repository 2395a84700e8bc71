package org.newsgraph.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Populated places of 15,000 people or more (GeoNames, CC BY 4.0; see the README beside {@code places.tsv.gz}):
 * where a town the hand-written gazetteer does not know lies ("Samarra" → Iraq), with coordinates. Names match
 * ignoring case and accents; of several places with one name, the most populous comes first, which is the one
 * news usually means. Loaded once per JVM on first use; immutable.
 */
public final class PlaceGazetteer {
  private final Map<String, List<Place>> byName;

  private PlaceGazetteer(Map<String, List<Place>> byName) {
    this.byName = byName;
  }

  private static final class Holder {
    static final PlaceGazetteer BUNDLED = load();
  }

  /** The bundled gazetteer. */
  public static PlaceGazetteer bundled() {
    return Holder.BUNDLED;
  }

  private static PlaceGazetteer load() {
    InputStream in = PlaceGazetteer.class.getResourceAsStream("places.tsv.gz");
    if (in == null) {
      throw new IllegalStateException("places.tsv.gz not found next to " + PlaceGazetteer.class.getName());
    }
    Map<String, List<Place>> map = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
        StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      boolean header = false;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (!header) {
          header = true;
          continue;
        }
        String[] p = line.split("\t", -1);
        if (p.length != 9) {
          throw new IllegalStateException("places.tsv.gz line " + n + ": expected 9 columns");
        }
        Place place = new Place(Long.parseLong(p[0]), p[1], p[2], Double.parseDouble(p[3]),
            Double.parseDouble(p[4]), p[5], p[6], p[7], Long.parseLong(p[8]));
        map.computeIfAbsent(key(p[1]), k -> new ArrayList<>()).add(place);
        if (!key(p[2]).equals(key(p[1]))) {
          map.computeIfAbsent(key(p[2]), k -> new ArrayList<>()).add(place);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read places.tsv.gz", e);
    }
    // the file is sorted by population, so each list already has the most populous place first
    Map<String, List<Place>> frozen = new HashMap<>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new PlaceGazetteer(Map.copyOf(frozen));
  }

  /**
   * Lower case, accents and transliteration apostrophes removed, whitespace collapsed: "Zürich" and "zurich",
   * "Sāmarrā’" and "Samarra" are one key.
   */
  static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .replaceAll("['\u2018\u2019\u02bc\u02bb`]", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  /** All places with this name, most populous first. */
  public List<Place> all(String name) {
    return name == null ? List.of() : byName.getOrDefault(key(name), List.of());
  }

  /** The most populous place with this name. */
  public Optional<Place> lookup(String name) {
    List<Place> l = all(name);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /** Number of distinct names. */
  public int size() {
    return byName.size();
  }
}
