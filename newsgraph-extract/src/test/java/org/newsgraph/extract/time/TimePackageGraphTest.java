package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The time tagger's packages lean one way only: the entry points on the rule sets and the engine, the rule sets on
 * the engine and on resolution, the engine on resolution, resolution on none of them. Read from the sources'
 * imports and qualified names, so that a cycle cannot creep back in.
 */
class TimePackageGraphTest {
  private static final String TIME = "org.newsgraph.extract.time";
  private static final Path SOURCES = Path.of("src/main/java/org/newsgraph/extract/time");
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  /** An import or a qualified name of a type in a time package: the package is group 1. */
  private static final Pattern TYPE_IN_TIME = Pattern.compile("\\b(" + Pattern.quote(TIME) + "(?:\\.[a-z]\\w*)*)\\.[A-Z]");

  /** Each time package → the other time packages its sources name. */
  private static Map<String, Set<String>> graph() throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(SOURCES)) {
      files = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path f : files) {
      String text = Files.readString(f);
      Matcher pm = PACKAGE.matcher(text);
      assertTrue(pm.find(), f + " has a package line");
      String pkg = pm.group(1);
      Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
      Matcher m = TYPE_IN_TIME.matcher(text.substring(pm.end()));
      while (m.find()) {
        if (!m.group(1).equals(pkg)) {
          uses.add(m.group(1));
        }
      }
    }
    return graph;
  }

  /** A cycle through {@code pkg} as a path that ends where it starts, or an empty list. */
  private static List<String> cycleFrom(String pkg, Map<String, Set<String>> graph, List<String> path) {
    if (path.contains(pkg)) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(pkg), path.size()));
      cycle.add(pkg);
      return cycle;
    }
    path.add(pkg);
    for (String next : graph.getOrDefault(pkg, Set.of())) {
      List<String> cycle = cycleFrom(next, graph, path);
      if (!cycle.isEmpty()) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    return List.of();
  }

  @Test
  void the_sources_of_all_four_time_packages_are_read() throws IOException {
    assertTrue(graph().keySet().containsAll(
        Set.of(TIME, TIME + ".engine", TIME + ".resolution", TIME + ".rules")), graph().keySet().toString());
  }

  @Test
  void the_time_packages_depend_on_each_other_without_a_cycle() throws IOException {
    Map<String, Set<String>> graph = graph();
    for (String pkg : graph.keySet()) {
      assertEquals(List.of(), cycleFrom(pkg, graph, new ArrayList<>()), "a cycle through " + pkg);
    }
  }

  @Test
  void resolution_depends_on_no_other_time_package() throws IOException {
    assertEquals(Set.of(), graph().get(TIME + ".resolution"));
  }

  @Test
  void the_engine_depends_on_resolution_alone() throws IOException {
    assertEquals(Set.of(TIME + ".resolution"), graph().get(TIME + ".engine"));
  }
}
