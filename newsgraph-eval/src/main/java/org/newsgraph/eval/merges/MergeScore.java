package org.newsgraph.eval.merges;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * How right the entity merges are on a labelled sample: precision over the sampled pairs the system merges, recall
 * over the sampled pairs that are the same person, and recall re-weighed by the sampling rate of each pair (the
 * near misses are a sample of many more). A pair of weight 0 was judged because the system merged it after the
 * sample was drawn: it counts for precision, not for recall (it was not drawn at random).
 *
 * @param pairs            labelled pairs scored
 * @param missingArticles  of which the store does not hold the article (not scored)
 * @param merged           scored pairs the system merges now
 * @param right            of which labelled the same
 * @param found            of those, the pairs of weight above 0 (the ones recall counts)
 * @param same             scored pairs of weight above 0 labelled the same
 * @param weightedRight    {@code right}, each pair counted by its weight
 * @param weightedSame     {@code same}, each pair counted by its weight
 * @param wrong            the merged pairs labelled different, with why
 * @param missed           the pairs labelled the same that are not merged, with why
 */
public record MergeScore(int pairs, int missingArticles, int merged, int right, int found, int same,
    double weightedRight, double weightedSame, List<String> wrong, List<String> missed) {

  /**
   * @param held    whether the store holds the article of a pair
   * @param merges  whether the system merges a pair now (an active merge of that entity into that full name in that
   *                article)
   */
  public static MergeScore of(List<MergePair> sample, Predicate<MergePair> held, Predicate<MergePair> merges) {
    int missing = 0;
    int merged = 0;
    int right = 0;
    int sameMergedLater = 0;
    int same = 0;
    double wRight = 0;
    double wSame = 0;
    List<String> wrong = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (MergePair p : sample) {
      if (!held.test(p)) {
        missing++;
        continue;
      }
      boolean m = merges.test(p);
      merged += m ? 1 : 0;
      if (p.weight() == 0) {
        // a pair judged because the system merged it, after the sample was drawn: it counts for precision only
        if (m && p.same()) {
          right++;
          sameMergedLater++;
        } else if (m) {
          wrong.add(line(p));
        }
      } else if (p.same()) {
        same++;
        wSame += p.weight();
        if (m) {
          right++;
          wRight += p.weight();
        } else {
          missed.add(line(p));
        }
      } else if (m) {
        wrong.add(line(p));
      }
    }
    return new MergeScore(sample.size() - missing, missing, merged, right, right - sameMergedLater, same, wRight,
        wSame, wrong, missed);
  }

  private static String line(MergePair p) {
    return p.article() + " " + p.entity() + " -> " + p.into() + ": " + p.reason();
  }

  public double precision() {
    return merged == 0 ? Double.NaN : (double) right / merged;
  }

  public double recall() {
    return same == 0 ? Double.NaN : (double) found / same;
  }

  /** Recall with each pair counted by its weight: an estimate for the store, not only the sample. */
  public double weightedRecall() {
    return weightedSame == 0 ? Double.NaN : weightedRight / weightedSame;
  }

  public String text() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Entity merges on %d labelled pairs (%d more whose article the store does"
        + " not hold)%n", pairs, missingArticles));
    b.append(String.format(Locale.ROOT, "  precision %.3f (%d of %d merged pairs are the same person)%n",
        precision(), right, merged));
    b.append(String.format(Locale.ROOT, "  recall on the sampled pairs %.3f (%d of %d); weighted by sampling rate"
        + " %.3f%n", recall(), found, same, weightedRecall()));
    wrong.forEach(w -> b.append("  wrong: ").append(w).append('\n'));
    missed.forEach(w -> b.append("  missed: ").append(w).append('\n'));
    return b.toString();
  }
}
