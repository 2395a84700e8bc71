package org.newsgraph.store.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two statements of a source say one proposition, and which way: the words they share (a symmetric
 * share, so a long statement does not swallow a short one) and the parity of their negations ("denied that X" and
 * "said not X" are one account; "denied X" and "said X" are two).
 */
final class Propositions {
  /** Share of content stems two statements must have in common (Dice) to say one thing. */
  static final double SAME = 0.5;
  private static final int STEM = 5;
  private static final Set<String> NEGATORS = Set.of("not", "no", "never", "n't", "nt", "neither", "nor", "none",
      "nothing", "without", "cannot");

  private Propositions() {}

  /** Whether two statements' words say one proposition (negations set aside). */
  static boolean same(String a, String b) {
    return same(stems(a), stems(b));
  }

  /** {@link #same(String, String)} for the {@link #stems} of two statements. */
  static boolean same(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    long shared = x.stream().filter(y::contains).count();
    return 2.0 * shared / (x.size() + y.size()) >= SAME;
  }

  /** Whether a statement's words negate what they say (an odd number of negations). */
  static boolean negated(String text) {
    int n = 0;
    for (String w : tokens(text)) {
      n += NEGATORS.contains(w) ? 1 : 0;
    }
    return n % 2 == 1;
  }

  /** Content stems: words of four letters or more, not negations, cut to their first five letters. */
  static Set<String> stems(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : tokens(text)) {
      if (w.length() >= 4 && !NEGATORS.contains(w)) {
        out.add(w.length() > STEM ? w.substring(0, STEM) : w);
      }
    }
    return out;
  }

  private static String[] tokens(String text) {
    return text == null ? new String[0]
        : text.toLowerCase(Locale.ROOT).replace("n't", " n't").split("[^\\p{L}\\p{N}']+");
  }
}
