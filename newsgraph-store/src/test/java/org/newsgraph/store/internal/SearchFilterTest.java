package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Span;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Publication;
import org.newsgraph.store.SearchFilter;
import org.newsgraph.testkit.ArticleBuilder;

/**
 * The search filters answered by the index give the articles the tables' definition gives
 * ({@link ArticleReader#articlesMatching}), on random articles with odd periods (open, empty), outlets
 * in any case and spacing, and publications added with the article or later; an index from before the filter fields
 * is indexed again on open, by id or in parts of rows.
 */
class SearchFilterTest {
  private static final String[] TYPES = {"AGREE", "consult", "Assault", "RETREAT"};
  private static final String[] OUTLETS = {"Wire", " wire ", "Daily Star", null, "DAILY STAR", "Émile Post"};
  private static final LocalDate DAY0 = LocalDate.of(2020, 1, 1);
  /** Entity ids of arguments and sources: two with a name in the entities table, one without, and none. */
  private static final String[] KEYS = {"country:KOR", "org:un", "person:nobody", null};

  @TempDir
  Path dir;

  private static LocalDate day(Random rnd) {
    return DAY0.plusDays(rnd.nextInt(60));
  }

  /** [begin, end): open a fifth of the time, empty now and then (the store refuses a reversed one). */
  private static LocalDate[] period(Random rnd) {
    LocalDate b = day(rnd);
    int k = rnd.nextInt(10);
    LocalDate e = k < 2 ? null : k == 2 ? b : b.plusDays(1 + rnd.nextInt(20));
    return new LocalDate[] {b, e};
  }

  private static AnalyzedArticle article(Random rnd, int i) {
    String who = rnd.nextInt(3) == 0 ? "Ships" : "Troops";
    String text = "Story " + i + " on trade talks. Officials said the talks went well. " + who + " moved on Monday"
        + " and Tuesday.";
    ArticleBuilder b = ArticleBuilder.text(text).id(String.format("%016x", 1000 + i))
        .outlet(OUTLETS[rnd.nextInt(OUTLETS.length)]);
    if (rnd.nextInt(5) > 0) {
      b.published(DAY0.plusDays(rnd.nextInt(400)).toString());
    }
    b.entity("country:KOR", EntityType.COUNTRY, "South Korea").mention("trade", "country:KOR");
    b.entity("org:un", EntityType.ORGANIZATION, "United Nations").mention("talks", "org:un");
    for (String w : new String[] {"Monday", "Tuesday"}) {
      if (rnd.nextInt(3) > 0) {
        LocalDate[] p = rnd.nextInt(4) == 0 ? new LocalDate[] {null, null} : period(rnd);
        b.time(w, "X", p[0] == null ? null : p[0].toString(), p[1] == null ? null : p[1].toString());
      }
    }
    AnalyzedArticle a = b.build();
    int moved = text.indexOf("moved");
    List<Event> events = new ArrayList<>();
    for (int k = rnd.nextInt(3); k > 0; k--) {
      LocalDate[] p = rnd.nextInt(3) == 0 ? new LocalDate[] {null, null} : period(rnd);
      Span doer = new Span(moved - who.length() - 1, moved - 1);
      List<Event.Argument> actors = new ArrayList<>();
      List<Event.Argument> recipients = new ArrayList<>();
      for (int n = rnd.nextInt(3); n > 0; n--) {
        actors.add(new Event.Argument(doer, KEYS[rnd.nextInt(KEYS.length)]));
        recipients.add(new Event.Argument(doer, KEYS[rnd.nextInt(KEYS.length)]));
      }
      Event.Argument at = rnd.nextInt(2) == 0 ? null : new Event.Argument(doer, KEYS[rnd.nextInt(KEYS.length)]);
      events.add(new Event("e" + k, TYPES[rnd.nextInt(TYPES.length)], null, new Span(moved, moved + 5), actors,
          recipients, at, null, p[0], p[1], false, Event.Modality.ASSERTED, null, 0.9, 2));
    }
    int said = text.indexOf("said");
    int content = text.indexOf("the talks");
    int officials = text.indexOf("Officials");
    List<Claim> claims = new ArrayList<>();
    for (int k = rnd.nextInt(3); k > 0; k--) {
      claims.add(new Claim("c" + k, new Span(officials, officials + 9), KEYS[rnd.nextInt(KEYS.length)],
          new Span(said, said + 4),
          List.of(new Span(content, content + 19)), Claim.Kind.INDIRECT, null, null, false,
          Claim.Stance.values()[rnd.nextInt(Claim.Stance.values().length)], 1));
    }
    return a.withEvents(events, "events.test.v1").withClaims(claims, "claims.test.v1");
  }

  private static Publication publication(Random rnd, String articleId, int n) {
    return new Publication(articleId, String.format("%016x", 900_000 + n), "https://copy.example/" + n,
        OUTLETS[rnd.nextInt(OUTLETS.length)], "Copy", DAY0, 0.9, null, null);
  }

  /** 80 random articles in two saves; the second also gives some of the first save's articles a publication. */
  static List<AnalyzedArticle> build(Path dir, Random rnd) {
    List<AnalyzedArticle> all = new ArrayList<>();
    try (NewsStore s = NewsStore.open(dir)) {
      for (int save = 0; save < 2; save++) {
        List<AnalyzedArticle> batch = new ArrayList<>();
        List<Publication> pubs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          AnalyzedArticle a = article(rnd, save * 40 + i);
          batch.add(a);
          if (rnd.nextInt(4) == 0) {
            pubs.add(publication(rnd, a.article().id(), pubs.size() + save * 100));
          }
        }
        if (save == 1) {
          for (int i = 0; i < 10; i++) {
            pubs.add(publication(rnd, all.get(rnd.nextInt(all.size())).article().id(), 200 + i));
          }
        }
        s.save(batch, List.of(), "run" + save, pubs);
        all.addAll(batch);
      }
    }
    return all;
  }

  private static List<SearchFilter> filters(Random rnd) {
    List<LocalDate> days = new ArrayList<>();
    days.add(null);
    for (int d : new int[] {-10, 0, 5, 20, 31, 59, 70, 90}) {
      days.add(DAY0.plusDays(d));
    }
    String[] types = {null, "agree", "CONSULT", "assault", "Retreat", "REJECT"};
    String[] stances = {null, "asserted", "DENIED", "Believed", "unconfirmed", "hedged"};
    String[] outlets = {null, "wire", "WIRE ", "daily star", " émile post", "nobody", "AFP"};
    List<SearchFilter> out = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      out.add(new SearchFilter(days.get(rnd.nextInt(days.size())), days.get(rnd.nextInt(days.size())),
          rnd.nextInt(2) == 0 ? null : types[rnd.nextInt(types.length)],
          rnd.nextInt(3) == 0 ? stances[rnd.nextInt(stances.length)] : null,
          rnd.nextInt(3) == 0 ? outlets[rnd.nextInt(outlets.length)] : null));
    }
    return out;
  }

  /** Every filter's hits against the tables' answer; returns how many filters matched some but not all. */
  private static int checkAgainstTables(Path dir, List<SearchFilter> filters) {
    Map<SearchFilter, Set<String>> found = new HashMap<>();
    try (NewsStore s = NewsStore.open(dir)) {
      for (SearchFilter f : filters) {
        var r = s.searchFiltered("trade", f, 1000);
        Set<String> ids = r.hits().stream().map(h -> h.articleId()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ids.size(), r.total(), f.toString());
        found.put(f, ids);
      }
    }
    int telling = 0;
    try (Database db = Database.open(dir.resolve(Database.FILE))) {
      ArticleReader tables = new ArticleReader(db);
      for (SearchFilter f : filters) {
        Set<String> want = new TreeSet<>(tables.articlesMatching(f.from(), f.to(), f.type(), f.stance(), f.outlet()));
        assertEquals(want, found.get(f), f.toString());
        telling += want.isEmpty() || want.size() == 80 ? 0 : 1;
      }
    }
    return telling;
  }

  @Test
  void the_index_answers_every_filter_as_the_tables_do() {
    Random rnd = new Random(21);
    build(dir, rnd);
    int telling = checkAgainstTables(dir, filters(rnd));
    assertTrue(telling > 200, "too few filters that keep some articles and drop others: " + telling);
  }

  @Test
  void a_saved_articles_facets_are_what_the_tables_give_back() throws Exception {
    Random rnd = new Random(5);
    List<AnalyzedArticle> all = build(dir, rnd);
    try (Database db = Database.open(dir.resolve(Database.FILE))) {
      Map<String, IndexFacets> tables = new HashMap<>();
      new IndexDocRows(db).of(all.stream().map(a -> a.article().id()).toList())
          .forEach(d -> tables.put(d.id(), d.facets()));
      List<IndexDoc> parts = new ArrayList<>();
      new IndexDocRows(db, 7).inParts(parts::addAll);
      assertEquals(80, parts.size());
      for (IndexDoc d : parts) {
        assertEquals(tables.get(d.id()), d.facets(), d.id());
      }
      // over Parquet tables the articles are a view, without row ids: the parts are read by id
      try (java.sql.Statement st = db.connection().createStatement()) {
        st.execute("ALTER TABLE articles RENAME TO articles_table");
        st.execute("CREATE VIEW articles AS SELECT * FROM articles_table");
      }
      List<IndexDoc> byId = new ArrayList<>();
      new IndexDocRows(db, 7).inParts(byId::addAll);
      assertEquals(80, byId.size());
      for (IndexDoc d : byId) {
        assertEquals(tables.get(d.id()), d.facets(), d.id());
      }
      int withPeriods = 0;
      for (AnalyzedArticle a : all) {
        // the save path's facets (before any later publication) are a part of the tables' facets
        IndexFacets saved = IndexDoc.of(a).facets();
        IndexFacets stored = tables.get(a.article().id());
        assertEquals(saved.types(), stored.types());
        assertEquals(saved.stances(), stored.stances());
        assertEquals(saved.periods(), stored.periods());
        assertTrue(stored.outlets().containsAll(saved.outlets()));
        withPeriods += saved.periods().isEmpty() ? 0 : 1;
      }
      assertTrue(withPeriods > 40, "" + withPeriods);
    }
  }

  @Test
  void an_index_from_before_the_filter_fields_is_indexed_again_on_open_by_id_or_in_parts() throws Exception {
    for (int bulkFrom : new int[] {20_000, 10}) {
      Path store = dir.resolve("s" + bulkFrom);
      Random rnd = new Random(8);
      build(store, rnd);
      List<IndexDoc> docs;
      try (Database db = Database.open(store.resolve(Database.FILE))) {
        docs = new IndexDocRows(db).of(new HashSet<>(new ArticleReader(db).articleIds()));
      }
      try (FSDirectory d = FSDirectory.open(store.resolve("index"));
          IndexWriter w = new IndexWriter(d, new IndexWriterConfig(SearchIndex.analyzer()))) {
        for (IndexDoc x : docs) {
          Document doc = SearchIndex.document(x);
          for (String f : new String[] {FilterFields.TYPE, FilterFields.STANCE, FilterFields.OUTLET,
              FilterFields.PERIOD, FilterFields.VERSION}) {
            doc.removeFields(f);
          }
          w.updateDocument(new Term(SearchIndex.ID, x.id()), doc);
        }
      }
      SearchIndex.bulkFrom = bulkFrom;
      try {
        int telling = checkAgainstTables(store, filters(rnd));
        assertTrue(telling > 200, "" + telling);
      } finally {
        SearchIndex.bulkFrom = 20_000;
      }
    }
  }
}
