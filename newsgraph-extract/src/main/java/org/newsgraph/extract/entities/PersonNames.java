package org.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Slugs;

/**
 * Resolves person names within one article: a shorter name ("Putin", "Modi") is the same person as a longer name
 * that contains it as its last or first word ("Vladimir Putin", "Narendra Modi"), wherever in the article the
 * longer one appears.
 */
final class PersonNames {
  private final Map<String, String> fullNames = new LinkedHashMap<>();

  /** Registers every person name seen in the article before any is resolved. */
  PersonNames(List<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort((a, b) -> Integer.compare(words(b).length, words(a).length));
    for (String n : sorted) {
      fullNames.putIfAbsent(n, canonical(n, sorted));
    }
  }

  /** The canonical full name of {@code name}. */
  String fullName(String name) {
    return fullNames.getOrDefault(name, name);
  }

  String id(String name) {
    return "person:" + Slugs.of(fullName(name));
  }

  private static String canonical(String name, List<String> longestFirst) {
    String[] w = words(name);
    for (String other : longestFirst) {
      String[] o = words(other);
      if (o.length <= w.length) {
        break;
      }
      if (w.length == 1 && (o[o.length - 1].equalsIgnoreCase(w[0]) || o[0].equalsIgnoreCase(w[0]))) {
        return other;
      }
      if (w.length > 1 && other.endsWith(" " + name)) {
        return other;
      }
    }
    return name;
  }

  private static String[] words(String s) {
    return s.strip().split("\\s+");
  }
}
