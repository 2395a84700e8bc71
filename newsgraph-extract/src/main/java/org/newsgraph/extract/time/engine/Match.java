package org.newsgraph.extract.time.engine;

import java.util.Locale;
import java.util.Map;

/** One match of a rule's pattern: its named groups (null for a group that took no part) and its extent [begin, end). */
public record Match(Map<String, String> groups, int begin, int end) {
  public String get(String name) {
    return groups.get(name);
  }

  public boolean has(String name) {
    return groups.get(name) != null;
  }

  /** The group in lower case, each run of white space one space; null when the group took no part. */
  public String lower(String name) {
    String s = groups.get(name);
    return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
