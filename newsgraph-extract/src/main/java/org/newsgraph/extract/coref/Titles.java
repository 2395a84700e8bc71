package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * How the article introduces each person: the titles and descriptions attached to their name ("Prime Minister
 * Tony Blair", "Jennifer Aniston, the Friends actor,", "Blair is the prime minister", "Smith, 64,"), so that a
 * later "the prime minister", "the actor" or "the 64-year-old" finds them.
 */
final class Titles {
  /** Modifiers a later description may add or drop without naming someone else ("the former president"). */
  static final Set<String> LOOSE = Set.of("former", "new", "then", "current", "outgoing", "incoming", "late",
      "veteran", "embattled", "beleaguered", "british", "american", "us", "u.s.", "uk", "top", "senior", "chief");

  /** A person mention and the words that describe it. */
  record Titled(String entityId, Sentence sentence, Span span, Set<String> words) {}

  private final ArticleIndex index;
  private final List<Titled> titled = new ArrayList<>();

  Titles(ArticleIndex index) {
    this.index = index;
    for (Mention m : index.mentions()) {
      Entity e = index.entity(m.entityId());
      Sentence s = index.sentenceAt(m.span().begin());
      if (e == null || s == null || e.type() != EntityType.PERSON) {
        continue;
      }
      Token h = index.headOf(s, m.span());
      if (h == null) {
        continue;
      }
      Set<String> words = new HashSet<>();
      for (Token c : index.children(s, h)) {
        if (ArticleIndex.is(c, "compound") || ArticleIndex.is(c, "amod") || ArticleIndex.is(c, "nummod")) {
          words.add(ArticleIndex.lemma(c));
        } else if (ArticleIndex.is(c, "appos") || ArticleIndex.is(c, "acl")) {
          describe(s, c, words);
        }
      }
      Token up = index.head(s, h);
      if (up != null && (ArticleIndex.is(h, "appos") || ArticleIndex.is(h, "compound")
          || h.deprel().startsWith("nsubj") && index.child(s, up, "cop") != null)) {
        describe(s, up, words); // "the prime minister, Tony Blair"; "Blair is the prime minister"
      }
      words.removeIf(w -> m.span().of(index.text()).toLowerCase(java.util.Locale.ROOT).contains(w));
      if (!words.isEmpty()) {
        titled.add(new Titled(e.id(), s, m.span(), words));
      }
    }
  }

  /** A noun and its modifiers, as description words ("the Friends actor" → actor, friends). */
  private void describe(Sentence s, Token noun, Set<String> words) {
    if (!noun.pos().startsWith("NN") && !noun.pos().equals("CD") && !noun.pos().startsWith("JJ")) {
      return;
    }
    words.add(ArticleIndex.lemma(noun));
    for (Token c : index.children(s, noun)) {
      if (ArticleIndex.is(c, "compound") || ArticleIndex.is(c, "amod") || ArticleIndex.is(c, "nummod")) {
        words.add(ArticleIndex.lemma(c));
      }
    }
  }

  /**
   * The person last introduced (before {@code before}) with the noun {@code head} and every word of
   * {@code modifiers}, whose gender agrees, else null.
   */
  Titled match(String head, Set<String> modifiers, int before, Gender gender, Salience salience) {
    Titled found = null;
    for (Titled t : titled) {
      if (t.span().begin() >= before) {
        break;
      }
      boolean names = t.words().stream().anyMatch(w -> w.equals(head) || w.endsWith("-" + head));
      if (names && t.words().containsAll(modifiers) && salience.gender(t.entityId()).agreesWith(gender)) {
        found = t;
      }
    }
    return found;
  }
}
