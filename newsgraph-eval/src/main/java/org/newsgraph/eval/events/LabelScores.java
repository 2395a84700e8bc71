package org.newsgraph.eval.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Single-label classification scores: accuracy, micro F1 (a missing prediction lowers recall only), macro and
 * support-weighted F1 over a chosen set of gold classes.
 */
final class LabelScores {
  static final String NONE = "NONE";

  private final Map<String, Integer> gold = new HashMap<>();
  private final Map<String, Integer> predicted = new HashMap<>();
  private final Map<String, Integer> correct = new HashMap<>();
  private int items;
  private int answered;
  private int right;

  void add(String goldLabel, String predictedLabel) {
    items++;
    gold.merge(goldLabel, 1, Integer::sum);
    if (predictedLabel != null && !predictedLabel.equals(NONE)) {
      answered++;
      predicted.merge(predictedLabel, 1, Integer::sum);
    }
    if (goldLabel.equals(predictedLabel)) {
      right++;
      correct.merge(goldLabel, 1, Integer::sum);
    }
  }

  int items() {
    return items;
  }

  int answered() {
    return answered;
  }

  double accuracy() {
    return items == 0 ? 0 : (double) right / items;
  }

  double microF1() {
    double p = answered == 0 ? 0 : (double) right / answered;
    double r = items == 0 ? 0 : (double) right / items;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double f1(String label) {
    int c = correct.getOrDefault(label, 0);
    int pr = predicted.getOrDefault(label, 0);
    int g = gold.getOrDefault(label, 0);
    double p = pr == 0 ? 0 : (double) c / pr;
    double r = g == 0 ? 0 : (double) c / g;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Mean F1 over the gold classes in {@code classes} that occur. */
  double macroF1(Collection<String> classes) {
    double sum = 0;
    int n = 0;
    for (String c : new TreeSet<>(classes)) { // a fixed order: the sum is the same to the last digit every run
      if (gold.getOrDefault(c, 0) > 0) {
        sum += f1(c);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** F1 per class weighted by its gold support, over the classes in {@code classes}. */
  double weightedF1(Collection<String> classes) {
    double sum = 0;
    int n = 0;
    for (String c : new TreeSet<>(classes)) {
      int g = gold.getOrDefault(c, 0);
      sum += g * f1(c);
      n += g;
    }
    return n == 0 ? 0 : sum / n;
  }

  Set<String> goldClasses() {
    return new TreeSet<>(gold.keySet());
  }

  int support(String label) {
    return gold.getOrDefault(label, 0);
  }
}
