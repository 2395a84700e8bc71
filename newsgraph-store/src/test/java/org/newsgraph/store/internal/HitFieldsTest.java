package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchResults;

/** The hits' id, headline and date from doc values are what the stored fields say, and an older index catches up. */
class HitFieldsTest {
  @TempDir
  Path dir;

  /** 60 articles: some without headline or date, words shared so that searches find many. */
  private static List<IndexDoc> docs() {
    List<IndexDoc> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      out.add(new IndexDoc(String.format("a%03d", i), i % 7 == 0 ? null : "Headline " + i + " on trade",
          "Body " + i + " about trade talks" + (i % 3 == 0 ? " and troops" : "") + (i % 5 == 0 ? " in Seoul" : ""),
          i % 4 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(i * 11L), List.of("country:KOR")));
    }
    return out;
  }

  /** A document as the index wrote it before the doc values: the stored and indexed fields only. */
  private static Document withoutValues(IndexDoc d) {
    Document doc = SearchIndex.document(d);
    doc.removeFields(HitFields.ID_VALUE);
    doc.removeFields(HitFields.HEADLINE_VALUE);
    doc.removeFields(HitFields.DATE_VALUE);
    return doc;
  }

  private static List<String> fields(SearchResults r) {
    return r.hits().stream().map(h -> h.articleId() + "|" + h.headline() + "|" + h.date()).toList();
  }

  @Test
  void every_hit_reads_from_doc_values_what_its_stored_fields_hold() throws Exception {
    List<IndexDoc> docs = docs();
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.add(docs);
      index.commit();
    }
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int[] all = new int[reader.maxDoc()];
      for (int i = 0; i < all.length; i++) {
        all[all.length - 1 - i] = i; // not in document order, as hits come
      }
      HitFields hits = new HitFields(searcher);
      HitFields.Fields[] fromValues = hits.of(all);
      for (int i = 0; i < all.length; i++) {
        assertEquals(hits.storedFields(all[i]), fromValues[i]);
      }
      assertEquals(docs.size(), all.length);
    }
  }

  @Test
  void an_index_without_doc_values_answers_the_same_and_is_indexed_again_on_catch_up() throws Exception {
    List<IndexDoc> docs = docs();
    // the first half as an older version wrote it, the second half with doc values: one index, both kinds
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(SearchIndex.analyzer()))) {
      for (IndexDoc doc : docs.subList(0, 30)) {
        w.addDocument(withoutValues(doc));
      }
      w.commit();
      for (IndexDoc doc : docs.subList(30, 60)) {
        w.addDocument(SearchIndex.document(doc));
      }
      w.commit();
    }
    Map<String, IndexDoc> byId = new HashMap<>();
    docs.forEach(x -> byId.put(x.id(), x));
    String[] queries = {"trade", "troops", "seoul OR troops", "headline AND talks"};
    try (SearchIndex index = SearchIndex.open(dir)) {
      Map<String, SearchResults> before = new HashMap<>();
      for (String q : queries) {
        SearchResults r = index.search(q, 100, false);
        before.put(q, r);
        // what each hit shows is the article's own, whichever way it was read
        for (SearchHit h : r.hits()) {
          IndexDoc x = byId.get(h.articleId());
          assertEquals(x.headline() + "|" + x.date(), h.headline() + "|" + h.date(), q);
        }
        assertEquals(fields(r), fields(index.search(q, 100, true)), q);
        assertIdsAsSearched(index, q);
      }
      assertNotEquals(0, before.get("troops").total());
      SearchIndex.CatchUp c = index.catchUp(new TreeSet<>(byId.keySet()), ids -> ids.stream().map(byId::get).toList(),
          part -> part.accept(docs));
      assertEquals(new SearchIndex.CatchUp(30, 0), c);
      assertEquals(0, index.catchUp(new TreeSet<>(byId.keySet()), ids -> ids.stream().map(byId::get).toList(),
          part -> part.accept(docs)).added());
      assertEquals(Set.copyOf(byId.keySet()), index.ids());
      for (String q : queries) {
        SearchResults after = index.search(q, 100, false);
        assertEquals(before.get(q).total(), after.total(), q);
        assertEquals(new TreeSet<>(fields(before.get(q))), new TreeSet<>(fields(after)), q);
        assertIdsAsSearched(index, q);
      }
    }
  }

  /** The ids to count over: every hit when they fit, else the best, as the search lists them; the exact total. */
  private static void assertIdsAsSearched(SearchIndex index, String q) {
    SearchResults all = index.search(q, 1000, false);
    org.newsgraph.store.SearchIds ids = index.ids(q, 1000);
    assertEquals(all.total(), ids.total(), q);
    assertEquals(new TreeSet<>(all.hits().stream().map(SearchHit::articleId).toList()), new TreeSet<>(ids.ids()), q);
    assertEquals(all.hits().size(), ids.ids().size(), q);
    SearchResults best = index.search(q, 3, false);
    org.newsgraph.store.SearchIds cut = index.ids(q, 3);
    assertEquals(best.total(), cut.total(), q);
    assertEquals(best.hits().stream().map(SearchHit::articleId).toList(), cut.ids(), q);
    assertEquals(best.total() > 3, cut.truncated(), q);
  }
}
