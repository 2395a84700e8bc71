package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.ingest.dedup.LshIndex;
import org.newsgraph.ingest.dedup.NearDuplicateRule;

/**
 * The job folds near-duplicates as {@code newsgraph ingest} does: same definition (the configuration's
 * {@code dedup}), same order. Seeded chains of edited copies, where a copy of a copy may be near its parent but not
 * near the original; reproduce a failure with the seed in the message.
 */
@Tag("spark")
class NearDuplicatesTest {
  private static final long SEED = 20261203L;
  private static final StructType ARTICLE = new StructType().add("id", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false);
  private static final StructType INPUT = new StructType().add("ordinal", DataTypes.LongType, false)
      .add("article", ARTICLE, false);

  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = Sessions.local("local[2]", 4);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void chains_of_edited_copies_fold_as_ingest_folds_them() {
    NearDuplicateRule rule = new NearDuplicateRule(NewsgraphConfig.defaults().dedup());
    List<String> texts = chains(new Random(SEED), 12, 4);
    Map<String, String> ingest = ingestFolding(rule, texts);
    assertTrue(ingest.size() >= 12, "seed " + SEED + ": too few copies to compare: " + ingest);
    assertTrue(aCopyOfACopyStaysAnArticle(rule, texts, ingest),
        "seed " + SEED + ": no chain where a copy of a copy is its own article; the test would not tell ingest's "
            + "order from grouping all pairs");

    Map<String, String> job = new TreeMap<>();
    for (Row r : NearDuplicates.find(spark, spark.createDataFrame(input(texts), INPUT), rule).collectAsList()) {
      job.put(r.getString(0), r.getString(1));
    }
    assertEquals(ingest, job, "seed " + SEED);
  }

  @Test
  void a_stricter_threshold_in_the_configuration_folds_fewer_copies() {
    List<String> texts = chains(new Random(SEED), 12, 4);
    NearDuplicateRule strict = new NearDuplicateRule(NewsgraphConfig.defaults()
        .with(Map.of("dedup.threshold", "0.9"), "test").dedup());
    Map<String, String> expected = ingestFolding(strict, texts);
    long folded = NearDuplicates.find(spark, spark.createDataFrame(input(texts), INPUT), strict).count();
    assertEquals(expected.size(), folded, "seed " + SEED);
    assertTrue(folded < ingestFolding(new NearDuplicateRule(NewsgraphConfig.defaults().dedup()), texts).size());
  }

  /** Copy id to article id, by ingest's index: each text in order is looked up, and only originals are added. */
  private static Map<String, String> ingestFolding(NearDuplicateRule rule, List<String> texts) {
    LshIndex index = rule.newIndex();
    Map<String, String> folded = new TreeMap<>();
    for (int i = 0; i < texts.size(); i++) {
      int[] sig = rule.signature(texts.get(i));
      var near = index.nearest(sig);
      if (near.isPresent()) {
        folded.put(id(i), near.get().articleId());
      } else {
        index.add(id(i), sig);
      }
    }
    return folded;
  }

  /** Whether some text is near the copy before it in its chain and yet, that copy being folded, stays an article. */
  private static boolean aCopyOfACopyStaysAnArticle(NearDuplicateRule rule, List<String> texts,
      Map<String, String> folded) {
    for (int i = 1; i < texts.size(); i++) {
      boolean near = rule.isCopy(rule.similarity(rule.signature(texts.get(i)), rule.signature(texts.get(i - 1))));
      if (near && folded.containsKey(id(i - 1)) && !folded.containsKey(id(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code n} chains: an original of 200 random words, then copies that each drop the first 15% of the one before
   * and add as many new words at the end (so a copy shares more with its parent than with the original).
   */
  private static List<String> chains(Random rnd, int n, int length) {
    String[] vocab = new String[20000];
    for (int i = 0; i < vocab.length; i++) {
      vocab[i] = Long.toString(Math.abs(rnd.nextLong()) % 1_000_000_000L, 36);
    }
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      List<String> words = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        words.add(vocab[rnd.nextInt(vocab.length)]);
      }
      texts.add(String.join(" ", words));
      for (int k = 1; k < length; k++) {
        List<String> next = new ArrayList<>(words.subList(words.size() * 15 / 100, words.size()));
        while (next.size() < 200) {
          next.add(vocab[rnd.nextInt(vocab.length)]);
        }
        words = next;
        texts.add(String.join(" ", words));
      }
    }
    return texts;
  }

  private static List<Row> input(List<String> texts) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      rows.add(RowFactory.create((long) i, RowFactory.create(id(i), texts.get(i))));
    }
    return rows;
  }

  private static String id(int i) {
    return String.format("t%03d", i);
  }
}
