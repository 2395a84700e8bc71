package org.newsgraph.ingest;

import org.newsgraph.core.NewsgraphConfig;

/**
 * How to read inputs.
 *
 * @param format        every file read as this format; null: each file's format sniffed from its content
 * @param fields        JSON Lines field names (null: the usual names)
 * @param maxPageBytes  HTML pages (files, WARC records, fetched pages) above this size are refused with one line;
 *                      0 or less: the configuration's default ({@code ingest.maxPageMib}). Pages below it are read
 *                      in memory proportional to their size (about three times it at most, less once scripts and
 *                      inline images are dropped).
 */
public record ReadOptions(Format format, JsonlFields fields, long maxPageBytes) {
  private static final long MIB = 1024 * 1024;
  /** A Java array's limit. */
  private static final long HARD_LIMIT = Integer.MAX_VALUE - 16;

  public ReadOptions {
    fields = fields == null ? JsonlFields.defaults() : fields;
    maxPageBytes = maxPageBytes <= 0 ? NewsgraphConfig.defaults().ingest().maxPageMib() * MIB
        : Math.min(maxPageBytes, HARD_LIMIT);
  }

  /** The configuration's reading limits, with a forced format (null: sniffed) and a field map (null: usual). */
  public static ReadOptions of(NewsgraphConfig.Ingest settings, Format format, JsonlFields fields) {
    return new ReadOptions(format, fields, settings.maxPageMib() * MIB);
  }

  public static ReadOptions defaults() {
    return new ReadOptions(null, null, 0);
  }

  /** The one line for a page over the limit. */
  public String tooLarge(long bytes) {
    return "page too large (" + mib(bytes) + " MiB; the limit is " + mib(maxPageBytes) + " MiB)";
  }

  private static String mib(long bytes) {
    double m = bytes / (1024.0 * 1024);
    return m >= 10 || m == Math.rint(m) ? String.valueOf(Math.round(m)) : String.format("%.1f", m);
  }
}
