package org.newsgraph.extract.coref;

import java.util.List;
import java.util.Optional;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.extract.coref.Coreference.Speaker;

/**
 * "I" and "we" inside a quotation are its speaker: the subject of the speaking verb outside the quotation marks
 * right after it ("“…I…,” he said") or right before it ("Smith said: “…we…”"). Outside quotation marks they are the
 * writer, whom the article does not name.
 */
final class Quotations {
  private Quotations() {}

  static Resolution speaker(Coreference coref, ArticleIndex index, Sentence s, Token pronoun, boolean plural,
      List<Speaker> earlier, int step) {
    String word = ArticleIndex.lower(pronoun);
    if (!index.quoted(pronoun.span())) {
      return Resolution.unnamed(List.of(), null, 0.8, "pronoun " + word + " → the writer, not named");
    }
    Token verb = speakingVerb(index, s, pronoun);
    Token subject = verb == null ? null : subjectOf(index, index.sentenceAt(verb.span().begin()), verb);
    if (subject == null) {
      return Resolution.unnamed(List.of(), null, 0.6, "pronoun " + word + " → a speaker the text does not name");
    }
    Sentence vs = index.sentenceAt(subject.span().begin());
    Mention m = index.mentionOver(subject.span());
    Resolution r;
    if (m != null) {
      r = Resolution.entity(m.entityId(), m.span(), 0.85, "the quotation's speaker " + subject.word());
    } else {
      Optional<Resolution> x = coref.resolve(vs, subject, subject.span(), earlier, step + 1);
      if (x.isEmpty()) {
        return Resolution.unnamed(List.of(), subject.span(), 0.7, "pronoun " + word + " → the quotation's unnamed"
            + " speaker " + subject.word());
      }
      r = x.get().via("the quotation's speaker " + subject.word(), 0.9);
    }
    Entity e = index.entity(r.entityId());
    boolean fits = e == null || (plural ? e.type() != EntityType.PERSON : e.type() == EntityType.PERSON);
    if (!fits) {
      return Resolution.unnamed(List.of(), r.antecedent(), 0.6, "pronoun " + word + " → the side of " + r.reason());
    }
    return r.via("pronoun " + word, 1.0);
  }

  /** The speaking verb outside the quotation that holds {@code pronoun}: after its end, else before its start. */
  private static Token speakingVerb(ArticleIndex index, Sentence s, Token pronoun) {
    String text = index.text();
    int open = pronoun.span().begin();
    while (open > 0 && index.quoted(new Span(open - 1, open)) && text.charAt(open - 1) != '\n') {
      open--;
    }
    int close = pronoun.span().end();
    while (close < text.length() && index.quoted(new Span(close, close + 1)) && text.charAt(close) != '\n') {
      close++;
    }
    Sentence after = index.sentenceAt(Math.min(close + 1, text.length() - 1));
    Token v = after == null ? null : verbIn(index, after, close, after.span().end());
    if (v == null && after != null && after.index() != s.index()) {
      v = verbIn(index, s, close, s.span().end());
    }
    if (v == null) {
      Sentence before = index.sentenceAt(Math.max(0, open - 1));
      v = before == null ? null : verbIn(index, before, before.span().begin(), open);
    }
    return v;
  }

  private static Token verbIn(ArticleIndex index, Sentence s, int from, int to) {
    for (Token t : s.tokens()) {
      if (t.span().begin() >= from && t.span().end() <= to && t.isVerb() && !index.quoted(t.span())
          && Lexicon.SPEAKING.contains(ArticleIndex.lemma(t)) && subjectOf(index, s, t) != null) {
        return t;
      }
    }
    return null;
  }

  private static Token subjectOf(ArticleIndex index, Sentence s, Token verb) {
    for (Token c : index.children(s, verb)) {
      if (c.deprel().equals("nsubj") && !index.quoted(c.span())) {
        return c;
      }
    }
    return null;
  }
}
