package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Objects;
import org.newsgraph.store.internal.ParquetExchange;
import org.newsgraph.store.internal.TableExport;

/**
 * A store's tables in and out of files: Parquet folders as the Spark job writes them (read in place, or imported),
 * and one table at a time as CSV, Parquet or JSON lines for an analyst's tools.
 */
public final class StoreFiles {
  private StoreFiles() {}

  /**
   * A read-only store that answers queries over Parquet tables in place (as {@code newsgraph spark --out} writes
   * them): a scratch DuckDB database in a temporary folder whose tables are views over the files, and a search
   * index built there on open. The scratch folder is deleted when the store is closed.
   */
  public static NewsStore openParquet(Path parquetDir) {
    return ParquetStores.open(parquetDir);
  }

  /**
   * Loads Parquet tables (as {@code newsgraph spark --out} writes them) into {@code store} through the ordinary write
   * path, {@code batchSize} articles per transaction: articles already stored are skipped (content hash), entities
   * merged, the job's errors logged as failed, and the search index catches up as after any save.
   */
  public static SaveResult importParquet(NewsStore store, Path parquetDir, int batchSize) {
    return ParquetStores.importInto(store, parquetDir, batchSize);
  }

  /**
   * The stored articles of {@code ids}, in that order (unknown ids are left out), as complete as saving them again
   * needs: {@link NewsStore#articles} with their sentence spans (no tokens). What {@code bench store} re-combines.
   */
  public static java.util.List<org.newsgraph.core.AnalyzedArticle> analysed(NewsStore store,
      java.util.List<String> ids) {
    return store.onDatabase(db -> {
      java.util.List<String> known = ids.stream().filter(new org.newsgraph.store.internal.ArticleReader(db)::contains)
          .toList();
      return ParquetExchange.articles(db, known);
    });
  }

  /** Writes the store's tables as Parquet, one folder per table under {@code dir}. */
  public static void exportParquet(NewsStore store, Path dir) {
    store.onDatabase(db -> {
      ParquetExchange.export(db, dir);
      return null;
    });
  }

  /**
   * Writes one table of the store to {@code file} as CSV, Parquet or JSON lines (DuckDB's own {@code COPY}: streamed,
   * bounded memory), the rows the filter lets through; answers how many rows were written. The entity of the filter
   * may be a name, resolved as {@link NewsStore#entity} does.
   *
   * @throws StoreException if the search words cannot be parsed or the file cannot be written
   */
  public static long export(NewsStore store, Export.What what, Export.Format format, Export.Filter filter,
      Path file) {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(format, "format");
    TableExport.Resolved resolved = Exports.resolve(store, filter);
    return store.onDatabase(db -> TableExport.write(db, what, format, resolved, file));
  }
}
