package org.newsgraph.store.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.newsgraph.store.SearchFilter;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchIds;
import org.newsgraph.store.SearchResults;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Trend;

/**
 * The Lucene index of a store: derived from the tables, so it can always be rebuilt from them.
 *
 * <p>Fields: {@code id} (exact, stored), {@code headline} and {@code text} (analysed, stored; the text with offsets in
 * its postings for the highlighter), {@code entity} (exact canonical ids, one value per entity, e.g.
 * {@code entity:"country:PRK"}), {@code date} (anchor date as an epoch day: a point for ranges such as
 * {@code date:[2025-01-01 TO 2025-02-01]}, and stored).
 *
 * <p>Analysis: {@link EnglishAnalyzer}. The articles are English news, and its stemming lets "troop" find "troops"
 * and "Korea" find "Korea's" (possessives are dropped), which a reader expects of a search box; its stop words make
 * phrases such as "The Hague" match on their content words only, a price worth paying. {@code StandardAnalyzer}
 * would keep exact word forms and miss those. Highlighting works on the original text either way.
 */
public final class SearchIndex implements AutoCloseable {
  static final String ID = "id";
  static final String HEADLINE = "headline";
  static final String TEXT = "text";
  static final String ENTITY = "entity";
  static final String DATE = "date";
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
  private static final int SNIPPET_GOAL = 160;
  /** More missing articles than this are indexed from a read of the whole table in parts, not by id (tests lower it). */
  static int bulkFrom = 20_000;
  private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());

  private final Path dir;
  private final FSDirectory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private SearchIndex(Path dir, FSDirectory directory, Analyzer analyzer, IndexWriter writer,
      SearcherManager searchers) {
    this.dir = dir;
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = searchers;
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
        Map.of(ID, new KeywordAnalyzer(), ENTITY, new KeywordAnalyzer()));
  }

  /**
   * Opens the index in {@code dir}, creating it if missing. A damaged or unreadable index is deleted and an empty
   * one created: the caller then fills it from the tables ({@link #catchUp}).
   */
  public static SearchIndex open(Path dir) {
    try {
      return tryOpen(dir, false);
    } catch (LockObtainFailedException e) {
      throw Failures.wrap("the search index in " + dir + " is in use by another program", e);
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "search index " + dir + " is unreadable (" + Database.firstLine(e)
          + "); rebuilding it from the tables");
      try {
        wipe(dir);
        return tryOpen(dir, true);
      } catch (IOException e2) {
        throw Failures.wrap("cannot create the search index in " + dir + ": " + Database.firstLine(e2), e2);
      }
    }
  }

  private static SearchIndex tryOpen(Path dir, boolean create) throws IOException {
    Files.createDirectories(dir);
    FSDirectory directory = FSDirectory.open(dir);
    IndexWriter writer = null;
    SearcherManager searchers = null;
    try {
      Analyzer analyzer = analyzer();
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64); // batches of thousands of articles: fewer, larger segments to merge
      writer = new IndexWriter(directory, config);
      searchers = new SearcherManager(writer, null);
      SearchIndex index = new SearchIndex(dir, directory, analyzer, writer, searchers);
      index.ids(); // reads the id terms of every segment: fails now rather than at the first search
      return index;
    } catch (IOException | RuntimeException e) {
      closeQuietly(searchers);
      closeQuietly(writer);
      closeQuietly(directory);
      throw e;
    }
  }

  private static void wipe(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.deleteIfExists(dir);
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        Files.delete(f);
      }
    }
  }

  /** Ids of the live documents. */
  public Set<String> ids() throws IOException {
    return ids(false);
  }

  /**
   * Ids of the live documents; with {@code withValues}, only of those indexed with their doc values
   * ({@link HitFields}): the others were indexed by an older version and are indexed again by {@link #catchUp}.
   */
  private Set<String> ids(boolean withValues) throws IOException {
    Set<String> ids = new HashSet<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(ID);
        if (terms == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          postings = te.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if ((live == null || live.get(doc)) && (!withValues || HitFields.hasValues(leaf.reader(), doc)
                && FilterFields.isCurrent(leaf.reader(), doc))) {
              ids.add(term.utf8ToString());
              break;
            }
          }
        }
      }
    }
    return ids;
  }

  /** What {@link #catchUp} did. */
  public record CatchUp(int added, int removed) {}

  /**
   * Makes the index hold exactly the articles in {@code stored}: indexes the missing ones (loaded with
   * {@code load}, in chunks) and deletes the others; commits.
   */
  public CatchUp catchUp(Set<String> stored, Function<Collection<String>, List<IndexDoc>> load,
      Consumer<Consumer<List<IndexDoc>>> everyDoc) {
    try {
      Set<String> indexed = ids();
      // an article indexed without doc values (before they were added) is indexed again: replaced by its id
      Set<String> current = ids(true);
      List<String> missing = new ArrayList<>();
      for (String id : stored) {
        if (!current.contains(id)) {
          missing.add(id);
        }
      }
      List<String> extra = new ArrayList<>();
      for (String id : indexed) {
        if (!stored.contains(id)) {
          extra.add(id);
        }
      }
      for (String id : extra) {
        writer.deleteDocuments(new Term(ID, id));
      }
      if (missing.size() > bulkFrom) {
        // most of a large store (a rebuilt index, or one from before the filter fields): read in parts of rows
        Set<String> wanted = new HashSet<>(missing);
        long[] done = {0};
        everyDoc.accept(part -> {
          try {
            for (IndexDoc d : part) {
              if (wanted.contains(d.id())) {
                writer.updateDocument(new Term(ID, d.id()), document(d));
                done[0]++;
              }
            }
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          LOG.log(System.Logger.Level.INFO, "search index of " + dir + ": " + done[0] + " of " + missing.size()
              + " articles indexed");
        });
      } else {
        for (List<String> chunk : Chunks.of(missing, 500)) {
          for (IndexDoc d : load.apply(chunk)) {
            writer.updateDocument(new Term(ID, d.id()), document(d));
          }
        }
      }
      if (!missing.isEmpty() || !extra.isEmpty()) {
        commit();
      }
      return new CatchUp(missing.size(), extra.size());
    } catch (IOException | java.io.UncheckedIOException e) {
      throw Failures.wrap("cannot update the search index in " + dir + ": " + Database.firstLine(e), e);
    }
  }

  /** Adds or replaces documents; visible to searches after {@link #commit}. */
  public void add(List<IndexDoc> docs) throws IOException {
    for (IndexDoc d : docs) {
      writer.updateDocument(new Term(ID, d.id()), document(d));
    }
  }

  public void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  static Document document(IndexDoc d) {
    Document doc = new Document();
    doc.add(new StringField(ID, d.id(), Field.Store.YES));
    if (d.headline() != null) {
      doc.add(new TextField(HEADLINE, d.headline(), Field.Store.YES));
    }
    doc.add(new Field(TEXT, d.text(), TEXT_WITH_OFFSETS));
    for (String e : d.entityIds()) {
      doc.add(new StringField(ENTITY, e, Field.Store.NO));
    }
    if (d.date() != null) {
      long day = d.date().toEpochDay();
      doc.add(new LongPoint(DATE, day));
      doc.add(new StoredField(DATE, day));
    }
    HitFields.add(doc, d.id(), d.headline(), d.date());
    FilterFields.add(doc, d.facets());
    return doc;
  }

  /** Searches headline and text; every word must match unless the query says OR. */
  public SearchResults search(String query, int limit) {
    return search(query, limit, true);
  }

  /**
   * {@link #search(String, int)}; without {@code snippets}, the hits' snippets are empty: for many hits that are
   * filtered before any is shown (highlighting re-reads each hit's text).
   */
  public SearchResults search(String query, int limit, boolean snippets) {
    return search(query, snippets ? query : null, limit);
  }

  /**
   * The best {@code limit} hits of {@code query}, their snippets highlighted from {@code highlight} (none if null):
   * a query narrowed by an id list highlights the words alone, since the highlighter would otherwise weigh each of
   * up to a thousand id clauses against every hit's text and headline (which no id can match), the most of a
   * filtered search's time.
   */
  public SearchResults search(String query, String highlight, int limit) {
    if (query == null || query.isBlank()) {
      return new SearchResults(0, List.of());
    }
    Query q = parse(query);
    return search(q, highlight == null ? null : highlight.equals(query) ? q : parse(highlight), query, limit);
  }

  /** The best {@code limit} hits of {@code query} narrowed by {@code filter}, highlighted from its words. */
  public SearchResults searchFiltered(String query, SearchFilter filter, int limit) {
    if (query == null || query.isBlank()) {
      return new SearchResults(0, List.of());
    }
    Query words = parse(query);
    return search(FilterFields.narrow(words, filter), words, query, limit);
  }

  private SearchResults search(Query q, Query h, String query, int limit) {
    IndexSearcher searcher = acquire();
    try {
      if (limit <= 0) {
        return new SearchResults(searcher.count(q), List.of());
      }
      // the best hits and the exact total in one pass over the matches (not a count, then a search); the queue is
      // no longer than the index, as IndexSearcher.search(Query, int) makes it
      int size = Math.min(limit, Math.max(1, searcher.getIndexReader().maxDoc()));
      TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(size, Integer.MAX_VALUE));
      long total = top.totalHits.value;
      if (total == 0) {
        return new SearchResults(0, List.of());
      }
      UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
          .withFormatter(new DefaultPassageFormatter("«", "»", " " + Snippets.ELLIPSIS + " ", false))
          .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
              BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_GOAL, 0.5f))
          .withMaxLength(1_000_000)
          .build();
      Map<String, String[]> found = h != null ? highlighter.highlightFields(new String[] {TEXT, HEADLINE}, h, top,
          new int[] {2, 1}) : null;
      int[] docs = new int[top.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = top.scoreDocs[i].doc;
      }
      HitFields.Fields[] fields = new HitFields(searcher).of(docs);
      List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        HitFields.Fields f = fields[i];
        hits.add(new SearchHit(f.id(), f.headline(), f.date(), sd.score,
            found == null ? "" : Snippets.of(found.get(TEXT)[i], found.get(HEADLINE)[i])));
      }
      return new SearchResults(total, hits);
    } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException | IOException e) {
      throw readFailure(query, e);
    } finally {
      release(searcher);
    }
  }

  /**
   * The ids of the articles {@code query} finds: all of them, in index order and without scoring, when at most
   * {@code limit} match (what trends and watchlists count over); else the best {@code limit} by relevance, as
   * {@link #search} finds them.
   */
  public SearchIds ids(String query, int limit) {
    if (query == null || query.isBlank()) {
      return new SearchIds(0, List.of());
    }
    Query q = parse(query);
    IndexSearcher searcher = acquire();
    try {
      AllDocs all = searcher.search(q, AllDocs.MANAGER);
      if (all.count() > limit) {
        SearchResults best = search(query, limit, false);
        return new SearchIds(all.count(), best.hits().stream().map(SearchHit::articleId).toList());
      }
      return new SearchIds(all.count(), new HitFields(searcher).ids(all.docs(), all.count()));
    } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException | IOException e) {
      throw readFailure(query, e);
    } finally {
      release(searcher);
    }
  }

  /**
   * The trend of what {@code query} finds (every article when blank), counted from doc values ({@link TrendCounts});
   * {@code names} names the keys listed.
   */
  public Trend trend(String query, Trend.By by, Trend.Interval interval, LocalDate from, LocalDate to, int limit,
      Function<Collection<String>, Map<String, String>> names) {
    Query q = query == null || query.isBlank() ? new MatchAllDocsQuery() : parse(query);
    IndexSearcher searcher = acquire();
    try {
      return TrendCounts.count(searcher, q, new TrendCounts.Spec(by, interval, from, to), limit, names);
    } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException | IOException e) {
      throw readFailure(query, e);
    } finally {
      release(searcher);
    }
  }

  Query parse(String query) {
    QueryParser parser = new DateAwareParser(analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException | IllegalArgumentException e) {
      throw new StoreException(StoreException.Kind.INVALID_REQUEST, "cannot understand the search query '"
          + query + "': " + reason(e)
          + "; put phrases in double quotes, write AND, OR, NOT in capitals, and close every parenthesis");
    } catch (IndexSearcher.TooManyClauses e) {
      throw new StoreException(StoreException.Kind.INVALID_REQUEST, "the search query '" + query
          + "' has too many words");
    } catch (TooComplexToDeterminizeException e) {
      throw tooComplex(query);
    }
  }

  /** A regular expression (/…/) or wildcard too complex to run: the caller's to simplify, not an internal error. */
  private static StoreException tooComplex(String query) {
    return new StoreException(StoreException.Kind.INVALID_REQUEST, "the search query '" + query
        + "' is too complex to run (a regular expression or wildcard with too many states); simplify it");
  }

  private static String reason(Exception e) {
    String line = Database.firstLine(e);
    int colon = line.indexOf("': ");
    String r = colon >= 0 ? line.substring(colon + 3) : line;
    return r.endsWith(".") ? r.substring(0, r.length() - 1) : r;
  }

  @Override
  public void close() {
    closeQuietly(searchers);
    try {
      writer.close();
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "closing the search index " + dir + ": " + Database.firstLine(e));
    }
    closeQuietly(directory);
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception e) {
        // closing after a failure: nothing more to do
      }
    }
  }

  /** A searcher of the index as last refreshed; release it to {@code searchers} when done. */
  private IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw Failures.wrap("cannot read the search index in " + dir + ": " + Database.firstLine(e), e);
    }
  }

  /** What a failed read of {@code query} tells the caller: a request to change, or an index to rebuild. */
  private RuntimeException readFailure(String query, Exception e) {
    if (e instanceof IndexSearcher.TooManyClauses) {
      return new StoreException(StoreException.Kind.INVALID_REQUEST, "the search query '" + query
          + "' expands to too many words; use fewer wildcards");
    }
    if (e instanceof TooComplexToDeterminizeException) {
      return tooComplex(query);
    }
    return Failures.wrap("cannot read the search index in " + dir + ": " + Database.firstLine(e)
        + "; delete that folder and open the store again to rebuild it", e);
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      // the searcher is dropped anyway
    }
  }
}
