package org.newsgraph.extract.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reliability table: items put in bins by the probability they were given, and per bin how many there are, the
 * mean probability given and the share that was right. Calibrated means the two agree; the expected calibration
 * error is their gap weighted by the bin's size.
 */
public final class Reliability {
  private final int bins;
  private final int[] count;
  private final double[] given;
  private final int[] right;

  public Reliability(int bins) {
    this.bins = bins;
    this.count = new int[bins];
    this.given = new double[bins];
    this.right = new int[bins];
  }

  public void add(double probability, boolean wasRight) {
    int b = Math.min(bins - 1, Math.max(0, (int) (probability * bins)));
    count[b]++;
    given[b] += probability;
    right[b] += wasRight ? 1 : 0;
  }

  /** One bin: its bounds, its size, the mean probability given and the share right. */
  public record Bin(double from, double to, int items, double meanGiven, double shareRight) {}

  public List<Bin> table() {
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      out.add(new Bin((double) b / bins, (double) (b + 1) / bins, count[b],
          count[b] == 0 ? 0 : given[b] / count[b], count[b] == 0 ? 0 : (double) right[b] / count[b]));
    }
    return out;
  }

  public int items() {
    int n = 0;
    for (int c : count) {
      n += c;
    }
    return n;
  }

  /** The expected calibration error: |mean given - share right| per bin, weighted by the bin's size. */
  public double expectedCalibrationError() {
    int n = items();
    double e = 0;
    for (Bin b : table()) {
      e += n == 0 ? 0 : b.items() * Math.abs(b.meanGiven() - b.shareRight()) / n;
    }
    return e;
  }

  /** The table for people, one line per non-empty bin. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "  %-11s %6s %8s %8s%n", "confidence", "items", "given", "right"));
    for (Bin b : table()) {
      if (b.items() > 0) {
        sb.append(String.format(Locale.ROOT, "  %.1f - %.1f   %6d %8.3f %8.3f%n", b.from(), b.to(), b.items(),
            b.meanGiven(), b.shareRight()));
      }
    }
    sb.append(String.format(Locale.ROOT, "  expected calibration error %.3f over %d items%n",
        expectedCalibrationError(), items()));
    return sb.toString();
  }
}
