package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;
import org.newsgraph.core.SpanIndex;
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
  private Ending persons;
  private Ending things;

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
    for (Mention m : SpanIndex.ofMentions(article.mentions()).containing(head.span())) {
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
    Mention last = (person ? persons() : things()).lastEndingBy(pronoun.begin());
    return last == null ? null : last.entityId();
  }

  private Ending persons() {
    if (persons == null) {
      persons = new Ending(article.mentions(), true);
    }
    return persons;
  }

  private Ending things() {
    if (things == null) {
      things = new Ending(article.mentions(), false);
    }
    return things;
  }

  /**
   * The compatible mentions (not demonyms) by where they end, to find the last one in the article's order that ends
   * by an offset with a binary search rather than a pass over every mention for each pronoun.
   */
  private static final class Ending {
    private final List<Mention> mentions;
    private final int[] ends;
    /** For each position: the latest place in the article's order among the mentions ending up to there. */
    private final int[] latest;

    Ending(List<Mention> all, boolean person) {
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        Mention m = all.get(i);
        if (compatible(m.entityId(), person) && m.role() != Mention.Role.DEMONYM) {
          at.add(i);
        }
      }
      at.sort(Comparator.comparingInt(i -> all.get(i).span().end()));
      mentions = all;
      ends = new int[at.size()];
      latest = new int[at.size()];
      for (int k = 0; k < at.size(); k++) {
        ends[k] = all.get(at.get(k)).span().end();
        latest[k] = Math.max(at.get(k), k == 0 ? -1 : latest[k - 1]);
      }
    }

    Mention lastEndingBy(int offset) {
      int lo = 0;
      int hi = ends.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ends[mid] <= offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo == 0 ? null : mentions.get(latest[lo - 1]);
    }
  }

  private static boolean compatible(String entityId, boolean person) {
    boolean isPerson = entityId.startsWith("person:");
    return person ? isPerson : entityId.startsWith("org:") || entityId.startsWith("country:")
        || entityId.startsWith("group:");
  }
}
