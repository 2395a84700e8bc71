package org.newsgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.DocumentError;
import org.newsgraph.store.internal.Database;
import org.newsgraph.store.internal.ParquetExchange;
import org.newsgraph.store.internal.SearchIndex;
import org.newsgraph.store.internal.StoreLock;

/** The store's side of Parquet tables: a read-only store over them, and loading them into a store. */
final class ParquetStores {
  private ParquetStores() {}

  /** See {@link StoreFiles#openParquet}: a scratch store whose tables are views over the files. */
  static NewsStore open(Path parquetDir) {
    Path scratch = ParquetExchange.scratch();
    NewsStore store = null;
    try {
      StoreLock lock = StoreLock.acquire(scratch);
      Database db;
      try {
        db = Database.open(scratch.resolve(Database.FILE));
      } catch (RuntimeException e) {
        lock.close();
        throw e;
      }
      SearchIndex index;
      try {
        ParquetExchange.attachViews(db, parquetDir);
        index = SearchIndex.open(scratch.resolve(NewsStore.INDEX_DIR));
      } catch (RuntimeException e) {
        db.close();
        lock.close();
        throw e;
      }
      store = new NewsStore(scratch, lock, db, index, parquetDir, null);
      store.catchUpIndex();
      return store;
    } catch (RuntimeException e) {
      if (store != null) {
        store.close(); // deletes the scratch folder
      } else {
        ParquetExchange.deleteScratch(scratch);
      }
      throw e;
    }
  }

  /** See {@link StoreFiles#importParquet}: the tables go through {@code store}'s ordinary saves, a batch at a time. */
  static SaveResult importInto(NewsStore store, Path parquetDir, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    Path scratch = ParquetExchange.scratch();
    List<String> stored = new ArrayList<>();
    List<String> duplicates = new ArrayList<>();
    try (Database tables = Database.open(scratch.resolve(Database.FILE))) {
      ParquetExchange.load(tables, parquetDir);
      List<DocumentError> errors = new ArrayList<>(ParquetExchange.errors(tables, parquetDir));
      List<String> ids = ParquetExchange.articleIds(tables);
      String runId = "parquet:" + parquetDir.toAbsolutePath().normalize();
      for (int i = 0; i < ids.size() || !errors.isEmpty(); i += batchSize) {
        List<String> chunk = ids.subList(Math.min(i, ids.size()), Math.min(i + batchSize, ids.size()));
        SaveResult r = store.save(ParquetExchange.articles(tables, chunk), errors, runId,
            ParquetExchange.publications(tables, chunk));
        stored.addAll(r.stored());
        duplicates.addAll(r.skippedDuplicates());
        errors = List.of(); // the job's errors are logged once, with the first batch
      }
    } finally {
      ParquetExchange.deleteScratch(scratch);
    }
    return new SaveResult(stored, duplicates);
  }
}
