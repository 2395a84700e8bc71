package org.newsgraph.eval.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.extract.places.Geo;

/**
 * Toponym resolution figures (Gritta et al. 2018, sec. 4.1; AUC after Jurgens et al. 2015): the error of each scored
 * toponym is the great-circle distance from the predicted to the gold point, 20,039 km (half the Earth's
 * circumference) when nothing was predicted. acc@161 is the share of errors under 161 km; AUC the area under the
 * sorted ln(1 + error) / ln(20039) curve by the trapezoidal rule (0 best, 1 worst); mean and median error in km.
 */
public final class GeoScorer {
  /** The error given to a toponym with no prediction. */
  public static final double MISSING_KM = 20039;
  private final List<Double> errors = new ArrayList<>();
  private int resolved;

  /** Adds one scored toponym; {@code predicted} null when the system gave no point. */
  public void add(double goldLat, double goldLon, double[] predicted) {
    if (predicted == null) {
      errors.add(MISSING_KM);
    } else {
      resolved++;
      errors.add(Geo.km(goldLat, goldLon, predicted[0], predicted[1]));
    }
  }

  /** The figures so far. */
  public Figures figures() {
    int n = errors.size();
    if (n == 0) {
      return new Figures(0, 0, 0, 1, 0, 0);
    }
    double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int within = 0;
    double sum = 0;
    for (double x : e) {
      within += x < 161 ? 1 : 0;
      sum += x;
    }
    double auc = 0;
    if (n > 1) {
      for (int i = 1; i < n; i++) {
        auc += (Math.log1p(e[i - 1]) + Math.log1p(e[i])) / 2;
      }
      auc = auc / (n - 1) / Math.log(MISSING_KM);
    } else {
      auc = Math.log1p(e[0]) / Math.log(MISSING_KM);
    }
    double median = n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
    return new Figures(n, resolved, (double) within / n, auc, sum / n, median);
  }

  /**
   * @param toponyms  scored toponyms
   * @param resolved  of those, how many got a point
   */
  public record Figures(int toponyms, int resolved, double acc161, double auc, double meanKm, double medianKm) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "acc@161 %.3f  AUC %.3f  mean %.0f km  median %.1f km  "
          + "(%d toponyms, %d resolved)", acc161, auc, meanKm, medianKm, toponyms, resolved);
    }
  }

  /** The sorted errors (for tests). */
  double[] errors() {
    double[] e = errors.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(e);
    return e;
  }
}
