package org.newsgraph.eval.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.core.EntityType;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.extract.gazetteer.NameHit;
import org.newsgraph.extract.places.Place;
import org.newsgraph.extract.places.PlaceResolver;

/**
 * Dateline places checked against Reuters-21578's own labels: each document's {@code <PLACES>} tag names the countries
 * the story is about, and the dateline's town ("WASHINGTON", "LONDON") nearly always lies in one of them. A dateline
 * resolved by the pipeline's resolver to a country the tag does not name is
 * counted wrong. Documents whose tag names a country the gazetteer cannot map (historic states aside) are left out.
 */
public final class ReutersDatelines {
  private static final Pattern DOC = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>",
      Pattern.DOTALL);
  private static final Pattern PLACES = Pattern.compile("<PLACES>(.*?)</PLACES>", Pattern.DOTALL);
  private static final Pattern D = Pattern.compile("<D>([^<]+)</D>");
  private static final Pattern DATELINE = Pattern.compile("<DATELINE>\\s*([^,<]+)");
  /** Reuters' labels that are not a country's name in the gazetteer, as the states of 1987 map to today's. */
  private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("usa", "USA"), Map.entry("uk", "GBR"),
      Map.entry("ussr", "RUS"), Map.entry("west-germany", "DEU"), Map.entry("east-germany", "DEU"),
      Map.entry("uae", "ARE"), Map.entry("burma", "MMR"), Map.entry("kampuchea", "KHM"),
      Map.entry("zaire", "COD"), Map.entry("ivory-coast", "CIV"), Map.entry("trinidad-tobago", "TTO"),
      Map.entry("yemen-arab-republic", "YEM"), Map.entry("yemen-demo-republic", "YEM"),
      Map.entry("czechoslovakia", "CZE"), Map.entry("western-samoa", "WSM"));

  /** Counts, and the wrong countries by dateline (the most frequent first in {@link #report}). */
  public record Result(int documents, int resolved, int inTag, Map<String, Integer> wrong,
      Map<String, Integer> unresolved) {
    public double accuracy() {
      return documents == 0 ? 0 : (double) inTag / documents;
    }
  }

  private ReutersDatelines() {}

  public static Result run(Path dir) throws IOException {
    PlaceResolver resolver = PlaceResolver.bundled();
    Gazetteer gazetteer = Gazetteer.bundled();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    int documents = 0;
    int resolved = 0;
    int right = 0;
    Map<String, Integer> wrong = new TreeMap<>();
    Map<String, Integer> unresolved = new TreeMap<>();
    for (Path f : files) {
      // The files are Latin-1 in places; ISO-8859-1 reads every byte.
      Matcher m = DOC.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
      while (m.find()) {
        String doc = m.group(2);
        Matcher dl = DATELINE.matcher(doc);
        Matcher pl = PLACES.matcher(doc);
        if (!dl.find() || !pl.find()) {
          continue;
        }
        Set<String> countries = countries(pl.group(1), gazetteer);
        if (countries == null || countries.isEmpty()) {
          continue;
        }
        documents++;
        String dateline = dl.group(1).strip();
        Place p = resolver.dateline(dateline);
        if (p == null) {
          unresolved.merge(dateline, 1, Integer::sum);
          continue;
        }
        resolved++;
        if (countries.contains(p.country())) {
          right++;
        } else {
          wrong.merge(dateline + " -> " + p.name() + " (" + p.country() + ")", 1, Integer::sum);
        }
      }
    }
    return new Result(documents, resolved, right, wrong, unresolved);
  }

  /** The tag's countries as alpha-3 codes; null when one of them cannot be mapped. */
  private static Set<String> countries(String tag, Gazetteer gazetteer) {
    Set<String> out = new HashSet<>();
    Matcher d = D.matcher(tag);
    while (d.find()) {
      String label = d.group(1).strip();
      String iso3 = LABELS.get(label);
      if (iso3 == null) {
        iso3 = country(gazetteer, label.replace('-', ' '));
      }
      if (iso3 == null) {
        return null;
      }
      out.add(iso3);
    }
    return out;
  }

  private static String country(Gazetteer gazetteer, String name) {
    for (NameHit h : gazetteer.lookup(name)) {
      if (h.entry().type() == EntityType.COUNTRY && h.entry().country() != null) {
        return h.entry().country();
      }
    }
    return null;
  }

  /** The most frequent of {@code counts}, at most {@code n}. */
  public static List<String> report(Map<String, Integer> counts, int n) {
    List<Map.Entry<String, Integer>> l = new ArrayList<>(counts.entrySet());
    l.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey()
        .compareTo(b.getKey()));
    return l.stream().limit(n).map(e -> e.getValue() + "  " + e.getKey()).toList();
  }
}
