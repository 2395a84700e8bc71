package org.newsgraph.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.json.Answers.Hit;
import org.newsgraph.app.json.Answers.SearchAnswer;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.ArticleBuilder;

/** Search narrowed by a filter that matches many articles: the same hits, order, snippets and an exact total. */
@org.junit.jupiter.api.Tag("slow")
class SearchEndpointTest {
  @Test
  void a_filter_matching_every_article_keeps_the_hits_their_order_snippets_and_exact_total(@TempDir Path dir) {
    List<AnalyzedArticle> batch = new ArrayList<>();
    for (int i = 0; i < 1100; i++) {
      String text = "Troops moved near the border on day " + i + ".\n\nOfficials in town " + i + " said little.";
      batch.add(ArticleBuilder.text(text).id("a" + i).outlet("Wire")
          .headline("Report " + i).published("2025-01-01").build());
    }
    try (NewsStore store = NewsStore.open(dir)) {
      store.save(batch, List.of(), "run");
      SearchEndpoint search = new SearchEndpoint(store);
      // the outlet ran all 1,100 (the old way, more ids than one query took: the total was a lower bound)
      SearchAnswer all = search.answer(new SearchEndpoint.Query("troops", null, null, null, null, null, null, 0,
          20));
      SearchAnswer wire = search.answer(new SearchEndpoint.Query("troops", null, null, null, null, null, "Wire", 0,
          20));
      assertEquals(1100, all.total());
      assertEquals(1100, wire.total());
      assertTrue(!wire.totalIsLowerBound());
      assertEquals(20, wire.hits().size());
      assertEquals(all.hits().stream().map(Hit::articleId).toList(), wire.hits().stream().map(Hit::articleId).toList());
      assertTrue(wire.hits().stream().allMatch(h -> h.snippet().contains("«Troops»")), wire.hits().toString());
      assertEquals(all.hits().stream().map(Hit::snippet).toList(), wire.hits().stream().map(Hit::snippet).toList());
    }
  }
}
