package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * What the resolver looks up again and again in one article: the sentence at an offset, each sentence's
 * dependents, the mention over a token, the entities by id, and which characters are inside quotation marks.
 */
final class ArticleIndex {
  private final AnalyzedArticle article;
  private final List<Sentence> sentences;
  private final int[] sentenceBegins;
  private final List<List<List<Token>>> children = new ArrayList<>();
  private final Map<String, Entity> entities = new HashMap<>();
  private final List<Mention> mentions;
  private final List<List<Mention>> mentionsBySentence = new ArrayList<>();
  private final BitSet quoted;

  ArticleIndex(AnalyzedArticle article) {
    this.article = article;
    this.sentences = article.sentences();
    this.sentenceBegins = new int[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      sentenceBegins[i] = s.span().begin();
      List<List<Token>> kids = new ArrayList<>();
      for (int k = 0; k < s.tokens().size(); k++) {
        kids.add(new ArrayList<>());
      }
      for (Token t : s.tokens()) {
        if (t.head() >= 0 && t.head() < kids.size() && t.head() != t.index()) {
          kids.get(t.head()).add(t);
        }
      }
      children.add(kids);
    }
    for (Entity e : article.entities()) {
      entities.put(e.id(), e);
    }
    this.mentions = article.mentions().stream().sorted(Comparator.comparing(Mention::span)).toList();
    for (int i = 0; i < sentences.size(); i++) {
      mentionsBySentence.add(new ArrayList<>());
    }
    for (Mention m : mentions) {
      Sentence s = sentenceAt(m.span().begin());
      if (s != null) {
        mentionsBySentence.get(s.index()).add(m);
      }
    }
    this.quoted = quotedCharacters(article.text());
  }

  AnalyzedArticle article() {
    return article;
  }

  String text() {
    return article.text();
  }

  List<Sentence> sentences() {
    return sentences;
  }

  List<Mention> mentions() {
    return mentions;
  }

  Entity entity(String id) {
    return id == null ? null : entities.get(id);
  }

  /** The sentence holding offset {@code at}, or null. */
  Sentence sentenceAt(int at) {
    int lo = 0;
    int hi = sentenceBegins.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentenceBegins[mid] <= at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) {
      return null;
    }
    Sentence s = sentences.get(found);
    return at < s.span().end() && !s.tokens().isEmpty() ? s : null;
  }

  List<Token> children(Sentence s, Token t) {
    return children.get(s.index()).get(t.index());
  }

  Token head(Sentence s, Token t) {
    int h = t.head();
    return h < 0 || h >= s.tokens().size() || h == t.index() ? null : s.tokens().get(h);
  }

  /** Whether {@code t} is {@code ancestor} or lies below it in the dependency tree. */
  /** The noun with the words right before it that hang from it ("a senior Iranian official"). */
  Span withModifiers(Sentence s, Token noun) {
    int begin = noun.span().begin();
    for (int i = noun.index() - 1; i >= 0 && dominates(s, noun, s.tokens().get(i)); i--) {
      begin = s.tokens().get(i).span().begin();
    }
    return new Span(begin, noun.span().end());
  }

  boolean dominates(Sentence s, Token ancestor, Token t) {
    Token x = t;
    for (int guard = 0; x != null && guard <= s.tokens().size(); guard++) {
      if (x.index() == ancestor.index()) {
        return true;
      }
      x = head(s, x);
    }
    return false;
  }

  /** The first dependent of {@code t} whose relation is {@code rel} or a subtype of it, else null. */
  Token child(Sentence s, Token t, String rel) {
    for (Token c : children(s, t)) {
      if (is(c, rel)) {
        return c;
      }
    }
    return null;
  }

  static boolean is(Token t, String rel) {
    return t.deprel().equals(rel) || t.deprel().startsWith(rel + ":");
  }

  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  static String lemma(Token t) {
    return t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
  }

  /** The token of {@code span} whose head lies outside it (the last such one), or null when none is inside. */
  Token headOf(Sentence s, Span span) {
    Token last = null;
    Token top = null;
    for (Token t : s.tokens()) {
      if (!span.contains(t.span())) {
        continue;
      }
      last = t;
      Token h = head(s, t);
      // a comma left at the edge of the span ("The chief inspector of schools, David Bell,") heads nothing
      if ((h == null || !span.contains(h.span())) && !is(t, "punct")) {
        top = t;
      }
    }
    return top != null ? top : last;
  }

  /** The tokens of {@code span} in sentence {@code s}. */
  List<Token> tokensIn(Sentence s, Span span) {
    List<Token> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (span.contains(t.span())) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The mention over a token: the longest one ending with it ("South Korea's spy agency" for "agency"), else the
   * longest one over it; null when none.
   */
  Mention mentionOver(Span token) {
    Mention ending = null;
    Mention over = null;
    Sentence s = sentenceAt(token.begin());
    for (Mention m : s == null ? mentions : mentionsBySentence.get(s.index())) {
      if (m.span().begin() > token.begin()) {
        break; // mentions are in text order
      }
      if (!m.span().contains(token)) {
        continue;
      }
      if (m.span().end() == token.end() && (ending == null || m.span().length() > ending.span().length())) {
        ending = m;
      }
      if (over == null || m.span().length() > over.span().length()) {
        over = m;
      }
    }
    return ending != null ? ending : over;
  }

  boolean quoted(Span span) {
    return quoted.get(span.begin());
  }

  /**
   * Characters inside quotation marks: curly quotes open and close; a straight double quote opens when a word
   * follows it and nothing but space or an opening bracket precedes it, closes when a word precedes it, and else
   * toggles; a new line closes whatever is open (a quotation running over paragraphs opens again on each).
   */
  private static BitSet quotedCharacters(String text) {
    BitSet out = new BitSet(text.length());
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        open = false;
      } else if (c == '\u201c') {
        open = true;
      } else if (c == '\u201d') {
        open = false;
      } else if (c == '"') {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1))
            || "([".indexOf(text.charAt(i - 1)) >= 0;
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        open = spaceBefore && !spaceAfter || (spaceBefore == spaceAfter ? !open : false);
      } else if (open) {
        out.set(i);
      }
    }
    return out;
  }
}
