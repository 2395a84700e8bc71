package org.newsgraph.extract.claims;

import org.newsgraph.core.Span;

/**
 * “A,” he said, “B.”: a quotation the source and cue interrupt. The parse often takes only the second part as the
 * cue's complement; the first part, which closes with a comma right before the source and cue and opens the
 * sentence, is the content's first fragment (PolNeAR and the labelled real news mark both parts).
 */
final class InterruptedQuote {
  private InterruptedQuote() {}

  /**
   * The quotation before {@code d}'s source and cue, or null: {@code d}'s content must open with a quotation mark
   * after the cue, a comma alone standing between the source and cue and that mark; the quotation before must close
   * with a comma inside its mark right before the source and cue, and open its sentence.
   */
  static Span before(String text, QuoteMarks quotes, Draft d) {
    if (d.source() == null || d.content().isEmpty()) {
      return null;
    }
    Span first = d.content().get(0);
    int front = Math.min(d.cue().begin(), d.source().begin());
    int back = Math.max(d.cue().end(), d.source().end());
    if (first.begin() < back || !quotes.startsQuoted(first) || d.content().stream().anyMatch(c -> c.end() <= front)
        || !text.substring(back, first.begin()).strip().equals(",")) {
      return null;
    }
    int i = front - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < 2 || !quotes.quoteAt(i)) {
      return null;
    }
    int mark = quotes.quoteAt(i - 1) && !QuoteMarks.isQuote(text.charAt(i)) ? i - 1 : i; // a two-apostrophe mark
    if (text.charAt(mark - 1) != ',') {
      return null;
    }
    Span quote = quotes.balance(new Span(mark, i + 1));
    int sentence = d.tree().sentence().span().begin();
    if (quote.end() != i + 1 || quote.length() <= i + 1 - mark + 1 || quote.begin() < sentence
        || !text.substring(sentence, quote.begin()).isBlank()) {
      return null;
    }
    return quote;
  }
}
