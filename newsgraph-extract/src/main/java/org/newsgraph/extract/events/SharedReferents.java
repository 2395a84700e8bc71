package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.coref.Resolution;

/**
 * What {@link Participants} takes from the article's shared coreference resolver (the one the claims stage resolves
 * its sources with): the entity a pronoun or description names, and, when it names no single entity, the group it
 * stands for: the members of a pair ("Russia and Ukraine … the two", "both sides") or the earlier phrase it points
 * back to ("Prosecutors in the south of the country … They"), read as a participant of its own in its own sentence
 * (so "Venezuelan prosecutors" still gives Venezuela, and an unlinked phrase stays an unlinked span).
 */
final class SharedReferents {
  private final AnalyzedArticle article;
  private final Participants people;
  private Coreference coreference;

  SharedReferents(AnalyzedArticle article, Participants people) {
    this.article = article;
    this.people = people;
  }

  /** The article's resolver, made on first use. */
  Coreference coreference() {
    if (coreference == null) {
      coreference = Coreference.of(article);
    }
    return coreference;
  }

  /** The entity the resolver links the words at {@code span} to, when it names one. */
  String named(Span span) {
    return coreference().resolve(span).filter(Resolution::named).map(Resolution::entityId).orElse(null);
  }

  /**
   * The participants the words at {@code span} stand for when the resolver links them to a group and no single
   * entity: one argument per member of a pair (with the words' own span), else the earlier phrase's arguments.
   * Empty when the resolver names an entity (see {@link #named}), finds nothing, or points to no phrase.
   */
  List<Argument> group(Span span, int depth) {
    Resolution r = coreference().resolve(span).orElse(null);
    if (r == null || r.named()) {
      return List.of();
    }
    List<Argument> out = new ArrayList<>();
    if (!r.members().isEmpty()) {
      for (String id : r.members()) {
        out.add(new Argument(span, id));
      }
      return out;
    }
    Span back = r.antecedent();
    if (back == null || back.overlaps(span)) {
      return List.of();
    }
    Sentence s = sentenceAt(back.begin());
    Token head = s == null ? null : headOf(s, back);
    if (head == null || Participants.referring(head)) {
      return List.of(); // the resolver's chain ended on another pronoun: nothing more is known
    }
    return people.arguments(s, head, depth + 1);
  }

  /**
   * The entities of the previous sentence's main subject when it names several or a plural group that the shared
   * resolver does not link (it links names, not "The French and German leaders"): what a sentence-initial "they"
   * most often continues. Empty when that subject is singular or names no entity.
   */
  List<Argument> previousPluralSubject(Sentence s, int depth) {
    if (s.index() == 0) {
      return List.of();
    }
    Sentence prev = article.sentences().get(s.index() - 1);
    for (Token root : prev.tokens()) {
      if (root.head() >= 0) {
        continue;
      }
      for (Token subj : Deps.children(prev, root, "nsubj")) {
        boolean plural = subj.pos().equals("NNS") || subj.pos().equals("NNPS")
            || !Deps.childrenExactly(prev, subj, "conj").isEmpty();
        if (!plural || Participants.referring(subj)) {
          continue;
        }
        List<Argument> args = new ArrayList<>();
        for (Token c : Deps.withConjuncts(prev, subj)) {
          args.addAll(people.arguments(prev, c, depth + 1));
        }
        if (!args.isEmpty() && args.stream().allMatch(a -> a.entityId() != null)) {
          return args;
        }
      }
    }
    return List.of();
  }

  private Sentence sentenceAt(int offset) {
    for (Sentence s : article.sentences()) {
      List<Token> t = s.tokens();
      if (!t.isEmpty() && t.get(0).span().begin() <= offset && offset < t.get(t.size() - 1).span().end()) {
        return s;
      }
    }
    return null;
  }

  /** The token of {@code span} whose head lies outside it (the phrase's head), punctuation aside. */
  private static Token headOf(Sentence s, Span span) {
    Token top = null;
    for (Token t : s.tokens()) {
      if (!span.contains(t.span()) || t.deprel().equals("punct")) {
        continue;
      }
      Token h = t.head() < 0 ? null : s.tokens().get(t.head());
      if (h == null || !span.contains(h.span())) {
        if (top == null) {
          top = t;
        }
      }
    }
    return top;
  }
}
