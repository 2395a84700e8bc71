package org.newsgraph.extract.events.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * PLOVER type and mode to a CAMEO event code ({@code cameo.tsv} beside this class), with the CAMEO root, the
 * GDELT quad class and an approximate Goldstein value per root, for tools that read GDELT's event table.
 */
public final class CameoTable {
  /** Goldstein scale value per CAMEO root code "01".."20", rounded. */
  private static final Map<String, Double> GOLDSTEIN = Map.ofEntries(Map.entry("01", 0.0), Map.entry("02", 3.0),
      Map.entry("03", 4.0), Map.entry("04", 1.0), Map.entry("05", 3.5), Map.entry("06", 6.0), Map.entry("07", 7.0),
      Map.entry("08", 5.0), Map.entry("09", -2.0), Map.entry("10", -5.0), Map.entry("11", -2.0),
      Map.entry("12", -4.0), Map.entry("13", -4.4), Map.entry("14", -6.5), Map.entry("15", -7.2),
      Map.entry("16", -4.0), Map.entry("17", -7.0), Map.entry("18", -9.0), Map.entry("19", -10.0),
      Map.entry("20", -10.0));

  private static final Map<String, String> CODES = load();

  private CameoTable() {}

  private static Map<String, String> load() {
    InputStream in = CameoTable.class.getResourceAsStream("cameo.tsv");
    if (in == null) {
      throw new IllegalStateException("cameo.tsv not found next to " + CameoTable.class.getName());
    }
    Map<String, String> m = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = false;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!header) {
          header = true;
          continue;
        }
        String[] p = line.split("\t", -1);
        if (p.length != 3 || !p[2].matches("\\d{3,4}")) {
          throw new IllegalStateException("cameo.tsv: bad line '" + line + "'");
        }
        m.put(p[0] + "/" + p[1], p[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }

  /** The CAMEO code of a PLOVER type and mode (the type's default for an unknown or null mode). */
  public static String code(String type, String mode) {
    String c = CODES.get(type + "/" + (mode == null ? "" : mode));
    return c != null ? c : CODES.getOrDefault(type + "/", "010");
  }

  /** The CAMEO base code: the first three digits. */
  public static String base(String code) {
    return code.length() > 3 ? code.substring(0, 3) : code;
  }

  /** The CAMEO root code: the first two digits. */
  public static String root(String code) {
    return code.substring(0, 2);
  }

  /** GDELT's quad class: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
  public static int quadClass(String code) {
    int root = Integer.parseInt(root(code));
    return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
  }

  /** The Goldstein value of the code's root, approximate. */
  public static double goldstein(String code) {
    return GOLDSTEIN.getOrDefault(root(code), 0.0);
  }
}
