package org.newsgraph.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.core.BoundedAnalysis;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.DocumentError;
import org.newsgraph.core.Entity;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.StageFailure;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.Sources;
import org.newsgraph.ingest.dedup.NearDuplicateRule;

/**
 * The newsgraph pipeline as a Spark job: list the input files on the driver, read them on the executors (one task
 * reads whole files, with the ingest module's readers), drop exact duplicates (same content hash: the first copy in
 * input order wins, as in {@code newsgraph ingest}), fold near-duplicates into the article they copy by ingest's
 * definition ({@link NearDuplicates}), analyse the rest with the standard pipeline in {@code mapPartitions} (one pipeline per
 * executor JVM, {@link PipelineHolder}), and write the store's tables as Parquet under the output folder. A file or
 * document that fails becomes a row of {@code errors}; the job goes on.
 */
public final class NewsgraphJob {
  private static final int FILE_SHIFT = 20;
  private static final StructType FILES = new StructType()
      .add("file_idx", DataTypes.LongType, false).add("path", DataTypes.StringType, false);
  private static final StructType READ_OR_ERROR = new StructType()
      .add("ordinal", DataTypes.LongType, false).add("article", Tables.ARTICLES, true)
      .add("error", Tables.ERRORS, true);

  private NewsgraphJob() {}

  /**
   * What to run.
   *
   * @param inputs          files and folders (folders recursively, as {@code newsgraph ingest} lists them)
   * @param out             the output folder; its table folders are replaced
   * @param config          the configuration, as the CLI and the server get it (NLP settings, the near-duplicate
   *                        definition); shipped to the executors as its key/value settings
   * @param nearDuplicates  fold near-duplicate copies into the article they copy; off: exact duplicates only
   * @param partitions      analysis partitions (0: twice the default parallelism)
   */
  public record Spec(List<String> inputs, Path out, NewsgraphConfig config, boolean nearDuplicates,
      int partitions) {
    public Spec {
      inputs = List.copyOf(inputs);
    }

    public static Spec of(List<String> inputs, Path out) {
      return new Spec(inputs, out, NewsgraphConfig.defaults(), true, 0);
    }
  }

  /** What a run did. */
  public record Summary(long files, long copiesRead, long articles, long exactDuplicates, long nearDuplicates,
      long errors, long entities, double seconds) {
    public double articlesPerSecond() {
      return seconds <= 0 ? 0 : articles / seconds;
    }
  }

  /** The tables written, in order. */
  public static final List<String> TABLES = List.of("articles", "entities", "article_entities", "sentences",
      "mentions", "times", "claims", "events", "publications", "errors");

  public static Summary run(SparkSession spark, Spec spec) {
    long t0 = System.nanoTime();
    Sources.Listing listing = Sources.list(spec.inputs().stream().map(Path::of).toList());
    List<Row> fileRows = new ArrayList<>();
    for (int i = 0; i < listing.files().size(); i++) {
      fileRows.add(RowFactory.create((long) i, listing.files().get(i).toString()));
    }
    List<Row> listingErrors = new ArrayList<>();
    for (ReadResult.Problem p : listing.problems()) {
      listingErrors.add(RowFactory.create(-1L, null, Rows.error(new DocumentError(p.source(), null, "read",
          p.message()))));
    }
    int parallelism = spark.sparkContext().defaultParallelism();
    int fileSlices = Math.max(1, Math.min(fileRows.size(), parallelism * 4));
    Dataset<Row> files = spark.createDataFrame(fileRows, FILES).repartition(fileSlices);
    HashMap<String, String> settings = new HashMap<>(spec.config().settings());
    Dataset<Row> read = files
        .flatMap((FlatMapFunction<Row, Row>) file -> readFile(file, settings), Encoders.row(READ_OR_ERROR))
        .union(spark.createDataFrame(listingErrors, READ_OR_ERROR))
        .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> copies = read.filter(col("article").isNotNull());
    Dataset<Row> firsts = copies.groupBy(col("article.id").as("aid"))
        .agg(min_by(struct(col("ordinal"), col("article")), col("ordinal")).as("m"))
        .select(col("m.ordinal").as("ordinal"), col("m.article").as("article"));

    // copy id -> (article it copies, similarity): only for near-duplicates; the rest are their own article.
    NearDuplicateRule rule = new NearDuplicateRule(spec.config().dedup());
    Dataset<Row> folded = spec.nearDuplicates()
        ? NearDuplicates.find(spark, firsts, rule)
        : spark.createDataFrame(List.of(), NearDuplicates.FOLDED);
    Dataset<Row> canonical = firsts.join(folded, col("article.id").equalTo(col("copy_id")), "left_anti");

    int partitions = spec.partitions() > 0 ? spec.partitions() : Math.max(1, parallelism * 2);
    Dataset<Row> analyzed = canonical.repartition(partitions)
        .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> analyse(rows, settings, rule),
            Encoders.row(Tables.ANALYZED))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> ok = analyzed.filter(col("article").isNotNull());

    String out = spec.out().toAbsolutePath().toString();
    write(ok.select(col("article.*"), col(Tables.DAY)), out, "articles", true, "id");
    Dataset<Row> entities = entities(ok);
    write(entities, out, "entities", false, "id");
    for (String child : Tables.CHILDREN.keySet()) {
      Dataset<Row> rows = ok.select(col("article.id").as("article_id"), explode(col(child)).as("r"),
          col(Tables.DAY)).select(col("article_id"), col("r.*"), col(Tables.DAY));
      write(rows, out, child, true, "article_id", "idx");
    }
    write(publications(copies, folded, ok, rule.scheme()), out, "publications", true, "article_id", "source");
    Dataset<Row> errors = read.filter(col("error").isNotNull()).select(col("error.*"))
        .union(analyzed.filter(col("error").isNotNull()).select(col("error.*")));
    write(errors, out, "errors", false, "source", "stage");

    long copiesRead = copies.count();
    long unique = firsts.count();
    long nearDups = folded.count();
    Summary s = new Summary(listing.files().size(), copiesRead, ok.count(), copiesRead - unique, nearDups,
        errors.count(), spark.read().parquet(out + "/entities").count(), (System.nanoTime() - t0) / 1e9);
    analyzed.unpersist();
    read.unpersist();
    return s;
  }

  /** Reads one file with the readers of {@code newsgraph ingest} and the configuration's {@code ingest} limits. */
  private static Iterator<Row> readFile(Row file, Map<String, String> settings) {
    long idx = file.getLong(0);
    String path = file.getString(1);
    List<Row> out = new ArrayList<>();
    ReadResult r;
    try {
      r = Sources.read(Path.of(path), ReadOptions.of(NewsgraphConfig.of(settings, "newsgraph spark configuration")
          .ingest(), null, null));
    } catch (RuntimeException e) {
      out.add(RowFactory.create(idx << FILE_SHIFT, null, Rows.error(new DocumentError(path, null, "read",
          "cannot read: " + e)))); // a reader bug must not stop the job either
      return out.iterator();
    }
    int n = 0;
    for (Article a : r.articles()) {
      out.add(RowFactory.create((idx << FILE_SHIFT) + n++, Rows.read(0, a).get(1), null));
    }
    for (ReadResult.Problem p : r.problems()) {
      out.add(RowFactory.create((idx << FILE_SHIFT) + n++, null, Rows.error(new DocumentError(p.source(), null,
          "read", p.message()))));
    }
    return out.iterator();
  }

  /**
   * Runs the pipeline over one partition, lazily; a document that fails becomes an error row. The pipeline is built
   * from {@code settings} (the driver's configuration), once per executor JVM.
   */
  private static Iterator<Row> analyse(Iterator<Row> rows, Map<String, String> settings, NearDuplicateRule rule) {
    BoundedAnalysis pipeline = PipelineHolder.get(settings);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row r = rows.next();
        long ordinal = r.getLong(0);
        Article a = Rows.article(r.getStruct(1));
        try {
          return Rows.analyzed(ordinal, pipeline.apply(AnalyzedArticle.of(a)), rule.signature(a.text()));
        } catch (StageFailure f) {
          String msg = f.getCause() != null ? String.valueOf(f.getCause().getMessage()) : String.valueOf(f);
          return Rows.failed(ordinal, new DocumentError(a.source(), a.id(), f.stageId(),
              "analysis failed in " + f.stageId() + ": " + msg));
        } catch (RuntimeException | StackOverflowError e) {
          return Rows.failed(ordinal, new DocumentError(a.source(), a.id(), "analysis",
              "analysis failed in analysis: " + e));
        }
      }
    };
  }

  /** One row per entity id: the store's merge folded over the articles in input order. */
  private static Dataset<Row> entities(Dataset<Row> ok) {
    Dataset<Row> seen = ok.select(col("ordinal"), posexplode(col("entities")).as(new String[] {"pos", "e"}))
        .select(col("e.id").as("id"), col("ordinal"), col("pos"), col("e"));
    return seen.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Row, Row>) (id, it) -> {
          List<Row> all = new ArrayList<>();
          it.forEachRemaining(all::add);
          all.sort(Comparator.<Row>comparingLong(r -> r.getLong(1)).thenComparingInt(r -> r.getInt(2)));
          Entity merged = null;
          for (Row r : all) {
            Entity e = Rows.entity(r.getStruct(3));
            merged = merged == null ? e : merged.mergedWith(e);
          }
          return Rows.entity(merged);
        }, Encoders.row(Tables.ENTITIES));
  }

  /** Every copy read whose article was stored: the first copy, exact duplicates, near-duplicates. */
  private static Dataset<Row> publications(Dataset<Row> copies, Dataset<Row> folded, Dataset<Row> ok,
      String scheme) {
    Dataset<Row> stored = ok.select(col("article.id").as("stored_id"), col("ordinal").as("first_ordinal"),
        col("signature").as("first_signature"), col(Tables.DAY));
    Dataset<Row> c = copies.select(col("ordinal"), col("article.id").as("content_id"),
        col("article.source").as("source"), col("article.outlet").as("outlet"),
        col("article.headline").as("headline"), col("article.published").as("published"));
    Dataset<Row> f = folded.select(col("copy_id").as("f_copy"), col("article_id").as("f_article"),
        col("similarity").as("f_similarity"));
    Dataset<Row> joined = c.join(f, c.col("content_id").equalTo(f.col("f_copy")), "left")
        .withColumn("article_id", coalesce(col("f_article"), col("content_id")))
        .withColumn("similarity", coalesce(col("f_similarity"), lit(1.0)));
    Column first = col("ordinal").equalTo(col("first_ordinal"));
    return joined.join(stored, joined.col("article_id").equalTo(stored.col("stored_id")))
        .select(col("article_id"), col("content_id"), col("source"), col("outlet"), col("headline"),
            col("published"), col("similarity"),
            when(first, lit(scheme)).as("scheme"),
            when(first, col("first_signature")).as("signature"), col(Tables.DAY));
  }

  private static void write(Dataset<Row> rows, String out, String table, boolean byDay, String... order) {
    Dataset<Row> ordered;
    if (byDay) {
      ordered = rows.repartition(col(Tables.DAY)).sortWithinPartitions(order[0], rest(order));
      ordered.write().mode(SaveMode.Overwrite).partitionBy(Tables.DAY).parquet(out + "/" + table);
    } else {
      ordered = rows.coalesce(1).sortWithinPartitions(order[0], rest(order));
      ordered.write().mode(SaveMode.Overwrite).parquet(out + "/" + table);
    }
  }

  private static String[] rest(String[] a) {
    String[] r = new String[a.length - 1];
    System.arraycopy(a, 1, r, 0, r.length);
    return r;
  }
}
