package org.newsgraph.eval.temporal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.core.TimexType;
import org.newsgraph.eval.temporal.TimeMlDocument.Timex;

/**
 * TempEval-3 Task A scoring of TIMEX3, as the official toolkit defines it: a strict match has identical extents, a
 * relaxed match overlapping extents; pairs are one-to-one (identical extents are paired first, then the largest
 * overlaps). Precision and recall are micro-averaged over all documents (the DCT is not counted). Value and type
 * accuracy are measured over the relaxed matches; value F1 = value accuracy × relaxed F1, type F1 likewise. Per
 * TIMEX3 type, recall counts gold expressions of that type and precision predicted ones of that type.
 *
 * <p>Not thread-safe: one scorer accumulates one run; {@link #add} each document, then {@link #result}.
 */
public final class TempEvalScorer {
  private final Counts total = new Counts();
  private final Map<TimexType, Counts> byGold = new EnumMap<>(TimexType.class);
  private final Map<TimexType, Counts> byPred = new EnumMap<>(TimexType.class);
  private final Map<ValueDisagreement, Integer> disagreements = new EnumMap<>(ValueDisagreement.class);
  private int documents;

  /** One pair the scorer made, or a miss (gold or pred null), for error analysis. */
  public record Pair(Timex gold, Timex predicted) {}

  /** Adds one document; returns its pairs and misses. */
  public List<Pair> add(List<Timex> gold, List<Timex> predicted) {
    documents++;
    int g = gold.size();
    int p = predicted.size();
    int[] predFor = new int[g];
    int[] goldFor = new int[p];
    java.util.Arrays.fill(predFor, -1);
    java.util.Arrays.fill(goldFor, -1);
    for (int i = 0; i < g; i++) {
      for (int j = 0; j < p; j++) {
        if (goldFor[j] < 0 && gold.get(i).span().equals(predicted.get(j).span())) {
          predFor[i] = j;
          goldFor[j] = i;
          break;
        }
      }
    }
    // then relaxed pairs, largest overlap first
    List<int[]> overlaps = new ArrayList<>();
    for (int i = 0; i < g; i++) {
      if (predFor[i] >= 0) {
        continue;
      }
      for (int j = 0; j < p; j++) {
        if (goldFor[j] < 0 && gold.get(i).span().overlaps(predicted.get(j).span())) {
          int ov = Math.min(gold.get(i).span().end(), predicted.get(j).span().end())
              - Math.max(gold.get(i).span().begin(), predicted.get(j).span().begin());
          overlaps.add(new int[] {ov, i, j});
        }
      }
    }
    overlaps.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0])
        : a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[2], b[2]));
    for (int[] o : overlaps) {
      if (predFor[o[1]] < 0 && goldFor[o[2]] < 0) {
        predFor[o[1]] = o[2];
        goldFor[o[2]] = o[1];
      }
    }
    List<Pair> pairs = new ArrayList<>();
    total.gold += g;
    total.pred += p;
    for (Timex t : gold) {
      counts(byGold, t.type()).gold++;
    }
    for (Timex t : predicted) {
      counts(byPred, t.type()).pred++;
    }
    for (int i = 0; i < g; i++) {
      Timex gt = gold.get(i);
      if (predFor[i] < 0) {
        pairs.add(new Pair(gt, null));
        continue;
      }
      Timex pt = predicted.get(predFor[i]);
      pairs.add(new Pair(gt, pt));
      boolean strict = gt.span().equals(pt.span());
      boolean value = norm(gt.value()).equals(norm(pt.value()));
      boolean type = gt.type() == pt.type();
      total.record(strict, value, type);
      if (!value) {
        disagreements.merge(ValueDisagreement.of(gt.value(), pt.value()), 1, Integer::sum);
      }
      counts(byGold, gt.type()).recordGoldSide(strict, value, type);
      counts(byPred, pt.type()).recordPredSide(strict, value, type);
    }
    for (int j = 0; j < p; j++) {
      if (goldFor[j] < 0) {
        pairs.add(new Pair(null, predicted.get(j)));
      }
    }
    return pairs;
  }

  private static String norm(String v) {
    return v == null ? "" : v.strip();
  }

  private static Counts counts(Map<TimexType, Counts> m, TimexType t) {
    return m.computeIfAbsent(t, k -> new Counts());
  }

  public Result result() {
    Map<TimexType, TypeResult> per = new EnumMap<>(TimexType.class);
    for (TimexType t : TimexType.values()) {
      Counts g = byGold.getOrDefault(t, new Counts());
      Counts p = byPred.getOrDefault(t, new Counts());
      per.put(t, new TypeResult(t, g.gold, p.pred, g.relaxed, p.relaxedPred, g.strict, p.strictPred, g.value,
          p.valuePred));
    }
    Map<ValueDisagreement, Integer> kinds = new EnumMap<>(ValueDisagreement.class);
    for (ValueDisagreement k : ValueDisagreement.values()) {
      kinds.put(k, disagreements.getOrDefault(k, 0));
    }
    return new Result(documents, total.gold, total.pred, total.strict, total.relaxed, total.value, total.type, per,
        kinds);
  }

  private static final class Counts {
    int gold;
    int pred;
    int strict;
    int relaxed;
    int value;
    int type;
    int relaxedPred;
    int strictPred;
    int valuePred;

    void record(boolean s, boolean v, boolean t) {
      relaxed++;
      if (s) {
        strict++;
      }
      if (v) {
        value++;
      }
      if (t) {
        type++;
      }
    }

    void recordGoldSide(boolean s, boolean v, boolean t) {
      record(s, v, t);
    }

    void recordPredSide(boolean s, boolean v, boolean t) {
      relaxedPred++;
      if (s) {
        strictPred++;
      }
      if (v) {
        valuePred++;
      }
    }
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * Figures for one TIMEX3 type: recall over gold of that type, precision over predictions of that type.
   */
  public record TypeResult(TimexType type, int gold, int predicted, int relaxedGold, int relaxedPredicted,
      int strictGold, int strictPredicted, int valueGold, int valuePredicted) {
    public double relaxedPrecision() {
      return ratio(relaxedPredicted, predicted);
    }

    public double relaxedRecall() {
      return ratio(relaxedGold, gold);
    }

    public double relaxedF1() {
      return f1(relaxedPrecision(), relaxedRecall());
    }

    public double strictF1() {
      return f1(ratio(strictPredicted, predicted), ratio(strictGold, gold));
    }

    /** Value accuracy over the relaxed matches of gold expressions of this type. */
    public double valueAccuracy() {
      return ratio(valueGold, relaxedGold);
    }

    public double valueF1() {
      return f1(ratio(valuePredicted, predicted), ratio(valueGold, gold));
    }
  }

  /**
   * The figures of one run. All getters are plain numbers, ready for JSON. {@code valueDisagreements} counts the
   * relaxed matches with a wrong value by the kind of difference (for error analysis; the figures stay exact).
   */
  public record Result(int documents, int gold, int predicted, int strictMatches, int relaxedMatches,
      int valueCorrect, int typeCorrect, Map<TimexType, TypeResult> perType,
      Map<ValueDisagreement, Integer> valueDisagreements) {

    public double strictPrecision() {
      return ratio(strictMatches, predicted);
    }

    public double strictRecall() {
      return ratio(strictMatches, gold);
    }

    public double strictF1() {
      return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
      return ratio(relaxedMatches, predicted);
    }

    public double relaxedRecall() {
      return ratio(relaxedMatches, gold);
    }

    public double relaxedF1() {
      return f1(relaxedPrecision(), relaxedRecall());
    }

    public double valueAccuracy() {
      return ratio(valueCorrect, relaxedMatches);
    }

    public double typeAccuracy() {
      return ratio(typeCorrect, relaxedMatches);
    }

    /** The ranking figure of TempEval-3 Task A: value accuracy × relaxed F1. */
    public double valueF1() {
      return valueAccuracy() * relaxedF1();
    }

    public double typeF1() {
      return typeAccuracy() * relaxedF1();
    }

    /**
     * A diagnostic, not a TempEval figure: value F1 had the gold and the prediction agreed wherever they differ only
     * in notation, in a part of day, or by the gold leaving digits open that the prediction fills in.
     */
    public double valueF1IfFormsAgreed() {
      int forgiven = valueDisagreements.getOrDefault(ValueDisagreement.NOTATION, 0)
          + valueDisagreements.getOrDefault(ValueDisagreement.DAY_PART, 0)
          + valueDisagreements.getOrDefault(ValueDisagreement.GOLD_UNDERSPECIFIED, 0);
      return ratio(valueCorrect + forgiven, relaxedMatches) * relaxedF1();
    }

    /** A small fixed-width table of the figures. */
    public String toTable() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "TempEval-3 Task A  documents %d  gold %d  predicted %d%n", documents,
          gold, predicted));
      sb.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s%n", "", "P", "R", "F1"));
      sb.append(String.format(Locale.ROOT, "%-10s %9.4f %9.4f %9.4f%n", "strict", strictPrecision(),
          strictRecall(), strictF1()));
      sb.append(String.format(Locale.ROOT, "%-10s %9.4f %9.4f %9.4f%n", "relaxed", relaxedPrecision(),
          relaxedRecall(), relaxedF1()));
      sb.append(String.format(Locale.ROOT, "%-10s %9s %9s %9.4f   (accuracy %.4f)%n", "value", "", "", valueF1(),
          valueAccuracy()));
      sb.append(String.format(Locale.ROOT, "%-10s %9s %9s %9.4f   (accuracy %.4f)%n", "type", "", "", typeF1(),
          typeAccuracy()));
      sb.append(String.format(Locale.ROOT, "value disagreements %d: notation %d, part of day %d, gold underspecified %d,"
          + " nested period %d, other %d (diagnostic: value F1 %.4f had the first three agreed)%n",
          relaxedMatches - valueCorrect, valueDisagreements.get(ValueDisagreement.NOTATION),
          valueDisagreements.get(ValueDisagreement.DAY_PART),
          valueDisagreements.get(ValueDisagreement.GOLD_UNDERSPECIFIED),
          valueDisagreements.get(ValueDisagreement.NESTED_PERIOD), valueDisagreements.get(ValueDisagreement.OTHER),
          valueF1IfFormsAgreed()));
      sb.append(String.format(Locale.ROOT, "%-10s %6s %6s %9s %9s %9s %9s %9s%n", "per type", "gold", "pred",
          "rel P", "rel R", "rel F1", "strict F1", "value acc"));
      for (TypeResult t : perType.values()) {
        sb.append(String.format(Locale.ROOT, "%-10s %6d %6d %9.4f %9.4f %9.4f %9.4f %9.4f%n", t.type(), t.gold(),
            t.predicted(), t.relaxedPrecision(), t.relaxedRecall(), t.relaxedF1(), t.strictF1(),
            t.valueAccuracy()));
      }
      return sb.toString();
    }
  }
}
