package org.newsgraph.eval.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.extract.claims.BratAttribution;
import org.newsgraph.extract.claims.CueDiagnosis;
import org.newsgraph.extract.claims.TaggerDiagnosis;
import org.newsgraph.extract.claims.TaggerModel;

/**
 * The error lines of {@code eval attribution --errors FILE}: one per gold attribution whose cue no claim of ours
 * overlaps ({@code MISS}, with the reason {@link CueDiagnosis} gives, or {@link TaggerDiagnosis} when the stage ran the
 * tagger), and one per claim of ours whose cue overlaps
 * no gold cue ({@code SPURIOUS}). Tab-separated: kind, reason, file, cue, sentence.
 */
final class MissedAttributions {
  private static final int MAX_SENTENCE = 200;

  private MissedAttributions() {}

  /** @param tagger the tagger model the stage ran with; null for the standard stage (the rules) */
  static List<String> lines(TaggerModel tagger, String file, AnalyzedArticle a, List<BratAttribution> gold,
      List<Claim> claims) {
    List<String> out = new ArrayList<>();
    String text = a.text();
    List<Span> missed = new ArrayList<>();
    for (BratAttribution g : gold) {
      if (!g.cue().isEmpty() && claims.stream().noneMatch(c -> g.cue().stream().anyMatch(c.cue()::overlaps))) {
        missed.add(g.cue().get(0));
      }
    }
    List<String> why = tagger != null ? TaggerDiagnosis.whyMissed(tagger, a, missed)
        : missed.stream().map(cue -> CueDiagnosis.whyMissed(a, cue)).toList();
    for (int i = 0; i < missed.size(); i++) {
      if (why.get(i) != null) {
        out.add(line("MISS", why.get(i), file, missed.get(i).of(text), sentence(a, missed.get(i))));
      }
    }
    for (Claim c : claims) {
      if (gold.stream().noneMatch(g -> g.cue().stream().anyMatch(c.cue()::overlaps))) {
        out.add(line("SPURIOUS", "-", file, c.cue().of(text), sentence(a, c.cue())));
      }
    }
    return out;
  }

  private static String sentence(AnalyzedArticle a, Span at) {
    String s = a.sentences().stream().filter(x -> x.span().overlaps(at)).findFirst().map(Sentence::span)
        .map(sp -> sp.of(a.text())).orElse("");
    s = s.replaceAll("\\s+", " ").strip();
    return s.length() > MAX_SENTENCE ? s.substring(0, MAX_SENTENCE) + "…" : s;
  }

  private static String line(String kind, String why, String file, String cue, String sentence) {
    return String.join("\t", kind, why, file, cue.replaceAll("\\s+", " "), sentence);
  }
}
