package org.newsgraph.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the wire agency a text credits: "(AFP/File)", "(Reuters)", "AFP Photo", "— AP", "With AFP". */
public final class Agencies {
  private static final List<String> NAMES = List.of("AFP", "Reuters", "AP", "Associated Press", "Xinhua", "TASS",
      "Yonhap", "ANI", "PTI", "Anadolu", "dpa", "EFE", "ANSA", "Kyodo", "Bernama", "IANS", "UPI", "Bloomberg",
      "SPA", "WAM", "KUNA", "QNA", "ONA", "Petra", "MENA", "IRNA", "KCNA", "Interfax", "RIA Novosti", "Ukrinform");

  private static final Pattern CREDIT;

  static {
    String names = String.join("|", NAMES.stream().map(Pattern::quote).toList());
    CREDIT = Pattern.compile("\\((" + names + ")(?:/[\\p{L} ]+)?\\)|\\b(" + names
        + ")\\s+(?:Photo|File Photo|Images)\\b|^(?:—|–|-|With)\\s*(" + names + ")\\s*$");
  }

  private Agencies() {}

  /** The agency a line credits, if any. */
  public static Optional<String> credited(String line) {
    Matcher m = CREDIT.matcher(line.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    for (int g = 1; g <= 3; g++) {
      if (m.group(g) != null) {
        return Optional.of(m.group(g));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code name} is a known wire agency. */
  public static boolean isAgency(String name) {
    return NAMES.stream().anyMatch(n -> n.equalsIgnoreCase(name));
  }
}
