package org.newsgraph.eval.precision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Span;

/**
 * Judges an article's predicted claims against its gold claims.
 *
 * <p>Pairing, one to one: a prediction and a gold claim are candidates when their cues overlap (score 2 plus the
 * content F1), or else when their contents have a word-overlap F1 of at least 0.5 (score = that F1); the best-scoring
 * candidates are paired first. A prediction left unpaired is {@link ClaimError#NOT_AN_ATTRIBUTION}.
 *
 * <p>A paired prediction is judged on three counts. <b>Cue</b>: right when the cues overlap and their word F1 is at
 * least 0.5 (a cue with no words, a colon, needs only the overlap). <b>Content</b>: right when the word F1 of all
 * content pieces together is at least 0.8. <b>Source</b>: see {@link #source}. A prediction with none of these
 * errors is fully right; a gold claim paired with a fully right prediction is recalled.
 */
final class ClaimJudge {
  static final double CUE_F1 = 0.5;
  static final double CONTENT_F1 = 0.8;
  static final double PAIR_CONTENT_F1 = 0.5;

  private ClaimJudge() {}

  /** The verdict on one prediction: its gold claim (null when unpaired), its errors, and a reason for people. */
  record Verdict(Claim predicted, GoldClaim gold, Set<ClaimError> errors, String why) {
    boolean right() {
      return errors.isEmpty();
    }
  }

  /** Every prediction's verdict, and the gold claims no prediction paired with. */
  record Result(List<Verdict> verdicts, List<GoldClaim> missed) {}

  static Result judge(String text, List<GoldClaim> gold, List<Claim> predicted) {
    List<OneToOnePairs.Candidate> candidates = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      Claim c = predicted.get(p);
      Set<Integer> content = Words.of(text, c.content());
      for (int g = 0; g < gold.size(); g++) {
        GoldClaim gc = gold.get(g);
        double f1 = Words.f1(content, Words.of(text, spans(gc.content())));
        if (gc.cue().overlaps(c.cue())) {
          candidates.add(new OneToOnePairs.Candidate(p, g, 2 + f1));
        } else if (f1 >= PAIR_CONTENT_F1) {
          candidates.add(new OneToOnePairs.Candidate(p, g, f1));
        }
      }
    }
    int[] goldOf = OneToOnePairs.pair(candidates, predicted.size(), gold.size());
    List<Verdict> verdicts = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      verdicts.add(verdict(text, predicted.get(p), goldOf[p] < 0 ? null : gold.get(goldOf[p])));
    }
    return new Result(verdicts, OneToOnePairs.unpaired(gold, goldOf));
  }

  private static Verdict verdict(String text, Claim c, GoldClaim g) {
    if (g == null) {
      return new Verdict(c, null, EnumSet.of(ClaimError.NOT_AN_ATTRIBUTION), "no gold claim has this cue");
    }
    Set<ClaimError> errors = EnumSet.noneOf(ClaimError.class);
    List<String> why = new ArrayList<>();
    String source = source(text, c, g);
    if (source != null) {
      errors.add(source.startsWith("pronoun") ? ClaimError.SOURCE_PRONOUN
          : source.startsWith("unresolved") ? ClaimError.SOURCE_UNRESOLVED : ClaimError.SOURCE_WRONG);
      why.add("source " + source);
    }
    Set<Integer> cueWords = Words.of(text, List.of(g.cue().span()));
    Set<Integer> ourCue = Words.of(text, List.of(c.cue()));
    boolean cueRight = g.cue().overlaps(c.cue())
        && (cueWords.isEmpty() || ourCue.isEmpty() || Words.f1(cueWords, ourCue) >= CUE_F1);
    if (!cueRight) {
      errors.add(ClaimError.CUE_WRONG);
      why.add("cue \"" + c.cue().of(text) + "\" for \"" + g.cue().words() + "\"");
    }
    double f1 = Words.f1(Words.of(text, c.content()), Words.of(text, spans(g.content())));
    if (f1 < CONTENT_F1) {
      errors.add(ClaimError.CONTENT_WRONG);
      why.add(String.format(java.util.Locale.ROOT, "content word F1 %.2f", f1));
    }
    return new Verdict(c, g, errors, String.join("; ", why));
  }

  /**
   * Null when the source is right, else what is wrong ("pronoun …", "unresolved …", or another reason).
   *
   * <p>Rules: the prediction's entities are its source entity, else the countries of its unnamed group source, else
   * none. When the gold gives no source, only a prediction without one is right. A prediction with entities is right
   * when every one of them is the gold's entity or one of its alternatives. A prediction without entities is right
   * only when the gold source is unnamed (or lists "unnamed" as an alternative) and the prediction's source words
   * overlap the gold's source (or the mention it refers to) and are not a bare pronoun.
   */
  static String source(String text, Claim c, GoldClaim g) {
    Set<String> ours = new LinkedHashSet<>();
    if (c.sourceEntityId() != null) {
      ours.add(c.sourceEntityId());
    } else {
      ours.addAll(c.sourceCountries());
    }
    if (g.source() == null) {
      return c.source() == null ? null : "\"" + c.source().of(text) + "\" where the text gives none";
    }
    Set<String> accepted = new HashSet<>(g.sourceAlso());
    accepted.add(g.sourceEntity());
    if (!ours.isEmpty()) {
      accepted.remove(GoldClaim.UNNAMED);
      return accepted.containsAll(ours) ? null : ours + " for " + expected(g);
    }
    if (c.source() == null) {
      return "missing for " + expected(g);
    }
    if (Words.pronoun(text, c.source())) {
      return "pronoun \"" + c.source().of(text) + "\" for " + expected(g);
    }
    if (!accepted.contains(GoldClaim.UNNAMED)) {
      return "unresolved \"" + c.source().of(text) + "\" for " + expected(g);
    }
    boolean overlaps = g.source().overlaps(c.source())
        || g.sourceRefersTo() != null && g.sourceRefersTo().overlaps(c.source());
    return overlaps ? null : "\"" + c.source().of(text) + "\" for " + expected(g);
  }

  static String expected(GoldClaim g) {
    String who = g.sourceEntity() + (g.sourceAlso().isEmpty() ? "" : "|" + String.join("|", g.sourceAlso()));
    return g.source() == null ? "no source" : "\"" + g.source().words() + "\" (" + who + ")";
  }

  static List<Span> spans(List<GoldSpan> spans) {
    return spans.stream().map(GoldSpan::span).toList();
  }
}
