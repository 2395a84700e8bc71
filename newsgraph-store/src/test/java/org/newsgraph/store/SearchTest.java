package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {
  @TempDir
  Path dir;
  NewsStore store;
  String kursk = Samples.kursk().article().id();
  String factory = Samples.factory().article().id();

  @BeforeEach
  void fill() {
    store = NewsStore.open(dir);
    store.save(List.of(Samples.kursk(), Samples.factory(), Samples.undated()), List.of(), "run-1");
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::articleId).toList();
  }

  @Test
  void words_are_found_whatever_their_form_and_wrapped_in_guillemets() {
    SearchResults r = store.search("north korea troops", 10);
    assertEquals(1, r.total());
    SearchHit hit = r.hits().get(0);
    assertEquals(kursk, hit.articleId());
    assertEquals("North Korean troops pulled back from Kursk front, Seoul says", hit.headline());
    assertEquals(LocalDate.of(2025, 2, 13), hit.date());
    assertTrue(hit.score() > 0);
    assertTrue(hit.snippet().contains("«North» Korean «troops»"), hit.snippet());
    assertTrue(hit.snippet().contains("«Korea's»"), hit.snippet());
    // stemming: the singular finds the plural
    assertEquals(List.of(kursk), ids(store.search("troop", 10)));
  }

  @Test
  void a_search_without_snippets_finds_the_same_hits_in_the_same_order_with_empty_snippets() {
    for (String q : new String[] {"korea", "north korea troops", "Kim OR factory"}) {
      SearchResults with = store.search(q, 10);
      SearchResults without = store.search(q, null, 10);
      assertEquals(with.total(), without.total(), q);
      assertEquals(ids(with), ids(without), q);
      assertTrue(with.hits().stream().allMatch(h -> !h.snippet().isEmpty()), q);
      assertTrue(without.hits().stream().allMatch(h -> h.snippet().isEmpty()), q);
    }
  }

  @Test
  void a_search_among_ids_highlighted_from_its_words_answers_as_the_whole_query_highlighted() {
    String undated = Samples.undated().article().id();
    List<List<String>> idSets = List.of(List.of(kursk), List.of(factory, kursk), List.of(undated, factory, kursk),
        List.of("no-such-article", factory));
    for (String q : new String[] {"seoul", "north korea troops", "Kim OR factory", "\"spy agency\"", "korea*"}) {
      for (List<String> among : idSets) {
        String idq = IdQuery.of(q, among);
        // the search page's filtered answer before: the whole query, id clauses and all, highlighted
        SearchResults whole = store.search(idq, 10);
        SearchResults words = store.search(idq, q, 10);
        assertEquals(whole, words, idq);
        assertTrue(ids(words).stream().allMatch(among::contains), idq);
      }
    }
    assertTrue(store.search(IdQuery.of("seoul", List.of(kursk)), "seoul", 10).hits().get(0).snippet()
        .contains("«Seoul»"));
  }

  @Test
  void phrases_and_boolean_operators_work() {
    SearchResults phrase = store.search("\"spy agency\"", 10);
    assertEquals(List.of(kursk), ids(phrase));
    assertTrue(phrase.hits().get(0).snippet().contains("«spy agency»"), phrase.hits().get(0).snippet());
    assertEquals(0, store.search("\"agency spy\"", 10).total());
    assertEquals(List.of(kursk), ids(store.search("Kursk AND withdrawn", 10)));
    assertEquals(0, store.search("Kursk AND factory", 10).total());
    assertEquals(2, store.search("Kursk OR factory", 10).total());
    assertEquals(List.of(factory), ids(store.search("Seoul -Kursk -Tokyo", 10)));
    assertEquals(3, store.search("seoul", 10).total());
  }

  @Test
  void a_headline_only_match_shows_the_headline_highlighted() {
    SearchHit hit = store.search("visits", 10).hits().get(0);
    assertEquals(factory, hit.articleId());
    assertEquals("Kim «visits» missile factory", hit.snippet());
  }

  @Test
  void the_total_counts_every_match_beyond_the_limit() {
    SearchResults r = store.search("seoul", 1);
    assertEquals(3, r.total());
    assertEquals(1, r.hits().size());
    assertEquals(3, store.search("seoul", 0).total());
  }

  @Test
  void entity_and_date_fields_can_be_queried() {
    assertEquals(List.of(factory), ids(store.search("entity:\"person:kim-jong-un\"", 10)));
    assertEquals(2, store.search("entity:\"country:RUS\"", 10).total());
    assertEquals(List.of(kursk), ids(store.search("date:[2025-02-01 TO 2025-02-28]", 10)));
    assertEquals(List.of(factory), ids(store.search("date:2025-03-08", 10)));
  }

  @Test
  void a_query_that_cannot_be_parsed_gives_a_readable_one_line_message() {
    for (String bad : List.of("Kursk AND", "\"spy agency", "(troops", "date:[yesterday TO today]")) {
      StoreException e = assertThrows(StoreException.class, () -> store.search(bad, 10), bad);
      assertTrue(e.getMessage().startsWith("cannot understand the search query '" + bad + "'"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
      System.out.println("query " + bad + " -> " + e.getMessage());
    }
  }

  @Test
  void a_regular_expression_too_complex_to_run_is_the_callers_mistake_not_an_internal_error() {
    String bad = "/.{0,100}a.{0,100}b.{0,100}c.{0,100}d.{0,100}e/";
    StoreException e = assertThrows(StoreException.class, () -> store.search(bad, 10));
    assertEquals(StoreException.Kind.INVALID_REQUEST, e.kind(), e.getMessage());
    assertTrue(e.getMessage().startsWith("the search query '" + bad + "' is too complex to run"), e.getMessage());
  }

  @Test
  void an_empty_query_or_one_of_stop_words_finds_nothing() {
    assertEquals(0, store.search("  ", 10).total());
    assertEquals(0, store.search("the", 10).total());
  }
}
