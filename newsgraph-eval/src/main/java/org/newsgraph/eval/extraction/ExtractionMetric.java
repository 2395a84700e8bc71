package org.newsgraph.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's metric, restated from its README so our figures compare with the published
 * ones: {@code \w+} tokens with Python's Unicode meaning, multisets of token 4-grams, per-page precision and recall
 * normalised so every page weighs the same, then means (empty predictions left out of precision), F1 of the means,
 * and exact-match accuracy of the token lists.
 */
public final class ExtractionMetric {
  private ExtractionMetric() {}

  /** Scores of one page. {@code precision} is NaN when the prediction gave no shingle (it is left out). */
  public record PageScore(double precision, double recall, boolean exact, boolean predictionEmpty) {}

  /** The means over pages. */
  public record Score(double f1, double precision, double recall, double accuracy, int pages) {}

  /** Python 3's {@code \w+}: letters, numbers (Nd, Nl, No) and '_'; combining marks are not word characters. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean w = isWord(cp);
      if (w && start < 0) {
        start = i;
      } else if (!w && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  static boolean isWord(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> m = new HashMap<>();
    if (tokens.isEmpty()) {
      return m;
    }
    if (tokens.size() < 4) {
      m.put(String.join("\u0001", tokens), 1);
      return m;
    }
    for (int i = 0; i + 4 <= tokens.size(); i++) {
      m.merge(tokens.get(i) + '\u0001' + tokens.get(i + 1) + '\u0001' + tokens.get(i + 2) + '\u0001'
          + tokens.get(i + 3), 1, Integer::sum);
    }
    return m;
  }

  /** Scores one page: {@code truth} is the gold body, {@code predicted} ours (null counts as empty). */
  public static PageScore page(String truth, String predicted) {
    List<String> tt = tokens(truth);
    List<String> pt = tokens(predicted);
    Map<String, Integer> t = shingles(tt);
    Map<String, Integer> p = shingles(pt);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      int ct = t.getOrDefault(e.getKey(), 0);
      tp += Math.min(ct, e.getValue());
      fp += Math.max(0, e.getValue() - ct);
    }
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      int cp = p.getOrDefault(e.getKey(), 0);
      fn += Math.max(0, e.getValue() - cp);
    }
    double all = tp + fp + fn;
    if (all > 0) {
      tp /= all;
      fp /= all;
      fn /= all;
    }
    double precision = tp + fp == 0 ? Double.NaN : (fp == 0 && fn == 0 ? 1 : tp / (tp + fp));
    double recall = tp + fn == 0 ? Double.NaN : (fp == 0 && fn == 0 ? 1 : tp / (tp + fn));
    return new PageScore(precision, recall, tt.equals(pt), tp + fp == 0);
  }

  /** Means over pages, as the benchmark computes them. */
  public static Score score(List<PageScore> pages) {
    double ps = 0;
    int pn = 0;
    double rs = 0;
    int rn = 0;
    int exact = 0;
    for (PageScore s : pages) {
      if (!Double.isNaN(s.precision())) {
        ps += s.precision();
        pn++;
      }
      if (!Double.isNaN(s.recall())) {
        rs += s.recall();
        rn++;
      }
      if (s.exact()) {
        exact++;
      }
    }
    double p = pn == 0 ? 0 : ps / pn;
    double r = rn == 0 ? 0 : rs / rn;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Score(f1, p, r, pages.isEmpty() ? 0 : (double) exact / pages.size(), pages.size());
  }
}
