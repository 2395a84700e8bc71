package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.testkit.DeploymentReports;

/** Four stored reports of one deployment: the board read back from the store shows where they disagree. */
class ContradictionStoreTest {
  @TempDir Path dir;

  @Test
  void the_stored_reports_form_one_story_whose_board_sets_three_thousand_troops_against_the_others() {
    List<AnalyzedArticle> reports = DeploymentReports.all();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(reports, List.of(), "run-1");
      Map<String, String> stories = s.storyOf(reports.stream().map(a -> a.article().id()).toList());
      assertEquals(1, stories.values().stream().distinct().count(), "one story: " + stories);
      StoryBoard b = s.board(stories.values().iterator().next()).orElseThrow();
      List<StoryBoard.Contradiction> numbers = b.contradictions().stream()
          .filter(c -> c.kind() == StoryBoard.Disagreement.NUMBER).toList();
      assertEquals(3, numbers.size(), b.contradictions().toString());
      for (StoryBoard.Contradiction c : numbers) {
        StoryBoard.Side russia = c.first().sourceKey().equals(DeploymentReports.RUS) ? c.first() : c.second();
        assertEquals(DeploymentReports.RUS, russia.sourceKey(), c.summary());
        assertEquals("3,000 troops", russia.says());
        assertTrue(c.first().report().date().isBefore(c.second().report().date()), "the earlier first: "
            + c.summary());
      }
      assertEquals(List.of(DeploymentReports.NIS, DeploymentReports.KOR, DeploymentReports.UKR).stream().sorted()
          .toList(), numbers.stream().map(c -> c.first().sourceKey().equals(DeploymentReports.RUS)
          ? c.second().sourceKey() : c.first().sourceKey()).sorted().toList(), "the 10,000+, 12,000 and ~11,000 agree");
      StoryBoard.Row deployment = b.events().get(0);
      assertEquals(1, deployment.carriers(), deployment.reasons().toString());
      assertTrue(deployment.entries().stream().anyMatch(e -> e.sourceKey().equals(DeploymentReports.NIS)
          && e.reports().stream().anyMatch(r -> "Yonhap".equals(r.carrier()))), deployment.entries().toString());
    }
  }

  @Test
  void the_board_reads_only_text_claims_and_events_and_is_the_board_of_the_whole_articles() {
    List<AnalyzedArticle> reports = DeploymentReports.all();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(reports, List.of(), "run-1");
      String story = s.storyOf(List.of(reports.get(0).article().id())).values().iterator().next();
      StoryDetail d = s.story(story).orElseThrow();
      StoryBoard whole = org.newsgraph.store.internal.StoryBoards.build(d,
          s.articles(d.articles().stream().map(StoryDetail.StoryArticle::articleId).toList()));
      assertTrue(!whole.events().isEmpty() && !whole.contradictions().isEmpty(), whole.toString());
      assertEquals(whole, s.board(story).orElseThrow());
    }
  }
}
