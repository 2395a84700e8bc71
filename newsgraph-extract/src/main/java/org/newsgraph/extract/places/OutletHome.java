package org.newsgraph.extract.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The places an outlet's web address names: a local paper usually carries its town in its host name
 * ("columbuslocalnews.com", "chronicle.augusta.com", "richmondregister.com"), and a local story's places lie near
 * it. Each label of the host but the last (the top-level domain), and each hyphenated part of it, is read for the
 * longest place name it begins with, else after the masthead words that often lead one ("the", "online", "daily",
 * ...: "onlineathens" is Athens; "thetowntalk" gives nothing, no town being called "Towntalk" or "Town"); names shorter
 * than {@link #SHORTEST} letters are too often words. Every town (and state) of that name counts: which one the outlet
 * is at is left to the article's other evidence.
 */
final class OutletHome {
  /** The shortest name read from a host ("akron" yes, "ames" no). */
  static final int SHORTEST = 5;
  /** Towns this small are not read from a host (too many hamlets share a word with a paper's name). */
  private static final long PEOPLE = 1_000;
  /** Words a masthead often puts before its town ("thisisoxfordshire", "mydailyakron"). */
  private static final List<String> LEADING = List.of("thisis", "the", "online", "daily", "weekly", "news", "post");

  private OutletHome() {}

  /** The places {@code host} names ("www.richmondregister.com" → the Richmonds), or none. */
  static List<Place> of(PlaceGazetteer table, String host) {
    if (host == null || host.isBlank()) {
      return List.of();
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    int scheme = h.indexOf("://");
    h = scheme >= 0 ? h.substring(scheme + 3) : h;
    int slash = h.indexOf('/');
    h = slash >= 0 ? h.substring(0, slash) : h;
    String[] labels = h.split("\\.");
    Map<String, Place> out = new LinkedHashMap<>();
    for (int i = 0; i < labels.length - 1; i++) {
      for (String part : labels[i].split("-")) {
        for (Place p : placesAtStart(table, part)) {
          out.putIfAbsent(p.id(), p);
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** The longest place name {@code label} begins with, else after its leading masthead words, one at a time. */
  private static List<Place> placesAtStart(PlaceGazetteer table, String label) {
    String s = label;
    while (true) {
      List<Place> hits = longestPrefix(table, s);
      if (!hits.isEmpty()) {
        return hits;
      }
      String rest = null;
      for (String w : LEADING) {
        if (s.startsWith(w) && s.length() > w.length()) {
          rest = s.substring(w.length());
          break;
        }
      }
      if (rest == null) {
        return List.of();
      }
      s = rest;
    }
  }

  private static List<Place> longestPrefix(PlaceGazetteer table, String word) {
    for (int end = word.length(); end >= SHORTEST; end--) {
      List<Place> hits = new ArrayList<>();
      for (Place p : table.named(word.substring(0, end))) {
        if (p.isAdmin1() || p.isTown() && p.population() >= PEOPLE) {
          hits.add(p);
        }
      }
      if (!hits.isEmpty()) {
        return hits;
      }
    }
    return List.of();
  }
}
