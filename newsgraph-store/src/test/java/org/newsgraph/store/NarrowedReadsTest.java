package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.testkit.ArticleBuilder;

/**
 * The reads that take an entity's (or a page's) articles first and then only their rows (schema version 13, issue
 * 21) give what a count over the articles themselves gives: the claims about each entity, the events it takes part
 * in, and its timeline, in order and by pages, over a store of many articles that name overlapping entities.
 */
public class NarrowedReadsTest {
  private static final String[] NAMES = {"Alpha Corp", "Beta Party", "Gamma Union", "Delta Bank", "Epsilon Group",
      "Zeta League"};
  @TempDir Path dir;

  private static String id(String name) {
    return "org:" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }

  private static Span find(String text, String words, int from) {
    int b = text.indexOf(words, from);
    return new Span(b, b + words.length());
  }

  /**
   * Article {@code i}: one entity says that a second met a third (a claim, and an event reported through it for
   * every other article), the third denies it; a dated or undated moment in the first sentence.
   */
  private static AnalyzedArticle article(int i, Random rnd) {
    String a = NAMES[rnd.nextInt(NAMES.length)];
    String b = NAMES[rnd.nextInt(NAMES.length)];
    String c = NAMES[rnd.nextInt(NAMES.length)];
    int month = 1 + rnd.nextInt(12);
    String when = "month " + month + " of 2024";
    String text = a + " said on day " + i + " that " + b + " met " + c + " in " + when + ". " + c
        + " denied that it met " + b + ", according to " + a + ".";
    ArticleBuilder builder = ArticleBuilder.text(text).published("2025-0" + (1 + i % 9) + "-1" + (i % 10));
    for (String n : new String[] {a, b, c}) {
      builder.entity(id(n), EntityType.ORGANIZATION, n);
    }
    int second = text.indexOf(". ") + 2;
    List<Mention> mentions = new ArrayList<>();
    mentions.add(new Mention(find(text, a, 0), id(a), Mention.Role.NAME));
    mentions.add(new Mention(find(text, b, text.indexOf(" that ")), id(b), Mention.Role.NAME));
    mentions.add(new Mention(find(text, c, text.indexOf(" met ")), id(c), Mention.Role.NAME));
    mentions.add(new Mention(find(text, c, second), id(c), Mention.Role.NAME));
    mentions.add(new Mention(find(text, b, text.indexOf("it met")), id(b), Mention.Role.NAME));
    mentions.add(new Mention(find(text, a, text.indexOf("according to")), id(a), Mention.Role.NAME));
    LocalDate begin = i % 5 == 0 ? null : LocalDate.of(2024, month, 1);
    LocalDate said = i % 4 == 0 ? null : LocalDate.of(2025, 1 + i % 12, 1 + i % 27);
    String content = b + " met " + c + " in " + when;
    Claim claim = new Claim("c1", find(text, a, 0), id(a), find(text, "said on day " + i, 0),
        List.of(find(text, content, 0)), Claim.Kind.INDIRECT, null, said, said != null, Claim.Stance.ASSERTED, 0);
    Claim denial = new Claim("c2", find(text, c, second), id(c), find(text, "denied", 0),
        List.of(find(text, "it met " + b, 0)), Claim.Kind.INDIRECT, null, said, false, Claim.Stance.DENIED, 1);
    Event met = new Event("e1", "CONSULT", null, find(text, " met ", 0),
        List.of(new Event.Argument(find(text, b, text.indexOf(" that ")), id(b))),
        List.of(new Event.Argument(find(text, c, text.indexOf(" met ")), id(c))), null, find(text, when, 0),
        begin, begin == null ? null : begin.plusMonths(1), false, Event.Modality.CLAIMED, i % 2 == 0 ? "c1" : null,
        0.7, 0);
    AnalyzedArticle built = builder.build();
    List<TimeExpression> times = List.of(new TimeExpression(find(text, when, 0),
        org.newsgraph.core.TimexType.DATE, "2024-" + month, null, begin, begin == null ? null : begin.plusMonths(1),
        begin == null ? "-P1M" : null));
    return built.withEntities(built.entities(), mentions, "entities.test.v1").withTimes(times, "times.test.v1")
        .withClaims(List.of(claim, denial), "claims.test.v1").withEvents(List.of(met), "events.test.v1");
  }

  /** 40 articles naming six entities in turn: claims, events reported through them, dated and undated moments. */
  public static List<AnalyzedArticle> articles() {
    Random rnd = new Random(21);
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      out.add(article(i, rnd));
    }
    return out;
  }

  private static boolean about(AnalyzedArticle a, Claim c, String entity) {
    return a.mentions().stream().anyMatch(m -> m.entityId().equals(entity)
        && c.content().stream().anyMatch(s -> m.span().begin() >= s.begin() && m.span().begin() < s.end()));
  }

  /** The claims about {@code entity} counted from the articles, newest said first, as article id and claim id. */
  private static List<String> claimsAbout(List<AnalyzedArticle> articles, String entity) {
    record Row(String article, int idx, Claim claim) {}
    List<Row> rows = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      for (int i = 0; i < a.claims().size(); i++) {
        if (about(a, a.claims().get(i), entity)) {
          rows.add(new Row(a.article().id(), i, a.claims().get(i)));
        }
      }
    }
    rows.sort(Comparator.comparing((Row r) -> r.claim().said(), Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(Row::article).thenComparing(Row::idx));
    return rows.stream().map(r -> r.article() + "/" + r.claim().id()).toList();
  }

  /** The events {@code entity} takes part in, counted from the articles, newest first, undated last. */
  private static List<String> eventsOf(List<AnalyzedArticle> articles, String entity) {
    record Row(String article, Event event) {}
    List<Row> rows = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      for (Event e : a.events()) {
        if (e.actors().stream().anyMatch(x -> entity.equals(x.entityId()))
            || e.recipients().stream().anyMatch(x -> entity.equals(x.entityId()))) {
          rows.add(new Row(a.article().id(), e));
        }
      }
    }
    rows.sort(Comparator.comparing((Row r) -> r.event().begin(),
        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Row::article));
    return rows.stream().map(r -> r.article() + "/" + r.event().id()).toList();
  }

  /** How many of the articles' time expressions share a sentence with a mention of {@code entity}. */
  private static long momentsOf(List<AnalyzedArticle> articles, String entity) {
    long n = 0;
    for (AnalyzedArticle a : articles) {
      for (TimeExpression t : a.times()) {
        Sentence s = a.sentences().stream().filter(x -> x.span().begin() <= t.span().begin()
            && t.span().begin() < x.span().end()).findFirst().orElseThrow();
        if (a.mentions().stream().anyMatch(m -> m.entityId().equals(entity) && m.span().begin() >= s.span().begin()
            && m.span().begin() < s.span().end())) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void the_claims_about_each_entity_are_those_whose_content_names_it_in_order_and_by_pages() {
    List<AnalyzedArticle> articles = articles();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(articles, List.of(), "run");
      for (String name : NAMES) {
        List<String> expected = claimsAbout(articles, id(name));
        assertFalse(expected.isEmpty(), name);
        Page<ClaimRecord> all = s.claimsPage(null, id(name), null, null, null, 0, 1000);
        assertEquals(expected, all.items().stream().map(r -> r.articleId() + "/" + r.claim().id()).toList(), name);
        assertEquals(expected.size(), all.total());
        Page<ClaimRecord> page = s.claimsPage(null, id(name), null, null, null, 3, 4);
        assertEquals(all.items().subList(3, Math.min(7, all.items().size())), page.items());
        assertEquals(expected.size(), page.total());
      }
    }
  }

  @Test
  void the_events_of_each_entity_are_those_it_takes_part_in_newest_first_with_who_claims_them() {
    List<AnalyzedArticle> articles = articles();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(articles, List.of(), "run");
      for (String name : NAMES) {
        List<String> expected = eventsOf(articles, id(name));
        Page<EventRecord> all = s.events(EventFilter.ALL, id(name), true, 0, 1000);
        assertEquals(expected, all.items().stream().map(r -> r.articleId() + "/" + r.event().id()).toList(), name);
        for (EventRecord r : all.items()) {
          assertEquals(r.event().claimId() == null ? null : "c1", r.claimedBy() == null ? null : r.claimedBy().claimId());
          assertFalse(r.sentence().isEmpty());
        }
        assertEquals(all.items().subList(2, Math.min(5, all.items().size())),
            s.events(EventFilter.ALL, id(name), true, 2, 3).items());
      }
    }
  }

  @Test
  void the_timeline_of_each_entity_has_every_moment_in_a_sentence_that_names_it_by_pages() {
    List<AnalyzedArticle> articles = articles();
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(articles, List.of(), "run");
      for (String name : NAMES) {
        Page<TimelineEntry> all = s.timeline(id(name), null, null, true, 0, 1000);
        assertEquals(momentsOf(articles, id(name)), all.total(), name);
        assertEquals(all.total(), all.items().size());
        assertEquals(all.items().subList(2, 6), s.timeline(id(name), null, null, true, 2, 4).items());
        all.items().forEach(e -> assertFalse(e.snippet().isEmpty()));
      }
    }
  }
}
