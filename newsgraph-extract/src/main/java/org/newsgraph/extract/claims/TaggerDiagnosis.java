package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Why a stage running the {@link AttributionTagger} found no claim at cues a person marked: the cue tagger marks no
 * cue there (with the main word's tag, and whether it stands in a quotation), the role tagger finds no content for
 * the cue it marks, or the attribution was found and then left to an outer one whose content holds it. For error
 * analysis ({@code newsgraph eval attribution --tagger-model FILE --errors}); the stage itself never calls it.
 */
public final class TaggerDiagnosis {
  private TaggerDiagnosis() {}

  /** The reason for each of {@code cues} (a short phrase; null when the cue lies in no sentence). */
  public static List<String> whyMissed(TaggerModel model, AnalyzedArticle a, List<Span> cues) {
    ArticleTokens doc = new ArticleTokens(a);
    List<AttributionTagger.Found> found = model.tagger().candidates(doc);
    List<Draft> kept = AttributionTagger.outermost(found);
    List<String> out = new ArrayList<>();
    for (Span cue : cues) {
      int k = doc.sentenceAt(cue.begin());
      AttributionTagger.Found f = found.stream().filter(x -> x.cue().overlaps(cue)).findFirst().orElse(null);
      if (k < 0) {
        out.add(null);
      } else if (f == null) {
        Token head = mainToken(doc.tree(k), cue);
        out.add(head == null ? "no token" : "not tagged as a cue: " + head.pos()
            + (doc.quoted(k, head.index()) ? ", in a quotation" : ""));
      } else if (f.draft() == null) {
        out.add("cue, no content");
      } else {
        out.add(kept.contains(f.draft()) ? "found" : "nested in another content");
      }
    }
    return out;
  }

  private static Token mainToken(DependencyTree tree, Span cue) {
    for (Token t : tree.tokens()) {
      Token h = tree.head(t);
      if (cue.overlaps(t.span()) && (h == null || !cue.overlaps(h.span()))) {
        return t;
      }
    }
    return null;
  }
}
