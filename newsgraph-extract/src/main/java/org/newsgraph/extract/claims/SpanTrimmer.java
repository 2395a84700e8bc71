package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Turns tokens of one sentence into the text spans PolNeAR marks: punctuation trimmed at either end (quotation
 * marks kept), a set of tokens cut into contiguous runs, an opening dateline left out. Shared by the cue rules.
 */
final class SpanTrimmer {
  /** Longest dateline: "LOS ANGELES, Sept. 28 (UPI) —". */
  private static final int MAX_DATELINE_TOKENS = 12;

  private final String text;

  SpanTrimmer(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  /** The tokens set in {@code keep}, as contiguous trimmed runs with a word in them; clears a dateline in keep. */
  List<Span> runs(DependencyTree tree, BitSet keep) {
    List<Span> out = new ArrayList<>();
    int dateline = datelineEnd(tree);
    if (dateline > 0) {
      keep.clear(0, dateline);
    }
    int i = keep.nextSetBit(0);
    while (i >= 0) {
      int j = keep.nextClearBit(i);
      Span run = trim(tree, new Span(tree.token(i).span().begin(), tree.token(j - 1).span().end()));
      if (run != null && run.length() > 0 && hasWord(run)) {
        out.add(run);
      }
      i = keep.nextSetBit(j);
    }
    return out;
  }

  /**
   * "SEOUL:", "FLINT, Mich., Oct. 4 (UPI) —" opening a sentence is a dateline, not part of what anyone said: the
   * tokens up to the colon or dash, when a name in capitals opens it and no verb comes before the mark.
   */
  private static int datelineEnd(DependencyTree tree) {
    List<Token> t = tree.tokens();
    String first = t.get(0).word();
    if (!t.get(0).isProperNoun() || first.length() < 2 || !first.equals(first.toUpperCase(Locale.ROOT))) {
      return 0;
    }
    for (int i = 1; i < t.size() && i < MAX_DATELINE_TOKENS; i++) {
      String w = t.get(i).word();
      if (w.equals(":") || w.equals("—") || w.equals("--")) {
        return i + 1;
      }
      if (t.get(i).isVerb()) {
        return 0;
      }
    }
    return 0;
  }

  private boolean hasWord(Span s) {
    for (int i = s.begin(); i < s.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Drops punctuation tokens at either end (commas round a cue, the full stop), keeping quotation marks. */
  Span trim(DependencyTree tree, Span s) {
    if (s == null) {
      return null;
    }
    int b = s.begin();
    int e = s.end();
    boolean changed = true;
    while (changed && b < e) {
      changed = false;
      Token first = tokenStartingAt(tree, b);
      if (first != null && first.word().length() <= 2 && CueRules.TRIM.contains(first.word())
          && first.span().end() <= e && !(first.word().equals("(") && text.substring(b, e).contains(")"))) {
        b = skipSpaces(first.span().end(), e);
        changed = true;
      }
      Token last = tokenEndingAt(tree, e);
      if (last != null && last.word().length() <= 2 && CueRules.TRIM.contains(last.word())
          && last.span().begin() >= b && !(last.word().equals(")") && balancedParen(b, e))) {
        e = last.span().begin();
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        changed = true;
      }
    }
    return new Span(b, Math.max(b, e));
  }

  /** Whether the ")" ending {@code [b, e)} closes a "(" inside it ("Sen. Claire McCaskill (D-Mo.)"). */
  private boolean balancedParen(int b, int e) {
    String s = text.substring(b, e);
    return s.chars().filter(c -> c == '(').count() >= s.chars().filter(c -> c == ')').count();
  }

  private int skipSpaces(int i, int e) {
    while (i < e && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static Token tokenStartingAt(DependencyTree tree, int offset) {
    for (Token t : tree.tokens()) {
      if (t.span().begin() == offset) {
        return t;
      }
    }
    return null;
  }

  private static Token tokenEndingAt(DependencyTree tree, int offset) {
    for (Token t : tree.tokens()) {
      if (t.span().end() == offset) {
        return t;
      }
    }
    return null;
  }
}
