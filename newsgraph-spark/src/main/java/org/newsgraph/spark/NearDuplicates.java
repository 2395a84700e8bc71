package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Near-duplicates across the whole input with Spark ML's MinHash LSH over word 3-shingles: a syndicated copy (the
 * same wire story with another outlet's furniture, a changed sentence or a trimmed tail) is folded into the first
 * copy in input order and becomes one more publication of that article instead of an article of its own. Pairs
 * within the distance are joined into groups (union-find on the driver: the pairs are few next to the articles);
 * each group's article is its first member.
 */
final class NearDuplicates {
  /** Jaccard distance of 3-shingle sets below which two texts are copies (similarity at least 0.7). */
  static final double DEFAULT_DISTANCE = 0.3;
  static final StructType FOLDED = new StructType().add("copy_id", DataTypes.StringType, false)
      .add("article_id", DataTypes.StringType, false).add("similarity", DataTypes.DoubleType, false);
  private static final int DIMENSION = 1 << 22;
  private static final StructType FEATURES = new StructType().add("ordinal", DataTypes.LongType, false)
      .add("id", DataTypes.StringType, false).add("features", SQLDataTypes.VectorType(), false);

  private NearDuplicates() {}

  /**
   * For articles {@code (ordinal, article)} with distinct ids: one row (copy_id, article_id, similarity) per
   * article that is a near-copy of an earlier one.
   */
  static Dataset<Row> find(SparkSession spark, Dataset<Row> articles, double threshold) {
    Dataset<Row> features = articles.select(col("ordinal"), col("article.id"), col("article.text"))
        .mapPartitions((MapPartitionsFunction<Row, Row>) NearDuplicates::features, Encoders.row(FEATURES))
        .cache();
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(5).setSeed(20261127L).setInputCol("features")
        .setOutputCol("hashes").fit(features);
    List<Row> pairs = model.approxSimilarityJoin(features, features, threshold, "distance")
        .filter(col("datasetA.ordinal").lt(col("datasetB.ordinal")))
        .select(col("datasetA.ordinal"), col("datasetA.id"), col("datasetB.ordinal"), col("datasetB.id"),
            col("distance"))
        .collectAsList();
    features.unpersist();
    return spark.createDataFrame(fold(pairs), FOLDED);
  }

  /** Union-find over the pairs; every member but the first of a group points to the first. */
  static List<Row> fold(List<Row> pairs) {
    Map<String, String> parent = new HashMap<>();
    Map<String, Long> ordinal = new HashMap<>();
    Map<String, Double> best = new HashMap<>(); // copy -> highest similarity to any member of its group
    for (Row p : pairs) {
      String a = p.getString(1);
      String b = p.getString(3);
      ordinal.put(a, p.getLong(0));
      ordinal.put(b, p.getLong(2));
      double sim = 1.0 - p.getDouble(4);
      best.merge(a, sim, Math::max);
      best.merge(b, sim, Math::max);
      String ra = root(parent, a);
      String rb = root(parent, b);
      if (!ra.equals(rb)) {
        if (ordinal.get(ra) < ordinal.get(rb)) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }
    List<Row> out = new ArrayList<>();
    for (String id : new TreeSet<>(ordinal.keySet())) {
      String r = root(parent, id);
      if (!r.equals(id)) {
        out.add(RowFactory.create(id, r, Math.round(best.get(id) * 1000) / 1000.0));
      }
    }
    return out;
  }

  private static String root(Map<String, String> parent, String id) {
    String r = id;
    while (parent.containsKey(r)) {
      r = parent.get(r);
    }
    return r;
  }

  private static Iterator<Row> features(Iterator<Row> rows) {
    List<Row> out = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      out.add(RowFactory.create(r.getLong(0), r.getString(1), Vectors.sparse(DIMENSION, shingles(r.getString(2)),
          ones(shingles(r.getString(2)).length))));
    }
    return out.iterator();
  }

  /** Sorted distinct hashes of the word 3-shingles of {@code text} (at least one, so no vector is empty). */
  static int[] shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> w = new ArrayList<>();
    for (String s : words) {
      if (!s.isEmpty()) {
        w.add(s);
      }
    }
    TreeSet<Integer> set = new TreeSet<>();
    for (int i = 0; i + 3 <= w.size(); i++) {
      set.add(Math.floorMod((w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2)).hashCode(), DIMENSION));
    }
    if (set.isEmpty()) {
      set.add(Math.floorMod(String.join(" ", w).hashCode(), DIMENSION));
    }
    return set.stream().mapToInt(Integer::intValue).toArray();
  }

  private static double[] ones(int n) {
    double[] d = new double[n];
    java.util.Arrays.fill(d, 1.0);
    return d;
  }
}
