package org.newsgraph.extract.claims;

import java.util.List;
import java.util.Locale;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Gives a source span its canonical entity. A mention covering the source's head word is the entity ("South
 * Korea's spy agency" is already a mention of the NIS); a head the mentions do not cover ("officials", "intelligence
 * agencies") or a coordination of several ("Neither Pyongyang nor Moscow") is an unnamed group: no entity. "he",
 * "she" and "it" take the most recent compatible source before them, else the most recent compatible mention.
 */
final class SourceLinker {
  /** How far back (in sentences) an earlier claim's source still counts as the antecedent of a pronoun. */
  private static final int PRONOUN_WINDOW = 6;

  private final AnalyzedArticle article;

  SourceLinker(AnalyzedArticle article) {
    this.article = article;
  }

  /** A source resolved so far, for pronouns after it. */
  record Resolved(String entityId, int sentence, int begin) {}

  String link(DependencyTree tree, Span source, Token head, List<Resolved> earlier) {
    if (source == null || head == null) {
      return null;
    }
    String w = head.word().toLowerCase(Locale.ROOT);
    if (Cues.PERSON_PRONOUNS.contains(w)) {
      return antecedent(source, tree.sentence().index(), earlier, true);
    }
    if (Cues.THING_PRONOUNS.contains(w)) {
      return antecedent(source, tree.sentence().index(), earlier, false);
    }
    for (Token c : tree.children(head)) {
      if (DependencyTree.is(c, "conj") && source.contains(c.span())) {
        return null; // several sources together: no single entity
      }
    }
    Mention best = null;
    for (Mention m : article.mentions()) {
      if (m.span().contains(head.span()) && source.contains(m.span())
          && (best == null || m.span().length() > best.span().length())) {
        best = m;
      }
    }
    return best == null ? null : best.entityId();
  }

  private String antecedent(Span pronoun, int sentence, List<Resolved> earlier, boolean person) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Resolved r = earlier.get(i);
      if (sentence - r.sentence() > PRONOUN_WINDOW) {
        break;
      }
      if (r.entityId() != null && compatible(r.entityId(), person)) {
        return r.entityId();
      }
    }
    Mention last = null;
    for (Mention m : article.mentions()) {
      if (m.span().end() <= pronoun.begin() && compatible(m.entityId(), person)
          && m.role() != Mention.Role.DEMONYM) {
        last = m;
      }
    }
    return last == null ? null : last.entityId();
  }

  private static boolean compatible(String entityId, boolean person) {
    boolean isPerson = entityId.startsWith("person:");
    return person ? isPerson : entityId.startsWith("org:") || entityId.startsWith("country:")
        || entityId.startsWith("group:");
  }
}
