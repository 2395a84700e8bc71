package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.ingest.dedup.NearDuplicateRule;

/**
 * Near-duplicates across the whole input, by the same {@link NearDuplicateRule} as {@code newsgraph ingest} (the
 * configuration's {@code dedup} section): a syndicated copy (the same wire story with another outlet's furniture, a
 * changed sentence or a trimmed tail) is folded into an earlier article and becomes one more publication of it
 * instead of an article of its own. The executors sign each text and pair the articles that share an LSH band; the
 * pairs the rule calls copies are collected, and the driver folds them in input order as ingest does: an article
 * goes to its most similar earlier article that is not itself a copy (the earliest on a tie). Ingest looks at the
 * 64 latest articles of a band bucket only, so in buckets bigger than that the two can differ.
 */
final class NearDuplicates {
  static final StructType FOLDED = new StructType().add("copy_id", DataTypes.StringType, false)
      .add("article_id", DataTypes.StringType, false).add("similarity", DataTypes.DoubleType, false);
  private static final StructType SIGNED = new StructType().add("ordinal", DataTypes.LongType, false)
      .add("id", DataTypes.StringType, false)
      .add("signature", DataTypes.createArrayType(DataTypes.IntegerType, false), false);
  private static final StructType BANDED = new StructType().add("ordinal", DataTypes.LongType, false)
      .add("band", DataTypes.LongType, false);
  private static final StructType PAIRS = new StructType().add("a_ordinal", DataTypes.LongType, false)
      .add("a_id", DataTypes.StringType, false).add("b_ordinal", DataTypes.LongType, false)
      .add("b_id", DataTypes.StringType, false).add("similarity", DataTypes.DoubleType, false);

  private NearDuplicates() {}

  /**
   * For articles {@code (ordinal, article)} with distinct ids: one row (copy_id, article_id, similarity) per
   * article that is a near-copy of an earlier one.
   */
  static Dataset<Row> find(SparkSession spark, Dataset<Row> articles, NearDuplicateRule rule) {
    Dataset<Row> signed = articles.select(col("ordinal"), col("article.id"), col("article.text"))
        .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getLong(0), r.getString(1),
            Rows.seq(Rows.boxed(rule.signature(r.getString(2))))), Encoders.row(SIGNED))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> bands = signed.flatMap((FlatMapFunction<Row, Row>) r -> {
      List<Row> out = new ArrayList<>();
      for (long key : rule.bands(Rows.ints(r, 2))) {
        out.add(RowFactory.create(r.getLong(0), key));
      }
      return out.iterator();
    }, Encoders.row(BANDED));
    Dataset<Row> a = bands.toDF("a_ordinal", "a_band");
    Dataset<Row> b = bands.toDF("b_ordinal", "b_band");
    Dataset<Row> candidates = a.join(b, col("a_band").equalTo(col("b_band"))
            .and(col("a_ordinal").lt(col("b_ordinal"))))
        .select(col("a_ordinal"), col("b_ordinal")).distinct();
    Dataset<Row> sa = signed.toDF("a_ordinal", "a_id", "a_signature");
    Dataset<Row> sb = signed.toDF("b_ordinal", "b_id", "b_signature");
    List<Row> pairs = candidates.join(sa, "a_ordinal").join(sb, "b_ordinal")
        .select(col("a_ordinal"), col("a_id"), col("a_signature"), col("b_ordinal"), col("b_id"), col("b_signature"))
        .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getLong(0), r.getString(1), r.getLong(3),
            r.getString(4), rule.similarity(Rows.ints(r, 2), Rows.ints(r, 5))), Encoders.row(PAIRS))
        .filter((FilterFunction<Row>) r -> rule.isCopy(r.getDouble(4)))
        .collectAsList();
    signed.unpersist();
    return spark.createDataFrame(fold(pairs), FOLDED);
  }

  /**
   * Ingest's order over the pairs (a_ordinal, a_id, b_ordinal, b_id, similarity), a before b: in input order, an
   * article with a pair to an earlier article that is not itself folded is folded into the most similar such
   * article (the earliest on a tie). One row (copy_id, article_id, similarity) per folded article.
   */
  static List<Row> fold(List<Row> pairs) {
    Map<Long, List<Row>> byLater = new TreeMap<>();
    for (Row p : pairs) {
      byLater.computeIfAbsent(p.getLong(2), k -> new ArrayList<>()).add(p);
    }
    Set<Long> folded = new HashSet<>();
    List<Row> out = new ArrayList<>();
    for (Map.Entry<Long, List<Row>> e : byLater.entrySet()) {
      Row best = null;
      for (Row p : e.getValue()) {
        if (folded.contains(p.getLong(0))) {
          continue; // a copy is nobody's original, as in ingest's index
        }
        if (best == null || p.getDouble(4) > best.getDouble(4)
            || p.getDouble(4) == best.getDouble(4) && p.getLong(0) < best.getLong(0)) {
          best = p;
        }
      }
      if (best != null) {
        folded.add(e.getKey());
        out.add(RowFactory.create(best.getString(3), best.getString(1), best.getDouble(4)));
      }
    }
    return out;
  }
}
