package org.newsgraph.extract.coref;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * What a description's own words name, so that it need not refer back: the person named on a noun ("the
 * families' solicitor Phil Shiner", "the chairman of the Bar Council, Guy Mansfield"), the country qualifying a
 * government ("the Israeli government", "Israel's government"), a document's issuer named below it ("a study by
 * analysts Jupiter Research"); and the one country an article is about, for "the government" when no country
 * stands before it.
 */
final class PhraseReferents {
  /** Relations by which a name stands for the noun it hangs on. */
  private static final List<String> NAMING = List.of("appos", "flat", "compound", "dep");
  /** A frame country needs this many references, and this many times those of the next country. */
  private static final int FRAME_MIN = 2;
  private static final int FRAME_RATIO = 2;

  private final ArticleIndex index;
  private String frame;
  private boolean frameDone;

  PhraseReferents(ArticleIndex index) {
    this.index = index;
  }

  /**
   * The one person named on {@code head} inside {@code span}: a name in apposition, flat or compound after it, or
   * in apposition to a noun it governs; null when none or several. A possessor or a name after a preposition
   * ("Napier's lawyer", "the lawyer for Jackson") is someone else.
   */
  Mention person(Sentence s, Token head, Span span) {
    Mention found = null;
    for (Token c : index.children(s, head)) {
      Mention m = naming(c, head) ? typed(c, span, EntityType.PERSON) : null;
      if (m == null && ArticleIndex.is(c, "nmod") && !ArticleIndex.is(c, "nmod:poss")) {
        for (Token g : index.children(s, c)) { // "the chairman of the Bar Council, Guy Mansfield"
          Mention inner = ArticleIndex.is(g, "appos") ? typed(g, span, EntityType.PERSON) : null;
          m = inner != null ? inner : m;
        }
      }
      if (m != null) {
        if (found != null && !found.entityId().equals(m.entityId())) {
          return null; // "actors Selma Blair and Dennis Quaid": several
        }
        found = m;
      }
    }
    return found;
  }

  /** The one country qualifying {@code head}: an adjective, compound or possessor ("the Israeli government"). */
  Mention country(Sentence s, Token head, Span span) {
    Mention found = null;
    for (Token c : index.children(s, head)) {
      boolean qualifies = ArticleIndex.is(c, "amod") || ArticleIndex.is(c, "compound")
          || ArticleIndex.is(c, "nmod:poss");
      Mention m = qualifies && c.index() < head.index() ? typed(c, span, EntityType.COUNTRY) : null;
      if (m != null) {
        if (found != null && !found.entityId().equals(m.entityId())) {
          return null; // "the Danish and German governments"
        }
        found = m;
      }
    }
    return found;
  }

  /**
   * The organisation a capitalised phrase the entities missed names ("The Conservatives" where the article named
   * the Conservative Party): one whose name or alias is the words (the last in the singular), or, for a plural
   * name, whose name opens with the head in the singular; null when none or several.
   */
  String organisationNamed(Span span, Token head) {
    String words = span.of(index.text()).strip().replaceFirst("(?i)^the\\s+", "").replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
    String singular = words.endsWith("s") ? words.substring(0, words.length() - 1) : words;
    String headSingular = ArticleIndex.lower(head).replaceFirst("s$", "");
    String found = null;
    for (Entity e : index.article().entities()) {
      if (e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      boolean match = head.pos().equals("NNPS") && e.name().toLowerCase(Locale.ROOT).startsWith(headSingular + " ");
      for (String n : names(e)) {
        match |= n.equals(words) || n.equals(singular);
      }
      if (match && found != null && !found.equals(e.id())) {
        return null;
      }
      found = match ? e.id() : found;
    }
    return found;
  }

  private static List<String> names(Entity e) {
    List<String> out = new java.util.ArrayList<>();
    out.add(e.name().toLowerCase(Locale.ROOT));
    e.aliases().forEach(a -> out.add(a.toLowerCase(Locale.ROOT)));
    return out;
  }

  /** The mention over {@code t} or, when none, over a name hanging on it ("analysts Jupiter Research"). */
  Mention namedAt(Sentence s, Token t) {
    Mention m = index.mentionOver(t.span());
    if (m != null) {
      return m;
    }
    for (Token c : index.children(s, t)) {
      Mention inner = naming(c, t) ? index.mentionOver(c.span()) : null;
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  /**
   * The country the article is about: the one referred to most (by name, by adjective, or as the country of an
   * organisation or person named), at least twice and at least twice as often as any other; else null.
   */
  String frameCountry() {
    if (!frameDone) {
      frameDone = true;
      Map<String, Integer> counts = new HashMap<>();
      for (Mention m : index.mentions()) {
        Entity e = index.entity(m.entityId());
        String country = e == null ? null : e.type() == EntityType.COUNTRY ? e.id()
            : e.country() != null ? "country:" + e.country() : null;
        if (country != null) {
          counts.merge(country, 1, Integer::sum);
        }
      }
      String top = null;
      int first = 0;
      int second = 0;
      for (Map.Entry<String, Integer> c : counts.entrySet()) {
        if (c.getValue() > first || c.getValue() == first && c.getKey().compareTo(top) < 0) {
          second = Math.max(second, first);
          first = c.getValue();
          top = c.getKey();
        } else {
          second = Math.max(second, c.getValue());
        }
      }
      // the country may be named only through its places and bodies ("England", "the Home Office"): its id is
      // then one the article's entities do not list, as for the countries of an unnamed group
      frame = first >= FRAME_MIN && first >= FRAME_RATIO * second ? top : null;
    }
    return frame;
  }

  private static boolean naming(Token c, Token head) {
    for (String rel : NAMING) {
      if (ArticleIndex.is(c, rel) && !ArticleIndex.is(c, "compound:prt")) {
        // a compound before the noun qualifies it ("a Kidder officer" is Kidder's officer)
        return !rel.equals("compound") || c.index() > head.index();
      }
    }
    return false;
  }

  private Mention typed(Token t, Span span, EntityType type) {
    Mention m = index.mentionOver(t.span());
    Entity e = m == null ? null : index.entity(m.entityId());
    return e != null && e.type() == type && span.contains(m.span()) ? m : null;
  }
}
