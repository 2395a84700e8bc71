package org.newsgraph.core;

import java.text.Normalizer;
import java.util.Locale;

/** Id slugs: lower-case ASCII words joined by hyphens ("Volodymyr Zelensky" → "volodymyr-zelensky"). */
public final class Slugs {
  private Slugs() {}

  public static String of(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String s = ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "")
        .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return s.isEmpty() ? "x" : s;
  }
}
