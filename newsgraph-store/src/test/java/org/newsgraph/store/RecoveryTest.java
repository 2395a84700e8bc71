package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index is derived: whatever happens to it, opening the store makes it match the tables again. */
class RecoveryTest {
  @TempDir
  Path dir;

  private void saveSamples() {
    try (NewsStore store = NewsStore.open(dir)) {
      store.save(List.of(Samples.kursk(), Samples.factory()), List.of(), "run-1");
      assertEquals(1, store.search("Kursk", 10).total());
    }
  }

  private void assertSearchable() {
    try (NewsStore store = NewsStore.open(dir)) {
      assertEquals(1, store.search("Kursk", 10).total());
      assertEquals(1, store.search("factory", 10).total());
      assertEquals(2, store.search("entity:\"country:PRK\"", 10).total());
      assertTrue(store.search("Kursk", 10).hits().get(0).snippet().contains("«Kursk»"));
    }
  }

  @Test
  void the_index_is_rebuilt_after_its_folder_is_deleted() throws IOException {
    saveSamples();
    try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    assertSearchable();
  }

  @Test
  void a_damaged_index_is_rebuilt() throws IOException {
    saveSamples();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir.resolve("index"), "segments_*")) {
      for (Path f : files) {
        Files.writeString(f, "this is not a segments file");
      }
    }
    assertSearchable();
  }

  @Test
  void a_crash_between_the_database_commit_and_the_index_commit_is_caught_up_on_open() {
    try (NewsStore store = NewsStore.open(dir)) {
      store.save(List.of(Samples.kursk()), List.of(), "run-1");
      store.afterDatabaseCommit = () -> {
        throw new IllegalStateException("simulated crash");
      };
      assertThrows(IllegalStateException.class, () -> store.save(List.of(Samples.factory()), List.of(), "run-2"));
      assertEquals(2, store.articleCount());
      assertEquals(0, store.search("factory", 10).total()); // in the tables, not in the index
    }
    assertSearchable();
  }

  @Test
  void the_next_save_catches_up_after_an_indexing_failure() {
    try (NewsStore store = NewsStore.open(dir)) {
      store.afterDatabaseCommit = () -> {
        throw new IllegalStateException("simulated failure");
      };
      assertThrows(IllegalStateException.class, () -> store.save(List.of(Samples.kursk()), List.of(), "run-1"));
      store.afterDatabaseCommit = () -> {};
      store.save(List.of(Samples.factory()), List.of(), "run-2");
      assertEquals(1, store.search("Kursk", 10).total());
      assertEquals(1, store.search("factory", 10).total());
    }
  }

  @Test
  void documents_missing_from_the_index_are_added_and_strays_removed() throws IOException {
    saveSamples();
    try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.deleteAll();
      Document stray = new Document();
      stray.add(new StringField("id", "ffffffffffffffff", Field.Store.YES));
      stray.add(new TextField("headline", "Kursk stray document not in the tables", Field.Store.YES));
      w.addDocument(stray);
      w.commit();
    }
    assertSearchable(); // one Kursk hit, not two
  }
}
