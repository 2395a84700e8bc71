package org.newsgraph.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.stories.profile.ArticleProfile;
import org.newsgraph.stories.profile.SparseVector;

/**
 * Online story clustering over hand-made article profiles (words and entities, no analysis needed), with the
 * similarity rule deciding the joins ({@link StoryClustererWithJoinModelTest}: the same with the shipped model).
 */
class StoryClustererTest {
  private static final NewsgraphConfig.Stories SETTINGS = NewsgraphConfig.Stories.defaults();

  /** The clusterer under test: the similarity rule here, the shipped join model in the subclass. */
  StoryClusterer clusterer() {
    return new StoryClusterer(SETTINGS.threshold(), SETTINGS.quietDays(), ClusterWeights.DEFAULT);
  }

  private static SparseVector counts(String words) {
    Map<String, Float> m = new HashMap<>();
    for (String w : words.split(" ")) {
      if (!w.isBlank()) {
        m.merge(w, 1f, Float::sum);
      }
    }
    return SparseVector.of(m);
  }

  private static ArticleProfile article(String id, String date, String words, String entities) {
    return new ArticleProfile(id, date == null ? null : LocalDate.parse(date), "Outlet", id, counts(words),
        counts(entities), null, null, null);
  }

  private static final String QUAKE = "earthquak magnitud struck coast rescuer rubbl toll villag tremor aftershock";
  private static final String QUAKE_PLACES = "country:IDN place:sumatra place:padang";
  private static final String TROOPS = "troop deploy soldier kursk front offens battalion shell";
  private static final String TROOPS_PLACES = "country:PRK country:RUS place:kursk";

  /** Filler words each article has of its own, so that no two articles are copies. */
  private static String own(String id) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      sb.append(' ').append(id).append("w").append(i);
    }
    return sb.toString();
  }

  private static List<ArticleProfile> stream() {
    List<ArticleProfile> out = new ArrayList<>();
    out.add(article("a1", "2025-01-10", QUAKE + own("a1"), QUAKE_PLACES));
    out.add(article("b1", "2025-01-10", TROOPS + own("b1"), TROOPS_PLACES));
    out.add(article("a2", "2025-01-11", QUAKE + own("a2"), QUAKE_PLACES));
    out.add(article("b2", "2025-01-12", TROOPS + own("b2"), TROOPS_PLACES));
    out.add(article("a3", "2025-01-12", QUAKE + own("a3"), QUAKE_PLACES));
    return out;
  }

  @Test
  void articles_about_one_development_join_one_story_and_another_development_is_another_story() {
    StoryClusterer c = clusterer();
    Map<String, String> story = new HashMap<>();
    for (ArticleProfile p : stream()) {
      story.put(p.articleId(), c.assign(p).storyId());
    }
    assertEquals(story.get("a1"), story.get("a2"));
    assertEquals(story.get("a1"), story.get("a3"));
    assertEquals(story.get("b1"), story.get("b2"));
    assertNotEquals(story.get("a1"), story.get("b1"));
    assertEquals(2, c.storyCount());
    assertEquals("sa1", story.get("a1"), "a story is named by the article that started it");
  }

  @Test
  void the_same_articles_in_the_same_order_give_the_same_stories() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    StoryClusterer one = clusterer();
    StoryClusterer two = clusterer();
    for (ArticleProfile p : stream()) {
      Assignment a = one.assign(p);
      first.add(a.storyId() + " " + a.score() + " " + a.reason());
    }
    for (ArticleProfile p : stream()) {
      Assignment a = two.assign(p);
      second.add(a.storyId() + " " + a.score() + " " + a.reason());
    }
    assertEquals(first, second);
  }

  @Test
  void an_earthquake_years_later_in_the_same_place_is_another_story() {
    StoryClusterer c = clusterer();
    String first = c.assign(article("a1", "2025-01-10", QUAKE + own("a1"), QUAKE_PLACES)).storyId();
    c.assign(article("a2", "2025-01-11", QUAKE + own("a2"), QUAKE_PLACES));
    Assignment later = c.assign(article("z1", "2028-03-02", QUAKE + own("z1"), QUAKE_PLACES));
    assertTrue(later.started(), later.reason());
    assertNotEquals(first, later.storyId());
  }

  @Test
  void an_undated_article_joins_by_content_only_and_says_so() {
    StoryClusterer c = clusterer();
    String quake = c.assign(article("a1", "2025-01-10", QUAKE + own("a1"), QUAKE_PLACES)).storyId();
    c.assign(article("b1", "2025-01-10", TROOPS + own("b1"), TROOPS_PLACES));
    Assignment undated = c.assign(article("u1", null, QUAKE + own("u1"), QUAKE_PLACES));
    assertEquals(quake, undated.storyId());
    assertFalse(undated.dated());
    assertTrue(undated.reason().contains("undated"), undated.reason());
  }

  @Test
  void articles_that_share_only_a_common_word_are_never_one_story() {
    StoryClusterer c = clusterer();
    Assignment a = c.assign(article("a1", "2025-01-10", "said" + own("a1"), ""));
    Assignment b = c.assign(article("b1", "2025-01-10", "said" + own("b1"), ""));
    assertTrue(b.started(), b.reason());
    assertNotEquals(a.storyId(), b.storyId());
  }

  @Test
  void a_saved_and_restored_clusterer_places_the_next_article_as_the_running_one_does() {
    StoryClusterer running = clusterer();
    StoryClusterer restored = clusterer();
    List<ArticleProfile> s = stream();
    for (ArticleProfile p : s.subList(0, 4)) {
      running.assign(p);
    }
    // what the store saves: the stories, the stream position and the document frequencies
    for (StoryState st : running.stories()) {
      restored.restore(st);
    }
    restored.restorePosition(running.position());
    restored.frequencies().restoreArticles(running.position());
    running.frequencies().drainChanged();
    for (ArticleProfile p : s.subList(0, 4)) {
      for (ArticleProfile.Channel ch : ArticleProfile.Channel.values()) {
        for (String k : p.channel(ch).keys()) {
          restored.frequencies().restore(k, running.frequencies().count(k));
        }
      }
    }
    Assignment a = running.assign(s.get(4));
    Assignment b = restored.assign(s.get(4));
    assertEquals(a.storyId(), b.storyId());
    assertEquals(a.score(), b.score(), 1e-9);
  }

  @Test
  void a_clusterer_that_lists_saved_stories_without_their_states_reads_only_candidates_and_places_as_the_running_one()
      {
    StoryClusterer running = clusterer();
    StoryClusterer listed = clusterer();
    List<ArticleProfile> s = stream();
    for (ArticleProfile p : s.subList(0, 4)) {
      running.assign(p);
    }
    java.util.Map<String, StoryState> saved = new java.util.HashMap<>();
    for (StoryState st : running.stories()) {
      saved.put(st.id(), st);
      listed.restoreListing(st.id(), st.lastSeq(), StoryClusterer.listingKeys(st), st.first(), st.last());
    }
    List<String> reads = new java.util.ArrayList<>();
    listed.readStatesFrom(ids -> {
      reads.addAll(ids);
      java.util.Map<String, StoryState> out = new java.util.HashMap<>();
      ids.forEach(id -> out.put(id, saved.get(id)));
      return out;
    });
    listed.restorePosition(running.position());
    listed.frequencies().restoreArticles(running.position());
    for (ArticleProfile p : s.subList(0, 4)) {
      for (ArticleProfile.Channel ch : ArticleProfile.Channel.values()) {
        for (String k : p.channel(ch).keys()) {
          listed.frequencies().restore(k, running.frequencies().count(k));
        }
      }
    }
    assertEquals(running.storyCount(), listed.storyCount());
    assertEquals(List.of(), reads, "listing reads no state");
    listed.prefetch(s.subList(4, s.size()));
    List<String> prefetched = List.copyOf(reads);
    assertTrue(!prefetched.isEmpty() && prefetched.size() < saved.size(), "read " + prefetched + " of "
        + saved.keySet());
    for (ArticleProfile p : s.subList(4, s.size())) {
      Assignment a = running.assign(p);
      Assignment b = listed.assign(p);
      assertEquals(a.storyId(), b.storyId());
      assertEquals(a.score(), b.score(), 1e-9);
      assertEquals(a.reason(), b.reason());
    }
  }

  @Test
  void briefs_that_share_only_the_words_every_brief_has_do_not_make_one_story() {
    StoryClusterer c = clusterer();
    String boilerplate = "shr net rev qtr ct vs mln profit loss note avg share year oper dlr period";
    List<Assignment> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      out.add(c.assign(article("e" + i, "2025-03-02", boilerplate + " e" + i + "x e" + i + "y", "")));
    }
    // once those words are in most articles so far, sharing them is no reason to join
    for (Assignment a : out.subList(40, 60)) {
      assertTrue(a.started(), a.reason());
    }
  }

  private static final String OIL = "oil price crude barrel opec output cut market trader";

  @Test
  void an_undated_article_does_not_join_a_1987_story_by_words_alone() {
    StoryClusterer c = clusterer();
    String story = c.assign(article("r1", "1987-03-02", OIL + own("r1"), "org:opec country:SAU")).storyId();
    c.assign(article("r2", "1987-03-03", OIL + own("r2"), "org:opec country:SAU"));
    // the same words and one name: a BBC report with no date, years later
    Assignment undated = c.assign(article("u1", null, OIL + own("u1"), "org:opec"));
    assertTrue(undated.started(), undated.reason());
    assertNotEquals(story, undated.storyId());
    assertTrue(undated.reason().contains("strong evidence"), undated.reason());
  }

  @Test
  void an_undated_article_whose_own_dates_miss_the_story_years_does_not_join_it() {
    StoryClusterer c = clusterer();
    c.assign(article("r1", "1987-03-02", OIL + own("r1"), "org:opec country:SAU"));
    c.assign(article("r2", "1987-03-03", OIL + own("r2"), "org:opec country:SAU"));
    ArticleProfile u = new ArticleProfile("u1", null, "BBC", "u1", counts(OIL + own("u1")),
        counts("org:opec country:SAU"), null, counts("y:2005 m:2005-01"), null);
    Assignment undated = c.assign(u);
    assertTrue(undated.started(), undated.reason());
    assertTrue(undated.reason().contains("[2005] miss the story's [1987]"), undated.reason());
  }

  @Test
  void an_undated_article_never_stretches_the_time_span_of_the_story_it_joins() {
    StoryClusterer c = clusterer();
    c.assign(article("a1", "2025-01-10", QUAKE + own("a1"), QUAKE_PLACES));
    Assignment undated = c.assign(article("u1", null, QUAKE + own("u1"), QUAKE_PLACES));
    assertFalse(undated.started(), undated.reason());
    assertEquals(LocalDate.parse("2025-01-10"), undated.story().first());
    assertEquals(LocalDate.parse("2025-01-10"), undated.story().last());
  }

  private static final String BRIEF = "qtr net shr ct vs mln rev profit oper";

  @Test
  void two_earnings_briefs_of_different_companies_stay_apart() {
    StoryClusterer c = clusterer();
    Assignment a = c.assign(article("q1", "1987-03-02", BRIEF + own("q1"), "org:acme-corp"));
    Assignment b = c.assign(article("q2", "1987-03-02", BRIEF + own("q2"), "org:zenith-inc"));
    assertTrue(b.started(), b.reason());
    assertNotEquals(a.storyId(), b.storyId());
    assertTrue(b.reason().contains("no specific entity"), b.reason());
  }

  @Test
  void two_reports_of_one_company_results_join() {
    StoryClusterer c = clusterer();
    Assignment a = c.assign(article("q1", "1987-03-02", BRIEF + own("q1"), "org:acme-corp"));
    Assignment b = c.assign(article("q2", "1987-03-03", BRIEF + own("q2"), "org:acme-corp"));
    assertEquals(a.storyId(), b.storyId(), b.reason());
  }

  @Test
  void the_outlet_is_not_evidence_that_two_briefs_report_one_event() {
    StoryClusterer c = clusterer();
    Assignment a = c.assign(article("q1", "1987-03-02", BRIEF + own("q1"), "org:outlet org:acme-corp"));
    Assignment b = c.assign(article("q2", "1987-03-02", BRIEF + own("q2"), "org:outlet org:zenith-inc"));
    assertNotEquals(a.storyId(), b.storyId(), b.reason());
  }

  @Test
  void two_briefs_that_name_no_entity_stay_apart_however_alike_their_words() {
    StoryClusterer c = clusterer();
    Assignment a = c.assign(article("q1", "1987-02-26", BRIEF + own("q1"), ""));
    Assignment b = c.assign(article("q2", "1987-02-26", BRIEF + own("q2"), ""));
    assertTrue(b.started(), b.reason());
    assertNotEquals(a.storyId(), b.storyId());
  }
}
