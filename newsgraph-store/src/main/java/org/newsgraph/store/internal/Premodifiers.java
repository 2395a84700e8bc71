package org.newsgraph.store.internal;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.Span;

/**
 * Whether a time expression modifies a noun ("last Sunday's agreement", "the December accord", "current
 * developments") rather than dating a happening ("met today to discuss", "will meet on March 17 and 18"). A date
 * inside a name tells which thing is meant: two reports naming differently dated agreements tell two agreements,
 * not one agreement on two days.
 */
final class Premodifiers {
  /** Words after which a time expression still dates the happening: function words, pronouns, verbs of saying. */
  private static final Set<String> FUNCTION = Set.of("and", "or", "but", "to", "at", "in", "on", "of", "for", "from",
      "by", "with", "after", "before", "when", "while", "as", "than", "that", "which", "who", "he", "she", "it",
      "they", "we", "i", "you", "his", "her", "its", "their", "the", "a", "an", "said", "says", "was", "were", "is",
      "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "might", "did", "do",
      "does", "not", "no", "this", "these", "those", "there", "then", "so", "if", "since", "until", "during", "over",
      "about", "into", "against", "between", "through", "under", "amid", "following", "ago", "earlier", "later");

  private Premodifiers() {}

  /** Whether the words right after {@code time} in {@code text} are a possessive or a noun it modifies. */
  static boolean namesANoun(String text, Span time) {
    int i = Math.max(0, Math.min(time.end(), text.length()));
    if (text.startsWith("'s ", i) || text.startsWith("\u2019s ", i)) {
      return true;
    }
    if (i >= text.length() || text.charAt(i) != ' ') {
      return false;
    }
    int b = i + 1;
    int e = b;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    if (e == b || !Character.isLowerCase(text.charAt(b))) {
      return false;
    }
    return !FUNCTION.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
  }
}
