package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each third-party library stays inside the module that owns it (ARCHITECTURE.md), so swapping CoreNLP, DuckDB,
 * Lucene or Javalin touches one module; the core imports nothing but the JDK.
 */
class ModuleBoundariesTest {
  /** Library package → the modules allowed to import it (the Spark job has a command line of its own). */
  private static final Map<String, List<String>> OWNER = Map.of(
      "edu.stanford.nlp", List.of("newsgraph-nlp"),
      "org.apache.lucene", List.of("newsgraph-store"),
      "org.duckdb", List.of("newsgraph-store"),
      "io.javalin", List.of("newsgraph-app"),
      "picocli", List.of("newsgraph-app", "newsgraph-spark"),
      "com.fasterxml.jackson", List.of("newsgraph-app"),
      "org.apache.spark", List.of("newsgraph-spark"));
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

  private static List<Path> mainSources() throws IOException {
    Path root = Path.of(System.getProperty("newsgraph.home", ".."));
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
          .filter(p -> !p.toString().contains("/target/")).toList();
    }
  }

  private static String module(Path p) {
    for (Path part : p) {
      if (part.toString().startsWith("newsgraph-")) {
        return part.toString();
      }
    }
    return "?";
  }

  @Test
  void third_party_libraries_are_imported_only_by_their_module() throws IOException {
    List<String> violations = new ArrayList<>();
    List<Path> files = mainSources();
    assertTrue(files.size() > 20, "found the sources");
    for (Path f : files) {
      Matcher m = IMPORT.matcher(Files.readString(f));
      while (m.find()) {
        String imp = m.group(1);
        for (Map.Entry<String, List<String>> e : OWNER.entrySet()) {
          if (imp.startsWith(e.getKey() + ".") && !e.getValue().contains(module(f))) {
            violations.add(f + " imports " + imp);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void the_core_imports_only_the_jdk() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path f : mainSources()) {
      if (!module(f).equals("newsgraph-core")) {
        continue;
      }
      Matcher m = IMPORT.matcher(Files.readString(f));
      while (m.find()) {
        String imp = m.group(1);
        if (!imp.startsWith("java.") && !imp.startsWith("org.newsgraph.core")) {
          violations.add(f + " imports " + imp);
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
