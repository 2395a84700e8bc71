package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.EntityType;
import org.newsgraph.testkit.ArticleBuilder;

class TimelineTest {
  @TempDir
  Path dir;
  NewsStore store;

  @BeforeEach
  void fill() {
    store = NewsStore.open(dir);
    store.save(List.of(Samples.kursk(), Samples.factory()), List.of(), "run-1");
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<String> values(List<TimelineEntry> entries) {
    return entries.stream().map(TimelineEntry::value).toList();
  }

  @Test
  void each_entry_carries_its_times_confidence_and_none_when_it_is_unknown() {
    String text = "North Korea said exports fell in March 2024.";
    org.newsgraph.core.AnalyzedArticle a = ArticleBuilder.text(text).published("2025-03-10")
        .entity(Samples.PRK, EntityType.COUNTRY, "North Korea").mention("North Korea", Samples.PRK)
        .time("March 2024", "2024-03", "2024-03-01", "2024-04-01").build();
    store.save(List.of(a.withTimes(a.times().stream().map(t -> t.withConfidence(0.42)).toList(), "test")), List.of(),
        "run-2");
    for (TimelineEntry e : store.timeline(Samples.PRK, null, null)) {
      assertEquals(e.value().equals("2024-03") ? Double.valueOf(0.42) : null, e.confidence(), e.toString());
    }
    assertEquals(1, store.timeline(Samples.PRK, null, null).stream().filter(e -> e.confidence() != null).count());
  }

  @Test
  void a_page_of_the_timeline_is_the_same_slice_with_the_total() {
    List<TimelineEntry> all = store.timeline(Samples.PRK, null, null);
    Page<TimelineEntry> page = store.timeline(Samples.PRK, null, null, false, 1, 2);
    assertEquals(all.size(), page.total());
    assertEquals(all.subList(1, 3), page.items());
    Page<TimelineEntry> past = store.timeline(Samples.PRK, null, null, false, 10, 2);
    assertEquals(all.size(), past.total());
    assertEquals(List.of(), past.items());
    assertEquals(0, store.timeline("nobody", null, null, false, 0, 5).total());
  }

  @Test
  void times_in_a_sentence_that_mentions_the_entity_make_its_timeline_in_date_order() {
    List<TimelineEntry> prk = store.timeline(Samples.PRK, null, null);
    // "mid-January" is in a sentence about the NIS only: not North Korea's
    assertEquals(List.of("2024", "2024-10", "2025-02-12", "2025-03-07"), values(prk));
    TimelineEntry wednesday = prk.get(2);
    assertEquals(LocalDate.of(2025, 2, 12), wednesday.begin());
    assertEquals(LocalDate.of(2025, 2, 13), wednesday.end());
    assertEquals("Wednesday", wednesday.timeText());
    assertEquals(Samples.kursk().article().id(), wednesday.articleId());
    assertEquals("North Korean troops pulled back from Kursk front, Seoul says", wednesday.headline());
    assertEquals("North Korean troops have been withdrawn from the front in Kursk, South Korea's spy agency said on"
        + " Wednesday.", wednesday.snippet());

    assertEquals(List.of("2025-01", "2025-02-12"), values(store.timeline(Samples.NIS, null, null)));
  }

  @Test
  void from_and_to_keep_the_intervals_that_overlap_them() {
    assertEquals(List.of("2025-02-12", "2025-03-07"),
        values(store.timeline(Samples.PRK, LocalDate.of(2025, 1, 1), null)));
    assertEquals(List.of("2024", "2024-10"), values(store.timeline(Samples.PRK, null, LocalDate.of(2025, 1, 1))));
    // [2024-10-15, 2024-10-16) lies inside both October 2024 and the year 2024
    assertEquals(List.of("2024", "2024-10"),
        values(store.timeline(Samples.PRK, LocalDate.of(2024, 10, 15), LocalDate.of(2024, 10, 16))));
    // to is exclusive: the day 2025-03-07 does not overlap [.., 2025-03-07)
    assertEquals(List.of("2024", "2024-10", "2025-02-12"),
        values(store.timeline(Samples.PRK, null, LocalDate.of(2025, 3, 7))));
    assertEquals(List.of(), store.timeline(Samples.PRK, LocalDate.of(2030, 1, 1), null));
  }

  @Test
  void a_name_works_where_an_id_is_expected() {
    assertEquals(values(store.timeline(Samples.PRK, null, null)), values(store.timeline("north korea", null, null)));
    assertEquals(List.of(), store.timeline("nobody", null, null));
  }

  @Test
  void unresolved_times_stay_off_the_timeline_and_long_sentences_are_trimmed() {
    String filler = "the talks dragged on and on without any result that anyone could report ".repeat(6);
    String text = "Russia said " + filler + "that it would answer by March 2025, and " + filler
        + "it would do so later.";
    store.save(List.of(ArticleBuilder.text(text)
        .published("2025-01-10")
        .entity(Samples.RUS, EntityType.COUNTRY, "Russia")
        .mention("Russia", Samples.RUS)
        .time("March 2025", "2025-03", "2025-03-01", "2025-04-01")
        .time("later", "FUTURE_REF", null, null)
        .build()), List.of(), "run-2");
    List<TimelineEntry> rus = store.timeline(Samples.RUS, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1));
    assertEquals(1, rus.size());
    String snippet = rus.get(0).snippet();
    assertTrue(snippet.length() <= 245, snippet);
    assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
    assertTrue(snippet.contains("March 2025"), snippet);
  }

  @Test
  void an_undated_articles_offsets_follow_the_dates_and_leave_when_dates_bound_the_timeline() {
    String text = "Russia said profits fell last year and would recover in March 2025. It spoke on Friday.";
    store.save(List.of(ArticleBuilder.text(text)
        .entity(Samples.RUS, EntityType.COUNTRY, "Russia")
        .mention("Russia", Samples.RUS)
        .relativeTime("last year", "XXXX", "-P1Y")
        .time("March 2025", "2025-03", "2025-03-01", "2025-04-01")
        .time("Friday", "XXXX-WXX-5", null, null)
        .build()), List.of(), "run-2");
    List<TimelineEntry> rus = store.timeline(Samples.RUS, null, null);
    // "Friday" is neither a date nor an offset; the Kursk article's dated statements about Russia come first
    TimelineEntry last = rus.get(rus.size() - 1);
    assertEquals("last year", last.timeText());
    assertEquals("-P1Y", last.relative());
    assertEquals(null, last.begin());
    assertTrue(rus.subList(0, rus.size() - 1).stream().allMatch(e -> e.begin() != null && e.relative() == null));
    assertEquals(last, store.timeline(Samples.RUS, null, null, true, 0, 100).items().get(rus.size() - 1),
        "newest first, the offsets still come last");
    assertTrue(store.timeline(Samples.RUS, LocalDate.of(2000, 1, 1), null).stream()
        .noneMatch(e -> e.relative() != null));
  }

  @Test
  void related_entities_count_the_sentences_and_articles_they_share() {
    // kursk: sentence 1 names North Korea, Kursk, South Korea and the NIS; sentence 4 North Korea and Russia.
    // factory: sentence 1 Kim and North Korea; sentence 2 South Korea, North Korea and Russia.
    List<String> got = store.related(Samples.PRK, 10).stream()
        .map(r -> r.entity().id() + " " + r.sentences() + "/" + r.articles()).toList();
    assertEquals(List.of(Samples.KOR + " 2/2", Samples.RUS + " 2/2", Samples.NIS + " 1/1", Samples.KIM + " 1/1",
        Samples.KURSK + " 1/1"), got);
  }
}
