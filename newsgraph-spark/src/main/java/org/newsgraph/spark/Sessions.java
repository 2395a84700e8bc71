package org.newsgraph.spark;

import org.apache.spark.sql.SparkSession;

/** Spark sessions for the job: in-process ({@code local[N]}) on loopback, or whatever spark-submit configured. */
final class Sessions {
  private Sessions() {}

  /**
   * An in-process session on loopback, without the web UI. {@code shufflePartitions}: small for small inputs (the
   * default of 200 makes a test spend its time scheduling empty tasks).
   */
  static SparkSession local(String master, int shufflePartitions) {
    return base().master(master)
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
        .getOrCreate();
  }

  /** The session spark-submit set up (master, resources from its command line and spark-defaults.conf). */
  static SparkSession submitted() {
    return base().getOrCreate();
  }

  private static SparkSession.Builder base() {
    return SparkSession.builder().appName("newsgraph")
        // LocalDate in and out of rows, as our records hold.
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.parquet.compression.codec", "zstd");
  }
}
