package org.newsgraph.extract.stance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How much of the claim the body restates, sentence by sentence: the best coverage of the claim's words by one
 * sentence (plain and IDF-weighted), by the lead, where the first sentence that restates half the claim stands and how
 * many do, the claim's bigrams in one sentence, the longest run of the claim's words in order, the claim's numbers;
 * and how the body frames it: quotes and questions in the closest sentence, refuting and hedging words next to the
 * claim's words. Dense figures for the boosted trees (both steps); no word of any one story.
 */
final class OverlapFeatures {
  static final int SIZE = 17;
  /** A sentence that has this share of the claim's words restates it. */
  private static final double RESTATES = 0.5;
  private static final int NEAR = 5;

  private OverlapFeatures() {}

  /**
   * @param claimStems     the claim's content stems
   * @param claimTokens    the claim's tokens
   * @param sentenceStems  the body's sentences as content stems
   * @param sentenceTexts  the same sentences as written
   * @param bodyTokens     the body's tokens
   * @param bodyStems      the same tokens stemmed (stop words kept)
   * @param closest        the index of the sentence closest to the claim (TF-IDF cosine), or -1
   * @param idf            the IDF of a stem
   */
  static double[] of(List<String> claimStems, List<String> claimTokens, List<List<String>> sentenceStems,
      List<String> sentenceTexts, List<String> bodyTokens, List<String> bodyStems, int closest,
      ToDoubleFunction<String> idf) {
    double[] e = new double[SIZE];
    Set<String> claim = new HashSet<>(claimStems);
    int n = sentenceStems.size();
    if (claim.isEmpty() || n == 0) {
      return e;
    }
    double idfAll = 0;
    for (String s : claim) {
      idfAll += idf.applyAsDouble(s);
    }
    Set<String> claimBigrams = bigrams(claimStems);
    int firstRestating = -1;
    int restating = 0;
    Set<String> lead = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Set<String> words = new HashSet<>(sentenceStems.get(i));
      double cover = 0;
      double idfCover = 0;
      for (String s : claim) {
        if (words.contains(s)) {
          cover++;
          idfCover += idf.applyAsDouble(s);
        }
      }
      cover /= claim.size();
      e[0] = Math.max(e[0], cover);
      e[1] = Math.max(e[1], idfAll == 0 ? 0 : idfCover / idfAll);
      if (i == 0) {
        e[2] = cover;
      }
      if (i < 2) {
        lead.addAll(words);
      }
      if (cover >= RESTATES) {
        restating++;
        if (firstRestating < 0) {
          firstRestating = i;
        }
      }
      if (!claimBigrams.isEmpty()) {
        Set<String> b = bigrams(sentenceStems.get(i));
        int k = 0;
        for (String x : claimBigrams) {
          if (b.contains(x)) {
            k++;
          }
        }
        e[7] = Math.max(e[7], k / (double) claimBigrams.size());
      }
    }
    double idfLead = 0;
    for (String s : claim) {
      if (lead.contains(s)) {
        idfLead += idf.applyAsDouble(s);
      }
    }
    e[3] = idfAll == 0 ? 0 : idfLead / idfAll;
    e[4] = firstRestating < 0 ? 1 : firstRestating / (double) n;
    e[5] = restating / (double) n;
    e[6] = Math.log1p(restating);
    e[8] = longestRun(claimStems, sentenceStems) / (double) claimStems.size();
    Set<String> numbers = numbers(claimTokens);
    if (!numbers.isEmpty()) {
      Set<String> body = new HashSet<>(bodyTokens);
      int k = 0;
      for (String x : numbers) {
        if (body.contains(x)) {
          k++;
        }
      }
      e[9] = 1;
      e[10] = k / (double) numbers.size();
    }
    int quoted = 0;
    for (String t : sentenceTexts) {
      quoted += quotes(t) ? 1 : 0;
    }
    e[11] = quoted / (double) n;
    if (closest >= 0) {
      String t = sentenceTexts.get(closest);
      e[12] = quotes(t) ? 1 : 0;
      e[13] = t.indexOf('?') >= 0 ? 1 : 0;
    }
    for (int i = 0; i < Math.min(2, n); i++) {
      e[14] = Math.max(e[14], sentenceTexts.get(i).indexOf('?') >= 0 ? 1 : 0);
    }
    e[15] = Math.log1p(nearClaim(bodyStems, claim, StanceLexicon.STRONG_REFUTE));
    e[16] = Math.log1p(nearClaim(bodyStems, claim, StanceLexicon.HEDGE));
    return e;
  }

  /** Words of {@code lexicon} within {@link #NEAR} tokens of a word of the claim. */
  private static int nearClaim(List<String> stems, Set<String> claim, Set<String> lexicon) {
    int count = 0;
    for (int i = 0; i < stems.size(); i++) {
      if (!lexicon.contains(stems.get(i)) || claim.contains(stems.get(i))) {
        continue;
      }
      for (int j = Math.max(0, i - NEAR); j <= Math.min(stems.size() - 1, i + NEAR); j++) {
        if (j != i && claim.contains(stems.get(j))) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  /** The longest run of the claim's stems, in the claim's order, inside one sentence. */
  private static int longestRun(List<String> claim, List<List<String>> sentences) {
    int best = 0;
    for (List<String> s : sentences) {
      int[] prev = new int[claim.size() + 1];
      for (String w : s) {
        int[] cur = new int[claim.size() + 1];
        for (int j = 1; j <= claim.size(); j++) {
          if (claim.get(j - 1).equals(w)) {
            cur[j] = prev[j - 1] + 1;
            best = Math.max(best, cur[j]);
          }
        }
        prev = cur;
      }
    }
    return best;
  }

  private static Set<String> numbers(List<String> tokens) {
    Set<String> out = new HashSet<>();
    for (String t : tokens) {
      if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean quotes(String text) {
    return text.indexOf('"') >= 0 || text.indexOf('\u201c') >= 0 || text.indexOf('\u201d') >= 0;
  }

  private static Set<String> bigrams(List<String> stems) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i < stems.size(); i++) {
      out.add(stems.get(i - 1) + " " + stems.get(i));
    }
    return out;
  }
}
