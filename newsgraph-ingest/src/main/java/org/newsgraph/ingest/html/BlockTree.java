package org.newsgraph.ingest.html;

/**
 * One regression tree of the block model's boosted part: node {@code n} splits on {@code feature[n]} at
 * {@code threshold[n]} (at or below goes to {@code left[n]}, above to {@code right[n]}); a leaf has feature -1 and adds
 * {@code value[n]} to the block's log-odds.
 */
public record BlockTree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
  /** The log-odds this tree adds for a block with these (raw) features. */
  public double score(double[] x) {
    int n = 0;
    while (feature[n] >= 0) {
      n = x[feature[n]] <= threshold[n] ? left[n] : right[n];
    }
    return value[n];
  }

  /** The tree as one line of its model file: {@code feature:threshold:left:right:value} per node, comma-separated. */
  String text() {
    StringBuilder b = new StringBuilder();
    for (int n = 0; n < feature.length; n++) {
      b.append(n == 0 ? "" : ",").append(feature[n]).append(':').append(threshold[n]).append(':').append(left[n])
          .append(':').append(right[n]).append(':').append(value[n]);
    }
    return b.toString();
  }

  /** Reads a line written by {@link #text}. */
  static BlockTree read(String line, int features) {
    String[] nodes = line.split(",");
    int m = nodes.length;
    int[] f = new int[m];
    double[] t = new double[m];
    int[] l = new int[m];
    int[] r = new int[m];
    double[] v = new double[m];
    for (int n = 0; n < m; n++) {
      String[] p = nodes[n].split(":");
      f[n] = Integer.parseInt(p[0]);
      t[n] = Double.parseDouble(p[1]);
      l[n] = Integer.parseInt(p[2]);
      r[n] = Integer.parseInt(p[3]);
      v[n] = Double.parseDouble(p[4]);
      if (f[n] >= features || f[n] >= 0 && (l[n] <= n || r[n] <= n || l[n] >= m || r[n] >= m)) {
        throw new IllegalArgumentException("block tree: bad node " + nodes[n]);
      }
    }
    return new BlockTree(f, t, l, r, v);
  }
}
