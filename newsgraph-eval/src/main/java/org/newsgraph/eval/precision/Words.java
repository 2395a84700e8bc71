package org.newsgraph.eval.precision;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Span;

/**
 * The word-level comparisons the matching rules use: the words of a set of spans (runs of letters and digits,
 * identified by where they start, so punctuation and quotation marks never count), token-overlap F1, and whether a
 * source or participant is only a pronoun.
 */
public final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** Words that, alone, only point at someone: never an acceptable source or participant when left unresolved. */
  private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "we", "us", "our", "you", "your", "he", "him",
      "his", "she", "her", "it", "its", "they", "them", "their", "who", "whom", "whose", "which", "that", "this",
      "these", "those", "one");

  private Words() {}

  /** Start offsets of the words inside {@code spans}. */
  public static Set<Integer> of(String text, Collection<Span> spans) {
    Set<Integer> out = new HashSet<>();
    for (Span s : spans) {
      if (s == null) {
        continue;
      }
      Matcher m = WORD.matcher(text).region(Math.max(0, s.begin()), Math.min(text.length(), s.end()));
      while (m.find()) {
        out.add(m.start());
      }
    }
    return out;
  }

  /** Token-overlap F1 of two word sets (1 when both are empty). */
  public static double f1(Set<Integer> a, Set<Integer> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (Integer i : a) {
      if (b.contains(i)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }

  /** Whether {@code span} holds nothing but a pronoun ("he", "They", "its", "who"). */
  public static boolean pronoun(String text, Span span) {
    if (span == null) {
      return false;
    }
    String w = span.of(text).strip().toLowerCase(Locale.ROOT).replaceFirst("['’]s$", "");
    return PRONOUNS.contains(w);
  }
}
