package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Attributions the page layout marks rather than a verb: a speaker's name and a colon ("PENCE: Well, …"), a quote
 * signed with a dash and a name at the end of its paragraph ("“…” ― Sonya Herridge"), and a bare "X said." right
 * after a quotation that closed the sentence before.
 */
final class LayoutRules {
  private static final int MAX_COLON_SOURCE_TOKENS = 6;
  private static final int MAX_SIGNATURE_TOKENS = 6;

  private final String text;
  private final QuoteMarks quotes;
  private final List<Span> paragraphs;

  LayoutRules(String text, List<Span> paragraphs) {
    this.text = text;
    this.paragraphs = paragraphs.isEmpty() ? List.of(new Span(0, text.length())) : paragraphs;
    this.quotes = new QuoteMarks(text, this.paragraphs);
  }

  /** A quotation closing right before this sentence, in the same paragraph (balanced back to its opening). */
  Span quoteJustBefore(DependencyTree tree) {
    int i = tree.sentence().span().begin() - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 0 || !quotes.quoteAt(i) || quotes.paragraphOf(i) != quotes.paragraphOf(tree.sentence().span().begin())) {
      return null;
    }
    Span mark = new Span(i, i + 1);
    Span whole = quotes.balance(mark);
    return whole.equals(mark) ? null : whole;
  }

  /**
   * A quotation whose closing mark comes right before {@code offset} (blanks between), balanced back to its
   * opening mark in the same paragraph or the ones it runs over: “…,” she said.
   */
  Span quoteClosingBefore(int offset) {
    int i = offset - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < 1 || !quotes.quoteAt(i) || Character.isWhitespace(text.charAt(i - 1))) {
      return null;
    }
    int begin = i > 0 && quotes.quoteAt(i - 1) && !QuoteMarks.isQuote(text.charAt(i)) ? i - 1 : i;
    Span mark = new Span(begin, i + 1);
    Span whole = quotes.balance(mark);
    return whole.equals(mark) || whole.end() != i + 1 ? null : whole;
  }

  /** "“…” ― Sonya Herridge": a quotation that ends its paragraph signed with a dash and a short name. */
  Draft dashSignature(DependencyTree tree, Token dash) {
    int para = quotes.paragraphOf(dash.span().begin());
    Span p = paragraphs.get(para);
    int before = dash.span().begin() - 1;
    while (before >= p.begin() && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (before < p.begin() || !quotes.quoteAt(before)) {
      return null;
    }
    int lineEnd = text.indexOf('\n', dash.span().end());
    int end = lineEnd < 0 ? p.end() : Math.min(p.end(), lineEnd); // signed quotes often come one per line
    List<Token> name = new ArrayList<>();
    for (int i = dash.index() + 1; i < tree.tokens().size(); i++) {
      Token t = tree.token(i);
      if (t.span().begin() >= end) {
        break;
      }
      name.add(t);
    }
    while (!name.isEmpty() && CueRules.TRIM.contains(name.get(name.size() - 1).word())) {
      name.remove(name.size() - 1);
    }
    if (name.isEmpty() || name.size() > MAX_SIGNATURE_TOKENS
        || name.stream().anyMatch(t -> !Character.isUpperCase(t.word().charAt(0)) && !t.word().equals(","))) {
      return null;
    }
    if (!text.substring(name.get(name.size() - 1).span().end(), end).replaceAll("[\\s.]", "").isEmpty()) {
      return null;
    }
    Span content = new Span(before, before + 1);
    Span quoted = quotes.balance(content);
    Span source = new Span(name.get(0).span().begin(), name.get(name.size() - 1).span().end());
    return new Draft(tree, dash.span(), dash, source, name.get(name.size() - 1), List.of(quoted), null, null);
  }

  /**
   * "PENCE: Well, look…", "Pat Caddell: Democrat Voters Worried…": a short name that opens a sentence, then a colon;
   * what follows to the end of the paragraph is the content. A place before the colon is a dateline, not a speaker.
   */
  Draft colon(DependencyTree tree) {
    List<Token> t = tree.tokens();
    int first = 0;
    while (first < t.size() && CueRules.startsWithQuote(t.get(first).word()) && t.get(first).word().length() <= 2) {
      first++; // a transcript quoted whole: "PENCE: Well, …
    }
    for (int i = first + 1; i < t.size() - 1 && i <= first + MAX_COLON_SOURCE_TOKENS; i++) {
      if (!t.get(i).word().equals(":")) {
        continue;
      }
      for (int k = first; k < i; k++) {
        Token w = t.get(k);
        if (!w.isProperNoun() && !w.ner().equals("PERSON") || w.ner().equals("LOCATION")) {
          return null;
        }
      }
      Span para = paragraphs.get(quotes.paragraphOf(t.get(i).span().begin()));
      int end = Math.max(t.get(t.size() - 1).span().end(), Math.min(para.end(),
          t.get(i).span().end() + QuoteMarks.MAX_CHARS));
      Span content = new Span(skipSpaces(t.get(i).span().end(), end), end);
      int e = content.end();
      while (e > content.begin() && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      Span source = new Span(t.get(first).span().begin(), t.get(i - 1).span().end());
      return new Draft(tree, t.get(i).span(), t.get(i), source, t.get(i - 1),
          List.of(new Span(content.begin(), e)), null, null);
    }
    return null;
  }

  /**
   * "Caddell continued:" ending its line: what was said is the next paragraph (the next line where paragraphs are
   * not separated by blank lines), within {@link QuoteMarks#MAX_CHARS}. Null when anything but blanks follows the
   * colon on its line.
   */
  Span paragraphAfter(int colonEnd) {
    int i = colonEnd;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != '\n') {
      return null;
    }
    int begin = skipSpaces(i, text.length());
    if (begin >= text.length()) {
      return null;
    }
    int p = quotes.paragraphOf(begin);
    int end = quotes.paragraphOf(colonEnd - 1) == p ? lineEnd(begin) : paragraphs.get(p).end();
    end = Math.min(end, begin + QuoteMarks.MAX_CHARS);
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end > begin ? new Span(begin, end) : null;
  }

  private int lineEnd(int from) {
    int e = text.indexOf('\n', from);
    return e < 0 ? text.length() : e;
  }

  private int skipSpaces(int i, int e) {
    int k = i;
    while (k < e && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }
}
