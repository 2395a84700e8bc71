package org.newsgraph.extract.claims;

import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Why the stage found no claim at a cue a person marked: the cue's head is not a verb, sits in a quotation, the cue
 * model rejects it, the rules find no content for it, or a draft was found and dropped later. For error analysis
 * ({@code newsgraph eval attribution --errors}); the stage itself never calls it.
 */
public final class CueDiagnosis {
  private CueDiagnosis() {}

  /** The reason, as a short phrase; null when the cue lies in no sentence. */
  public static String whyMissed(AnalyzedArticle a, Span cue) {
    Sentence s = a.sentences().stream().filter(x -> x.span().overlaps(cue)).findFirst().orElse(null);
    if (s == null) {
      return null;
    }
    String text = a.text();
    DependencyTree tree = new DependencyTree(s);
    Token head = null;
    for (Token t : s.tokens()) {
      Token h = tree.head(t);
      if (cue.overlaps(t.span()) && (h == null || !cue.overlaps(h.span()))) {
        head = t;
        break;
      }
    }
    CueModel model = CueModel.shipped();
    if (head == null) {
      return "no token";
    } else if (!head.isVerb()) {
      return "not a verb " + head.pos();
    } else if (new QuoteMarks(text, a.article().paragraphs()).inside(head.span().begin())) {
      return "verb in a quotation";
    } else if (!model.isCue(tree, head)) {
      return "model rejects";
    }
    Token h = head;
    boolean drafted = new CueRules(text, a.article().paragraphs(), model).find(tree).stream()
        .anyMatch(d -> d.cueToken().index() == h.index());
    return drafted ? "drafted, dropped later" : "accepted, no content (" + head.deprel() + ")";
  }
}
