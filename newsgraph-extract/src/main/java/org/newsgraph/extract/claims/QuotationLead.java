package org.newsgraph.extract.claims;

import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Where a quotation of several sentences opens, before its cue's sentence, and its main word there: what stance reads
 * for such a claim ({@link StanceRules}).
 */
final class QuotationLead {
  private QuotationLead() {}

  /** The sentence the content opens in when it comes before the cue's sentence (a quotation of several), else null. */
  static DependencyTree sentence(AnalyzedArticle in, Draft d) {
    int start = d.content().get(0).begin();
    for (Sentence s : in.sentences().subList(firstEndingAfter(in.sentences(), start), in.sentences().size())) {
      if (s.span().end() > start) {
        return s.index() < d.tree().sentence().index() && !s.tokens().isEmpty() ? new DependencyTree(s) : null;
      }
    }
    return null;
  }

  /**
   * Where to start looking for the first sentence that ends after {@code offset}: a binary search over the sentences,
   * which the parser gives in text order.
   */
  private static int firstEndingAfter(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The content's word nearest the root of a sentence, the first verb among equals: the clause's main word even when
   * the parser hangs the sentence from its opening quotation mark.
   */
  static Token word(DependencyTree tree, List<Span> content) {
    Token best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (Token t : tree.tokens()) {
      boolean word = t.word().codePoints().anyMatch(Character::isLetterOrDigit);
      if (!word || content.stream().noneMatch(c -> c.contains(t.span()))) {
        continue;
      }
      int depth = 0;
      for (Token h = tree.head(t); h != null && depth <= tree.tokens().size(); h = tree.head(h)) {
        depth++;
      }
      if (depth < bestDepth || depth == bestDepth && t.isVerb() && !best.isVerb()) {
        best = t;
        bestDepth = depth;
      }
    }
    return best;
  }
}
