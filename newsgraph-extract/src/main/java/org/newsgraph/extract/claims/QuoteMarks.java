package org.newsgraph.extract.claims;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Span;
import org.newsgraph.core.Work;

/**
 * Quotation marks and the spans they close. News quotes run over several sentences, and a quote over several
 * paragraphs opens each paragraph again and closes only in the last. Every extension here stays inside
 * {@link #MAX_PARAGRAPHS} paragraphs and {@link #MAX_CHARS} characters, so an unbalanced or never-closing quote
 * cannot swallow the article.
 */
final class QuoteMarks {
  static final int MAX_PARAGRAPHS = 4;
  static final int MAX_CHARS = 4000;

  private final String text;
  private final List<Span> paragraphs;
  /** Whether the paragraphs come in text order without overlapping (as readers give them): then one is found fast. */
  private final boolean ordered;
  private final Map<Integer, int[]> marks = new HashMap<>();
  /** Per paragraph, the marks that reopen a quote still open (see {@link #reopens}): sorted offsets. */
  private final Map<Integer, int[]> reopening = new HashMap<>();

  QuoteMarks(String text, List<Span> paragraphs) {
    this.text = text;
    this.paragraphs = paragraphs.isEmpty() ? List.of(new Span(0, text.length())) : paragraphs;
    boolean inOrder = true;
    for (int k = 1; k < this.paragraphs.size() && inOrder; k++) {
      inOrder = this.paragraphs.get(k - 1).end() <= this.paragraphs.get(k).begin();
    }
    this.ordered = inOrder;
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb';
  }

  /** A double quote, or the two-apostrophe quote some wires use (''Like this,''). */
  boolean quoteAt(int i) {
    if (i < 0 || i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return isQuote(c) || pairAt(i, '\'') || pairAt(i, '`');
  }

  private boolean pairAt(int i, char c) {
    return text.charAt(i) == c && (i + 1 < text.length() && text.charAt(i + 1) == c
        || i > 0 && text.charAt(i - 1) == c);
  }

  /** Number of quotation marks in {@code s} (a two-apostrophe mark counts once). */
  int count(Span s) {
    Work.tally(s.length());
    int n = 0;
    for (int i = s.begin(); i < s.end(); i++) {
      if (mark(i)) {
        n++;
        if (text.charAt(i) == '\'' || text.charAt(i) == '`') {
          i++;
        }
      }
    }
    return n;
  }

  /**
   * Whether {@code offset} lies inside a quotation: an odd number of marks between its paragraph's start and it.
   * A paragraph with an odd number of marks in all is a quote running on into the next one, which still counts
   * from its opening mark.
   */
  boolean inside(int offset) {
    int k = paragraphOf(offset);
    Span p = paragraphs.get(k);
    // the marks before the offset, as count() would find them from the paragraph's start: its marks are found once
    int[] at = marksOf(k);
    int end = Math.max(p.begin(), Math.min(offset, p.end()));
    int before = Arrays.binarySearch(at, end);
    return (before < 0 ? -before - 1 : before) % 2 == 1;
  }

  /** Where count() finds the marks of paragraph {@code k}, scanning it from its start; found on first use. */
  private int[] marksOf(int k) {
    int[] at = marks.get(k);
    if (at == null) {
      Span p = paragraphs.get(k);
      int[] found = new int[8];
      int n = 0;
      int[] again = new int[0];
      for (int i = p.begin(); i < p.end(); i++) {
        if (quoteAt(i)) {
          if (n % 2 == 1 && reopens(i)) {
            again = Arrays.copyOf(again, again.length + 1);
            again[again.length - 1] = i;
            continue;
          }
          found = n == found.length ? Arrays.copyOf(found, 2 * n) : found;
          found[n++] = i;
          if (text.charAt(i) == '\'' || text.charAt(i) == '`') {
            i++;
          }
        }
      }
      Work.step(p.length());
      at = Arrays.copyOf(found, n);
      marks.put(k, at);
      reopening.put(k, again);
    }
    return at;
  }

  /**
   * Whether the mark at {@code i}, met inside an open quote, opens again rather than closes: an opening mark after
   * the end of a sentence ({@code moment. "He was…}). A quote over several paragraphs opens each paragraph again;
   * where a text lost its paragraph breaks, that mark is all that is left of one, and the quote runs on.
   */
  private boolean reopens(int i) {
    char c = text.charAt(i);
    if (c != '"' && c != '\u201c' || i < 2 || i + 1 >= text.length() || !Character.isWhitespace(text.charAt(i - 1))
        || !Character.isLetterOrDigit(text.charAt(i + 1))) {
      return false;
    }
    int b = i - 1;
    while (b > 0 && Character.isWhitespace(text.charAt(b))) {
      b--;
    }
    return ".?!".indexOf(text.charAt(b)) >= 0;
  }

  /** A quotation mark that opens or closes (not one that reopens a quote still open, {@link #reopens}). */
  private boolean mark(int i) {
    if (!quoteAt(i)) {
      return false;
    }
    int k = paragraphOf(i);
    marksOf(k);
    return Arrays.binarySearch(reopening.get(k), i) < 0;
  }

  boolean hasQuote(Span s) {
    return count(s) > 0;
  }

  /** Whether {@code s} starts with a mark (skipping blanks). */
  boolean startsQuoted(Span s) {
    int i = skipBlanks(s.begin(), s.end());
    return i < s.end() && quoteAt(i);
  }

  /** Whether {@code s} ends with a mark, possibly followed by nothing but blanks. */
  boolean endsQuoted(Span s) {
    int i = s.end() - 1;
    while (i >= s.begin() && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= s.begin() && quoteAt(i);
  }

  /**
   * Pulls in the marks right around {@code s}: an opening mark just before it, and a closing mark just after it
   * (with the comma or full stop inside it, as in {@code “…,”}), when that balances the span. A span that opens with
   * the mark that closed the sentence before (right after its full stop) starts after it.
   */
  Span snap(Span s) {
    int b = s.begin();
    int e = s.end();
    if (quoteAt(b) && b > 0 && ".?!".indexOf(text.charAt(b - 1)) >= 0 && count(s) % 2 == 1) {
      // the sentence before closed with this mark (the tokenizer gave it to the next sentence): it is not ours
      int after = skipBlanks(afterMark(b), e);
      b = after < e ? after : b;
    }
    int before = b - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    if (before >= 0 && quoteAt(before) && count(s) % 2 == 0) {
      int mark = before - (before > 0 && quoteAt(before - 1) && !isQuote(text.charAt(before)) ? 1 : 0);
      b = openingLike(mark) ? mark : b;
    }
    int after = e;
    if (after < text.length() && ",.!?;".indexOf(text.charAt(after)) >= 0 && quoteAt(after + 1)) {
      after++;
    }
    int next = afterMark(after);
    boolean closing = after < text.length() && quoteAt(after)
        && (next >= text.length() || !Character.isLetterOrDigit(text.charAt(next)));
    int inside = count(new Span(b, e));
    if (closing && (inside % 2 == 1 || inside == 0)) {
      e = next;
    }
    return new Span(b, e);
  }

  /** A lone mark that closes: a right quotation mark, or a straight one right after a word or punctuation. */
  private boolean closingLike(int i) {
    char c = text.charAt(i);
    return c == '\u201d' || c == '\u00bb' || i > 0 && !Character.isWhitespace(text.charAt(i - 1))
        && c != '\u201c' && c != '\u201e' && c != '\u00ab';
  }

  /**
   * A mark that can open: a left quotation mark, or a straight one at the start of the text or after a blank or an
   * opening bracket or dash. A straight mark right after a word or a full stop closes ({@code ones." The total…}),
   * and pulling it into the next sentence's span would leave that span's quote unbalanced.
   */
  private boolean openingLike(int i) {
    char c = text.charAt(i);
    if (c == '\u201c' || c == '\u201e' || c == '\u00ab') {
      return true;
    }
    if (c == '\u201d' || c == '\u00bb') {
      return false;
    }
    return i == 0 || Character.isWhitespace(text.charAt(i - 1))
        || "([{\u2014\u2013-".indexOf(text.charAt(i - 1)) >= 0;
  }

  /**
   * Extends a span that opens a quote and does not close it forward to the closing mark, and one that closes a
   * quote it did not open back to the opening mark, across sentences and the paragraphs of one multi-paragraph
   * quote. Returns the span unchanged when it is balanced.
   */
  Span balance(Span s) {
    return continuedFromEarlierParagraphs(balanceOdd(s));
  }

  private Span balanceOdd(Span s) {
    if (count(s) % 2 == 0) {
      return s;
    }
    if (s.length() <= 2 && closingLike(s.begin())) {
      return backward(s);
    }
    if (startsQuoted(s)) {
      return forward(s);
    }
    if (endsQuoted(s)) {
      return backward(s);
    }
    return s;
  }

  /**
   * A quote that opens its paragraph continues one left open by the paragraph before when that one also opened with
   * a mark and has an odd number of them (the news convention for a quote over several paragraphs).
   */
  private Span continuedFromEarlierParagraphs(Span s) {
    int p = paragraphOf(s.begin());
    int begin = s.begin();
    for (int k = p - 1; k >= 0 && k > p - MAX_PARAGRAPHS; k--) {
      Span next = paragraphs.get(k + 1);
      Span prev = paragraphs.get(k);
      boolean continues = begin == skipBlanks(next.begin(), next.end()) && quoteAt(begin) && startsQuoted(prev)
          && count(prev) % 2 == 1 && s.end() - prev.begin() <= MAX_CHARS;
      if (!continues) {
        break;
      }
      begin = skipBlanks(prev.begin(), prev.end());
    }
    return new Span(begin, s.end());
  }

  private Span forward(Span s) {
    int p = paragraphOf(s.begin());
    for (int k = p; k < paragraphs.size() && k < p + MAX_PARAGRAPHS; k++) {
      Span para = paragraphs.get(k);
      if (k > p && !startsQuoted(para)) {
        break; // the quote does not go on into this paragraph
      }
      int from = k == p ? s.end() : afterMark(skipBlanks(para.begin(), para.end()));
      for (int i = from; i < para.end() && i < s.begin() + MAX_CHARS; i++) {
        if (mark(i)) {
          return new Span(s.begin(), afterMark(i));
        }
      }
    }
    return s; // never closes: the span stays as the parse gave it
  }

  private Span backward(Span s) {
    int p = paragraphOf(Math.max(0, s.end() - 1));
    Span para = paragraphs.get(p);
    int open = -1;
    for (int i = s.begin() - 1; i >= para.begin() && i >= s.end() - MAX_CHARS; i--) {
      if (mark(i)) {
        open = i > 0 && quoteAt(i - 1) && !isQuote(text.charAt(i)) ? i - 1 : i;
        break;
      }
    }
    if (open < 0) {
      return s;
    }
    int begin = open;
    for (int k = p - 1; k >= 0 && k > p - MAX_PARAGRAPHS; k--) {
      Span next = paragraphs.get(k + 1);
      Span prev = paragraphs.get(k);
      boolean continues = begin == skipBlanks(next.begin(), next.end()) && startsQuoted(prev)
          && count(prev) % 2 == 1 && s.end() - prev.begin() <= MAX_CHARS;
      if (!continues) {
        break;
      }
      begin = skipBlanks(prev.begin(), prev.end());
    }
    return new Span(begin, s.end());
  }

  /** The offset just after the mark at {@code i} (two characters for a two-apostrophe mark). */
  private int afterMark(int i) {
    return i + 1 + (i + 1 < text.length() && quoteAt(i + 1) && !isQuote(text.charAt(i)) ? 1 : 0);
  }

  private int skipBlanks(int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  int paragraphOf(int offset) {
    if (ordered) { // the one paragraph that begins last at or before the offset (a binary search)
      int lo = 0;
      int hi = paragraphs.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (paragraphs.get(mid).begin() <= offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return Math.max(0, lo - 1);
    }
    for (int k = 0; k < paragraphs.size(); k++) {
      if (paragraphs.get(k).begin() <= offset && offset < paragraphs.get(k).end()) {
        return k;
      }
    }
    for (int k = paragraphs.size() - 1; k >= 0; k--) {
      if (paragraphs.get(k).begin() <= offset) {
        return k;
      }
    }
    return 0;
  }
}
