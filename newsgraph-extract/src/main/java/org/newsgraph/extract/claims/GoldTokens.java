package org.newsgraph.extract.claims;

import java.util.List;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * A person's attributions on the article's tokens: for every token, the attribution (by its position in the gold
 * list) whose source, cue or content covers most of the token's characters, if any. PolNeAR is univocal (each token
 * has at most one role in one attribution), so one answer per token is enough.
 */
final class GoldTokens {
  static final byte NONE = 0;
  static final byte SOURCE = 1;
  static final byte CUE = 2;
  static final byte CONTENT = 3;

  private final byte[][] role;
  private final int[][] owner;

  GoldTokens(ArticleTokens doc, List<BratAttribution> gold) {
    role = new byte[doc.size()][];
    owner = new int[doc.size()][];
    for (int k = 0; k < doc.size(); k++) {
      int n = doc.tree(k).tokens().size();
      role[k] = new byte[n];
      owner[k] = new int[n];
      java.util.Arrays.fill(owner[k], -1);
    }
    for (int a = 0; a < gold.size(); a++) {
      BratAttribution g = gold.get(a);
      mark(doc, g.content(), CONTENT, a);
      mark(doc, g.source(), SOURCE, a);
      mark(doc, g.cue(), CUE, a);
    }
  }

  private void mark(ArticleTokens doc, List<Span> spans, byte r, int a) {
    for (Span s : spans) {
      for (int k = 0; k < doc.size(); k++) {
        if (!doc.span(k).overlaps(s)) {
          continue;
        }
        for (Token t : doc.tree(k).tokens()) {
          int shared = Math.min(t.span().end(), s.end()) - Math.max(t.span().begin(), s.begin());
          if (shared > 0 && 2 * shared > t.span().length()) {
            role[k][t.index()] = r;
            owner[k][t.index()] = a;
          }
        }
      }
    }
  }

  byte role(int k, int i) {
    return role[k][i];
  }

  /** The gold attribution token {@code i} of sentence {@code k} has a role in, or -1. */
  int owner(int k, int i) {
    return owner[k][i];
  }

  /**
   * The cue of attribution {@code a} as the tagger sees cues: its first run of tokens in one sentence; null if none.
   */
  RoleTagFeatures.Cue cue(ArticleTokens doc, int a) {
    for (int k = 0; k < role.length; k++) {
      for (int i = 0; i < role[k].length; i++) {
        if (role[k][i] == CUE && owner[k][i] == a) {
          int j = i;
          while (j + 1 < role[k].length && role[k][j + 1] == CUE && owner[k][j + 1] == a) {
            j++;
          }
          return new RoleTagFeatures.Cue(k, i, j, AttributionTagger.head(doc.tree(k), i, j));
        }
      }
    }
    return null;
  }
}
