package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Span;

class PublicationsTest {
  @TempDir Path dir;

  static Article article(String text, String source) {
    return new Article(ArticleIds.of(text), source, "Wire", "Headline", null, null, LocalDate.of(2025, 2, 4), null,
        List.of(), List.of(), List.of(new Span(0, text.length())), "en", text);
  }

  @Test
  void publications_are_saved_with_their_article_survive_a_restart_and_are_never_doubled() {
    Article a = article("The first wire story text.", "a.html");
    int[] sig = {1, 2, 3, 4};
    Publication first = new Publication(a.id(), a.id(), "a.html", "Wire", "Headline",
        a.published(), 1.0, "test.v1", sig);
    Publication copy = new Publication(a.id(), "feedbeefcafe0001", "https://b.example/x", "B",
        "Retitled", LocalDate.of(2025, 2, 5), 0.8, null, null);
    Publication orphan = new Publication("0000000000000000", "0000000000000000", "c.html",
        null, null, null, 1.0, null, null);
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(AnalyzedArticle.of(a)), List.of(), "run1", List.of(first, copy, orphan));
      s.save(List.of(AnalyzedArticle.of(a)), List.of(), "run2", List.of(first, copy));
    }
    try (NewsStore s = NewsStore.open(dir)) {
      List<Publication> pubs = s.publications(a.id());
      assertEquals(2, pubs.size(), pubs.toString());
      assertEquals("https://b.example/x", pubs.get(1).source());
      assertTrue(s.containsPublication("feedbeefcafe0001", "https://b.example/x"));
      assertFalse(s.containsPublication("0000000000000000", "c.html"));
      List<int[]> sigs = new ArrayList<>();
      s.publicationSignatures("test.v1", (id, v) -> sigs.add(v));
      assertEquals(1, sigs.size());
      assertArrayEquals(sig, sigs.get(0));
      assertEquals(1, s.articleCount());
    }
  }

  @Test
  void reach_counts_publications_and_outlets_and_the_outlet_filter_sees_near_duplicates() {
    Article a = article("The wire story that two others reprinted.", "a.html");
    Article b = article("A story nobody else ran.", "b.html");
    Publication first = new Publication(a.id(), a.id(), "a.html", "Wire", "Headline",
        a.published(), 1.0, null, null);
    Publication other = new Publication(a.id(), "feedbeefcafe0002", "https://other.example/1",
        "Other Daily", "Retitled", a.published(), 0.8, null, null);
    Publication again = new Publication(a.id(), "feedbeefcafe0003", "https://other.example/2",
        "Other Daily", "Retitled again", a.published(), 0.7, null, null);
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(AnalyzedArticle.of(a), AnalyzedArticle.of(b)), List.of(), "run1", List.of(first, other, again));
      var reach = s.reach(List.of(a.id(), b.id(), "0000000000000000"));
      assertEquals(new Reach(3, List.of("Wire", "Other Daily")), reach.get(a.id()));
      // no publication rows: the article itself, by its own outlet
      assertEquals(new Reach(1, List.of("Wire")), reach.get(b.id()));
      assertFalse(reach.containsKey("0000000000000000"));
      assertEquals(List.of(new Outlet("Wire", 2), new Outlet("Other Daily", 1)),
          s.outlets(10));
      assertEquals(java.util.Set.of(a.id()), outlet(s, "other daily"));
      assertEquals(java.util.Set.of(a.id(), b.id()), outlet(s, "WIRE"));
      assertEquals(java.util.Set.of(), outlet(s, "Nobody"));
    }
  }

  /** The articles with "story" the outlet filter keeps. */
  private static java.util.Set<String> outlet(NewsStore s, String outlet) {
    return s.searchFiltered("story", new SearchFilter(null, null, null, null, outlet), 10).hits().stream()
        .map(SearchHit::articleId).collect(java.util.stream.Collectors.toSet());
  }
}
