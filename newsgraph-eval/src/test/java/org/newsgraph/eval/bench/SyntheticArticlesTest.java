package org.newsgraph.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;
import org.newsgraph.store.NewsStore;
import org.newsgraph.testkit.ArticleBuilder;

class SyntheticArticlesTest {
  private static final String TEXT = "Kim Jong Un met Vladimir Putin in Moscow on Friday. The Kremlin said talks went"
      + " well.\n\nNorth Korea denied sending troops.";

  /** A real-looking analysed article: people, a country, a place, a time, a claim and an event. */
  static AnalyzedArticle real() {
    AnalyzedArticle a = ArticleBuilder.text(TEXT).id("real1").outlet("Arab News").published("2024-10-20")
        .entity("person:kim-jong-un", EntityType.PERSON, "Kim Jong Un")
        .entity("person:vladimir-putin", EntityType.PERSON, "Vladimir Putin")
        .entity("org:kremlin", EntityType.ORGANIZATION, "Kremlin")
        .entity("country:PRK", EntityType.COUNTRY, "North Korea")
        .entity("place:moscow", EntityType.PLACE, "Moscow")
        .mention("Kim Jong Un", "person:kim-jong-un", Mention.Role.NAME)
        .mention("Vladimir Putin", "person:vladimir-putin", Mention.Role.NAME)
        .mention("Moscow", "place:moscow", Mention.Role.NAME)
        .mention("Kremlin", "org:kremlin", Mention.Role.NAME)
        .mention("North Korea", "country:PRK", Mention.Role.NAME)
        .time("Friday", "2024-10-18", "2024-10-18", "2024-10-19")
        .build();
    int said = TEXT.indexOf("said");
    Claim c = new Claim("c1", span("The Kremlin"), "org:kremlin", List.of(), new Span(said, said + 4),
        List.of(span("talks went well")), Claim.Kind.INDIRECT, null, LocalDate.of(2024, 10, 20),
        LocalDate.of(2024, 10, 21), false, Claim.Stance.ASSERTED, 1, 0.8);
    Event e = new Event("e1", "CONSULT", null, span("met"),
        List.of(new Event.Argument(span("Kim Jong Un"), "person:kim-jong-un")),
        List.of(new Event.Argument(span("Vladimir Putin"), "person:vladimir-putin")),
        new Event.Argument(span("Moscow"), "place:moscow"), span("Friday"), LocalDate.of(2024, 10, 18),
        LocalDate.of(2024, 10, 19), false, Event.Modality.ASSERTED, null, 0.9, 0);
    return new AnalyzedArticle(a.article(), a.sentences(), a.entities(), a.mentions(), a.times(), List.of(c),
        List.of(e), a.facets(), a.stageIds());
  }

  private static Span span(String words) {
    int at = TEXT.indexOf(words);
    return new Span(at, at + words.length());
  }

  @Test
  void the_same_seed_and_index_give_the_same_article_and_other_indexes_other_ids() {
    SyntheticArticles a = new SyntheticArticles(List.of(real()), 7, 1000);
    SyntheticArticles b = new SyntheticArticles(List.of(real()), 7, 1000);
    assertEquals(a.article(42), b.article(42));
    assertEquals(a.articles(0, 50), b.articles(0, 50));
    Set<String> ids = new HashSet<>();
    a.articles(0, 500).forEach(x -> ids.add(x.article().id()));
    assertEquals(500, ids.size());
    assertNotEquals(a.article(3).article().id(), new SyntheticArticles(List.of(real()), 8, 1000).article(3)
        .article().id());
  }

  @Test
  void dates_spread_over_ten_years_and_every_date_of_an_article_moves_with_it() {
    SyntheticArticles gen = new SyntheticArticles(List.of(real()), 1, 1000);
    Set<Integer> years = new HashSet<>();
    for (AnalyzedArticle a : gen.articles(0, 400)) {
      LocalDate day = a.article().published();
      assertTrue(!day.isBefore(SyntheticArticles.FIRST_DAY) && day.isBefore(LocalDate.of(2025, 1, 3)), day::toString);
      years.add(day.getYear());
      long shift = ChronoUnit.DAYS.between(LocalDate.of(2024, 10, 20), day);
      assertEquals(LocalDate.of(2024, 10, 18).plusDays(shift), a.times().get(0).begin());
      assertEquals(LocalDate.of(2024, 10, 20).plusDays(shift), a.claims().get(0).said());
      assertEquals(LocalDate.of(2024, 10, 18).plusDays(shift), a.events().get(0).begin());
    }
    assertTrue(years.size() >= 10, "years: " + years);
  }

  @Test
  void an_undated_real_article_moved_to_a_day_gives_its_undated_claims_and_events_that_day_as_the_pipeline_would() {
    AnalyzedArticle u = ArticleBuilder.text(TEXT).id("undated1").build();
    int said = TEXT.indexOf("said");
    Claim plain = new Claim("c1", span("The Kremlin"), null, List.of(), new Span(said, said + 4),
        List.of(span("talks went well")), Claim.Kind.INDIRECT, null, null, null, false, Claim.Stance.ASSERTED, 1, 0.8);
    // a time in the text with no first day ("until ..."): the pipeline gives no day, and neither does the copy
    Claim open = new Claim("c2", span("The Kremlin"), null, List.of(), new Span(said, said + 4),
        List.of(span("talks went well")), Claim.Kind.INDIRECT, null, null, LocalDate.of(2024, 5, 1), true,
        Claim.Stance.ASSERTED, 1, 0.8);
    Event undatedEvent = new Event("e1", "CONSULT", null, span("met"), List.of(), List.of(), null, null, null, null,
        false, Event.Modality.ASSERTED, null, 0.9, 0);
    AnalyzedArticle real = new AnalyzedArticle(u.article(), u.sentences(), u.entities(), u.mentions(), u.times(),
        List.of(plain, open), List.of(undatedEvent), u.facets(), u.stageIds());
    for (AnalyzedArticle a : new SyntheticArticles(List.of(real), 5, 100).articles(0, 20)) {
      LocalDate day = a.article().published();
      assertEquals(day, a.claims().get(0).said());
      assertEquals(null, a.claims().get(1).said());
      Event e = a.events().get(0);
      assertEquals(day, e.begin());
      assertEquals(day.plusDays(1), e.end());
      assertTrue(e.timeFromArticleDate());
    }
  }

  /** A person's variant is a person of a surname of their own (merging by surname meets it as a real surname). */
  @Test
  void a_person_variant_joins_its_number_to_the_surname_and_other_variants_follow_the_name() {
    SyntheticArticles gen = new SyntheticArticles(List.of(real()), 3, 100_000);
    int variants = 0;
    for (AnalyzedArticle a : gen.articles(0, 300)) {
      for (Entity e : a.entities()) {
        int tilde = e.id().indexOf('~');
        if (tilde < 0) {
          continue;
        }
        variants++;
        String k = e.id().substring(tilde + 1);
        if (e.type() == EntityType.PERSON) {
          assertTrue(e.name().matches("\\S+( \\S+)* \\S+" + k) && !e.name().endsWith(" " + k), e.name());
        } else {
          assertEquals(" " + k, e.name().substring(e.name().length() - k.length() - 1), e.name());
        }
      }
    }
    assertTrue(variants > 100, "variants: " + variants);
  }

  @Test
  void people_and_organisations_follow_a_long_tail_while_countries_and_places_stay_and_references_follow() {
    SyntheticArticles gen = new SyntheticArticles(List.of(real()), 3, 100_000);
    Map<String, Integer> kims = new HashMap<>();
    Map<String, Integer> outlets = new HashMap<>();
    for (AnalyzedArticle a : gen.articles(0, 2000)) {
      Map<String, Entity> byId = new HashMap<>();
      a.entities().forEach(e -> byId.put(e.id(), e));
      assertTrue(byId.containsKey("country:PRK") && byId.containsKey("place:moscow"));
      a.mentions().forEach(m -> assertTrue(byId.containsKey(m.entityId()), m.entityId()));
      String kim = a.events().get(0).actors().get(0).entityId();
      assertTrue(byId.containsKey(kim) && kim.startsWith("person:kim-jong-un"), kim);
      assertTrue(byId.containsKey(a.claims().get(0).sourceEntityId()));
      assertEquals("place:moscow", a.events().get(0).location().entityId());
      kims.merge(kim, 1, Integer::sum);
      outlets.merge(a.article().outlet(), 1, Integer::sum);
    }
    int real = kims.getOrDefault("person:kim-jong-un", 0);
    assertTrue(real > 800 && real < 1200, "the real entity about half the time: " + real);
    assertTrue(kims.size() > 100, "a long tail of variants: " + kims.size());
    int top = kims.entrySet().stream().filter(e -> !e.getKey().equals("person:kim-jong-un"))
        .mapToInt(Map.Entry::getValue).max().orElse(0);
    assertTrue(top > 20 * 2, "the first variant is far commoner than most: " + top);
    assertTrue(outlets.size() > 150, "a few hundred outlets: " + outlets.size());
    assertTrue(outlets.get(SyntheticArticles.outlet(0)) > outlets.getOrDefault(SyntheticArticles.outlet(99), 0) * 5);
  }

  @Test
  void synthetic_articles_save_into_a_store_as_real_ones_do(@TempDir Path dir) {
    SyntheticArticles gen = new SyntheticArticles(List.of(real()), 5, 1000);
    try (NewsStore store = NewsStore.open(dir)) {
      StoreBench.ingest(store, gen.articles(0, 20));
      assertEquals(20, store.articleCount());
      assertEquals(20, store.claims(null, null, null, null, 1000).size());
      assertEquals(20, store.events("CONSULT", null, null, null, null, null, 1000).size());
    }
  }
}
