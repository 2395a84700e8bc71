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
 * Lucene or Javalin touches one module; the core imports nothing but the JDK; measurement stays beside the flow: no
 * runtime module imports the evaluation module, and only it uses the reference systems newsgraph-nlp wraps.
 */
class ModuleBoundariesTest {
  /** Library package → the modules allowed to import it (the Spark job has a command line of its own). */
  private static final Map<String, List<String>> OWNER = Map.ofEntries(
      Map.entry("edu.stanford.nlp", List.of("newsgraph-nlp")),
      Map.entry("org.apache.lucene", List.of("newsgraph-store")),
      Map.entry("org.duckdb", List.of("newsgraph-store")),
      Map.entry("io.javalin", List.of("newsgraph-app")),
      Map.entry("org.eclipse.jetty", List.of("newsgraph-app")),
      Map.entry("picocli", List.of("newsgraph-app", "newsgraph-spark", "newsgraph-eval")),
      Map.entry("com.fasterxml.jackson", List.of("newsgraph-app")),
      Map.entry("org.apache.spark", List.of("newsgraph-spark")),
      Map.entry("org.jsoup", List.of("newsgraph-ingest")),
      Map.entry("com.rometools", List.of("newsgraph-ingest")),
      Map.entry("org.netpreserve", List.of("newsgraph-ingest")),
      Map.entry("net.dankito.readability4j", List.of("newsgraph-eval")),
      // the evaluation module and the reference systems: measurement beside the flow, never inside it
      Map.entry("org.newsgraph.eval", List.of("newsgraph-eval")),
      Map.entry("org.newsgraph.nlp.reference", List.of("newsgraph-nlp", "newsgraph-eval")));
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
