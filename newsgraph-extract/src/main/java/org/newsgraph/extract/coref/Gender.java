package org.newsgraph.extract.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The grammatical gender a person is referred to with ("he", "she"), from a first name (the shipped list, derived
 * from CoreNLP's gender statistics by {@code scripts/make-first-names.sh}) or a title ("Mrs", "Sir").
 */
enum Gender {
  MALE, FEMALE, UNKNOWN;

  /** Whether a pronoun of gender {@code pronoun} may refer to someone of this gender. */
  boolean agreesWith(Gender pronoun) {
    return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
  }

  /** The gender a first name usually has, UNKNOWN when the list does not know it or the lists disagreed. */
  static Gender ofFirstName(String name) {
    return Names.FIRST.getOrDefault(name.toLowerCase(Locale.ROOT), UNKNOWN);
  }

  /** The gender a title or role word gives ("Mrs", "actress", "spokeswoman"), else UNKNOWN. */
  static Gender ofTitle(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (Lexicon.FEMALE_TITLES.contains(w)) {
      return FEMALE;
    }
    return Lexicon.MALE_TITLES.contains(w) ? MALE : UNKNOWN;
  }

  /** The list, read once. */
  private static final class Names {
    static final Map<String, Gender> FIRST = read();

    private static Map<String, Gender> read() {
      Map<String, Gender> out = new HashMap<>();
      try (InputStream in = Gender.class.getResourceAsStream("first-names.tsv")) {
        if (in == null) {
          throw new IllegalStateException("first-names.tsv missing from the class path");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          int tab = line.indexOf('\t');
          if (line.startsWith("#") || tab < 0) {
            continue;
          }
          out.put(line.substring(0, tab), line.substring(tab + 1).equals("f") ? FEMALE : MALE);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    }
  }
}
