package org.newsgraph.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.Quantity;
import org.newsgraph.core.Span;
import org.newsgraph.store.StoryBoard;
import org.newsgraph.store.StoryBoard.Column;
import org.newsgraph.store.StoryBoard.Contradiction;
import org.newsgraph.store.StoryBoard.Disagreement;
import org.newsgraph.store.StoryBoard.Level;
import org.newsgraph.store.StoryDetail;
import org.newsgraph.store.StorySummary;
import org.newsgraph.testkit.ArticleBuilder;

/** The board of a story: reports placed by stance, counted per source and per outlet, and a level with reasons. */
class StoryBoardsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 2, 4);

  /** An article whose claims and events are given as (source words, source entity or countries, stance, …). */
  private static final class Text {
    final String text;
    final List<Claim> claims = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final AnalyzedArticle base;

    Text(String text, String id) {
      this.text = text;
      this.base = ArticleBuilder.text(text).id(id).published(DAY.toString()).build();
    }

    Span at(String words) {
      int b = text.indexOf(words);
      assertTrue(b >= 0, words);
      return new Span(b, b + words.length());
    }

    Text claim(String source, String entity, List<String> countries, String cue, String content, Claim.Stance s,
        int sentence) {
      claims.add(new Claim("c" + (claims.size() + 1), source == null ? null : at(source), entity, countries,
          at(cue), List.of(at(content)), Claim.Kind.INDIRECT, null, DAY, false, s, sentence));
      return this;
    }

    Text event(String trigger, Event.Modality m, String claimId, int sentence) {
      events.add(new Event("e" + (events.size() + 1), "MOBILIZE", null, at(trigger), List.of(), List.of(), null,
          null, null, null, true, m, claimId, 0.8, sentence));
      return this;
    }

    /** An event dated by its text ({@code from} to {@code until}, inclusive), with amounts (words, qualifier, value). */
    Text event(String trigger, Event.Modality m, String claimId, int sentence, LocalDate from, LocalDate until,
        Object... amounts) {
      List<Quantity> qs = new ArrayList<>();
      for (int i = 0; i < amounts.length; i += 3) {
        qs.add(new Quantity(at((String) amounts[i]), (Quantity.Qualifier) amounts[i + 1],
            ((Number) amounts[i + 2]).doubleValue(), null, null, "troop"));
      }
      events.add(new Event("e" + (events.size() + 1), "MOBILIZE", null, at(trigger), List.of(), List.of(), null,
          null, from, until == null ? null : until.plusDays(1), from == null, m, claimId, 0.8, sentence, qs));
      return this;
    }

    /** An event dated by its time expression {@code time} (the days {@code from} to {@code until}, inclusive). */
    Text eventAt(String trigger, String time, LocalDate from, LocalDate until) {
      events.add(new Event("e" + (events.size() + 1), "AGREE", null, at(trigger), List.of(), List.of(), null,
          at(time), from, until.plusDays(1), false, Event.Modality.ASSERTED, null, 0.8, 0, List.of()));
      return this;
    }

    Text cited(String source, String entity, String cue, String cited, String citedEntity, String content) {
      claims.add(new Claim("c" + (claims.size() + 1), at(source), entity, List.of(), at(cue), List.of(at(content)),
          Claim.Kind.INDIRECT, null, DAY, null, false, Claim.Stance.ASSERTED, 0, null,
          new Claim.Cited(at(cited), citedEntity), null));
      return this;
    }

    AnalyzedArticle build() {
      return base.withClaims(claims, "claims.test").withEvents(events, "events.test");
    }
  }

  private static StoryDetail.StoryArticle member(AnalyzedArticle a, String outlet, int publications,
      List<String> outlets) {
    return new StoryDetail.StoryArticle(a.article().id(), "h", DAY, outlet, publications, outlets, false, 0.5, true,
        "joined");
  }

  private static StoryDetail.StoryArticle member(AnalyzedArticle a, String outlet, LocalDate date) {
    return new StoryDetail.StoryArticle(a.article().id(), "h", date, outlet, 1, List.of(outlet), false, 0.5, true,
        "joined");
  }

  /** The board of a story whose one event instance is event e1 of each article. */
  private static StoryBoard boardOfFirstEvents(List<StoryDetail.StoryArticle> members, AnalyzedArticle... articles) {
    return board(members, java.util.Arrays.stream(articles)
        .map(a -> new StoryDetail.Mention(a.article().id(), "e1", null)).toList(), articles);
  }

  private static StoryBoard board(List<StoryDetail.StoryArticle> members, List<StoryDetail.Mention> mentions,
      AnalyzedArticle... articles) {
    StorySummary summary = new StorySummary("s1", "t", DAY, DAY, members.size(), 0, List.of(), null, null,
        List.of(), List.of());
    StoryDetail.EventInstance instance = new StoryDetail.EventInstance("v1", "MOBILIZE", "deployed", List.of(),
        List.of(), null, null, null, mentions.size(), members.size(), 0, 0, mentions);
    Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      byId.put(a.article().id(), a);
    }
    return StoryBoards.build(new StoryDetail(summary, members, List.of(instance), List.of(), List.of()), byId);
  }

  private static List<String> keys(StoryBoard.Row r, Column c) {
    return r.entries().stream().filter(e -> e.column() == c && e.named()).map(StoryBoard.Entry::sourceKey)
        .toList();
  }

  @Test
  void sources_of_two_outlets_corroborate_and_a_source_that_has_not_confirmed_the_deployment_is_shown() {
    AnalyzedArticle one = new Text("Seoul said Pyongyang deployed troops to Kursk. Neither Pyongyang nor Moscow"
        + " have confirmed the troop deployment.", "a1")
        .claim("Seoul", "country:KOR", List.of(), "said", "Pyongyang deployed troops to Kursk",
            Claim.Stance.ASSERTED, 0)
        .claim("Neither Pyongyang nor Moscow", null, List.of("country:PRK", "country:RUS"), "have confirmed",
            "the troop deployment", Claim.Stance.UNCONFIRMED, 1)
        .event("deployed", Event.Modality.CLAIMED, "c1", 0).build();
    AnalyzedArticle two = new Text("Ukrainian intelligence said Pyongyang deployed troops.", "a2")
        .claim("Ukrainian intelligence", null, List.of("country:UKR"), "said", "Pyongyang deployed troops",
            Claim.Stance.ASSERTED, 0)
        .event("deployed", Event.Modality.CLAIMED, "c1", 0).build();
    StoryBoard b = board(List.of(member(one, "AFP", 1, List.of("AFP")),
        member(two, "Reuters", 3, List.of("Reuters", "Yahoo", "MSN"))),
        List.of(new StoryDetail.Mention("a1", "e1", null), new StoryDetail.Mention("a2", "e1", null)), one, two);
    StoryBoard.Row r = b.events().get(0);
    assertEquals(Level.CORROBORATED, r.level(), r.reasons().toString());
    assertEquals(List.of("country:KOR", "country:UKR"), keys(r, Column.ASSERTS));
    assertEquals(List.of("country:PRK", "country:RUS"), keys(r, Column.NOT_CONFIRMED));
    assertEquals("reference", r.entries().stream().filter(e -> e.column() == Column.NOT_CONFIRMED).findFirst()
        .orElseThrow().reports().get(0).link());
    assertEquals(2, r.sources());
    assertEquals(2, r.articles());
    assertEquals(4, r.outlets()); // AFP, and Reuters' article carried by two more sites
    assertEquals(2, r.republications());
    assertTrue(r.reasons().stream().anyMatch(x -> x.startsWith("not confirmed by")), r.reasons().toString());
  }

  @Test
  void a_named_denial_against_an_assertion_is_disputed_and_an_unnamed_source_never_counts() {
    AnalyzedArticle one = new Text("Officials said the troops withdrew. Moscow denied the withdrawal. The troops"
        + " withdrew, a source said.", "a1")
        .claim("Officials", null, List.of(), "said", "the troops withdrew", Claim.Stance.ASSERTED, 0)
        .claim("Moscow", "country:RUS", List.of(), "denied", "the withdrawal", Claim.Stance.DENIED, 1)
        .event("withdrew", Event.Modality.CLAIMED, "c1", 0).build();
    StoryBoard b = board(List.of(member(one, "AFP", 1, List.of("AFP"))),
        List.of(new StoryDetail.Mention("a1", "e1", null)), one);
    StoryBoard.Row r = b.events().get(0);
    assertEquals(Level.DENIED, r.level(), r.reasons().toString());
    assertEquals(0, r.sources());
    StoryBoard.Entry unnamed = r.entries().stream().filter(e -> e.sourceKey().equals("unnamed")).findFirst()
        .orElseThrow();
    assertFalse(unnamed.named());

    AnalyzedArticle two = new Text("Kyiv said the troops withdrew.", "a2")
        .claim("Kyiv", "country:UKR", List.of(), "said", "the troops withdrew", Claim.Stance.ASSERTED, 0)
        .event("withdrew", Event.Modality.CLAIMED, "c1", 0).build();
    StoryBoard both = board(List.of(member(one, "AFP", 1, List.of("AFP")), member(two, "BBC", 1, List.of("BBC"))),
        List.of(new StoryDetail.Mention("a1", "e1", null), new StoryDetail.Mention("a2", "e1", null)), one, two);
    StoryBoard.Row d = both.events().get(0);
    assertEquals(Level.DISPUTED, d.level(), d.reasons().toString());
    assertEquals(List.of("country:UKR"), keys(d, Column.ASSERTS));
    assertEquals(List.of("country:RUS"), keys(d, Column.DENIES));
  }

  @Test
  void a_source_that_both_asserts_and_denies_is_no_dispute_between_sources() {
    AnalyzedArticle one = new Text("Moscow said the troops withdrew. Moscow later denied the withdrawal.", "a1")
        .claim("Moscow", "country:RUS", List.of(), "said", "the troops withdrew", Claim.Stance.ASSERTED, 0)
        .claim("Moscow", "country:RUS", List.of(), "denied", "the withdrawal", Claim.Stance.DENIED, 1)
        .event("withdrew", Event.Modality.CLAIMED, "c1", 0).build();
    StoryBoard.Row r = board(List.of(member(one, "AFP", 1, List.of("AFP"))),
        List.of(new StoryDetail.Mention("a1", "e1", null)), one).events().get(0);
    assertEquals(List.of("country:RUS"), keys(r, Column.DENIES));
    assertEquals(Level.UNCONFIRMED, r.level(), r.reasons().toString());
    assertEquals(0, r.sources());
    assertTrue(r.reasons().stream().anyMatch(x -> x.startsWith("both asserted and denied by")), r.reasons().toString());
  }

  @Test
  void an_event_told_by_the_outlet_itself_is_a_single_source_and_a_hedge_alone_leaves_it_unconfirmed() {
    AnalyzedArticle own = new Text("Pyongyang deployed troops.", "a1")
        .event("deployed", Event.Modality.ASSERTED, null, 0).build();
    StoryBoard.Row r = board(List.of(member(own, "AFP", 1, List.of("AFP"))),
        List.of(new StoryDetail.Mention("a1", "e1", null)), own).events().get(0);
    assertEquals(Level.SINGLE_SOURCE, r.level(), r.reasons().toString());
    assertEquals(List.of("outlet:AFP"), keys(r, Column.ASSERTS));

    AnalyzedArticle hedged = new Text("Analysts said troops may have deployed.", "a2")
        .claim("Analysts", null, List.of(), "said", "troops may have deployed", Claim.Stance.HEDGED, 0)
        .event("deployed", Event.Modality.CLAIMED, "c1", 0).build();
    StoryBoard.Row h = board(List.of(member(hedged, "AFP", 1, List.of("AFP"))),
        List.of(new StoryDetail.Mention("a2", "e1", null)), hedged).events().get(0);
    assertEquals(Level.UNCONFIRMED, h.level(), h.reasons().toString());
  }

  @Test
  void words_of_one_stem_refer_to_one_event_and_the_sentence_around_a_span_is_found() {
    assertTrue(StoryBoards.sameStem("deployment", "deployed"));
    assertTrue(StoryBoards.sameStem("withdrawal", "withdrawn"));
    assertFalse(StoryBoards.sameStem("department", "deployed"));
    String text = "First one. Second sentence here. Third.";
    assertEquals("Second sentence here.", StoryBoards.sentenceAround(text, new Span(18, 26)));
  }

  private static final LocalDate JAN2 = LocalDate.of(2025, 1, 2);
  private static final LocalDate JAN5 = LocalDate.of(2025, 1, 5);
  private static final LocalDate JAN9 = LocalDate.of(2025, 1, 9);

  @Test
  void three_thousand_troops_contradicts_more_than_ten_thousand_and_twelve_thousand_which_agree() {
    AnalyzedArticle one = new Text("Seoul said Pyongyang deployed more than 10,000 troops.", "a1")
        .claim("Seoul", "country:KOR", List.of(), "said", "Pyongyang deployed more than 10,000 troops",
            Claim.Stance.ASSERTED, 0)
        .event("deployed", Event.Modality.CLAIMED, "c1", 0, null, null, "more than 10,000 troops",
            Quantity.Qualifier.OVER, 10_000).build();
    AnalyzedArticle two = new Text("Kyiv said Pyongyang deployed 12,000 troops.", "a2")
        .claim("Kyiv", "country:UKR", List.of(), "said", "Pyongyang deployed 12,000 troops", Claim.Stance.ASSERTED, 0)
        .event("deployed", Event.Modality.CLAIMED, "c1", 0, null, null, "12,000 troops", Quantity.Qualifier.EXACT,
            12_000).build();
    StoryBoard agree = boardOfFirstEvents(List.of(member(one, "AFP", JAN2), member(two, "Reuters", JAN5)), one, two);
    assertEquals(List.of(), agree.contradictions());

    AnalyzedArticle three = new Text("Moscow said Pyongyang deployed 3,000 troops.", "a3")
        .claim("Moscow", "country:RUS", List.of(), "said", "Pyongyang deployed 3,000 troops", Claim.Stance.ASSERTED, 0)
        .event("deployed", Event.Modality.CLAIMED, "c1", 0, null, null, "3,000 troops", Quantity.Qualifier.EXACT,
            3_000).build();
    StoryBoard b = boardOfFirstEvents(List.of(member(three, "BBC", JAN9), member(one, "AFP", JAN2),
        member(two, "Reuters", JAN5)), three, one, two);
    assertEquals(2, b.contradictions().size(), b.contradictions().toString());
    for (Contradiction c : b.contradictions()) {
      assertEquals(Disagreement.NUMBER, c.kind());
      assertEquals("country:RUS", c.second().sourceKey(), "the later report is second");
      assertEquals("3,000 troops", c.second().says());
      assertEquals(JAN9, c.second().report().date());
      assertEquals("a3", c.second().report().articleId());
      assertEquals(0, c.second().report().sentence());
      assertTrue(c.first().report().date().isBefore(JAN9));
    }
    assertEquals(List.of("country:KOR", "country:UKR"),
        b.contradictions().stream().map(c -> c.first().sourceKey()).sorted().toList());
  }

  @Test
  void one_source_giving_two_amounts_in_one_article_is_no_contradiction() {
    AnalyzedArticle one = new Text("Seoul said 10,000 troops deployed and later 3,000 troops deployed.", "a1")
        .claim("Seoul", "country:KOR", List.of(), "said", "10,000 troops deployed and later 3,000 troops deployed",
            Claim.Stance.ASSERTED, 0)
        .event("deployed", Event.Modality.CLAIMED, "c1", 0, null, null, "10,000 troops", Quantity.Qualifier.EXACT,
            10_000)
        .event("later 3,000 troops deployed", Event.Modality.CLAIMED, "c1", 0, null, null, "3,000 troops",
            Quantity.Qualifier.EXACT, 3_000).build();
    StoryBoard b = board(List.of(member(one, "AFP", JAN2)), List.of(new StoryDetail.Mention("a1", "e1", null),
        new StoryDetail.Mention("a1", "e2", null)), one);
    assertEquals(List.of(), b.contradictions());
  }

  @Test
  void days_given_by_the_text_that_do_not_overlap_disagree_and_an_article_date_never_does() {
    AnalyzedArticle one = new Text("Pyongyang deployed troops in early January.", "a1")
        .event("deployed", Event.Modality.ASSERTED, null, 0, JAN2, JAN5).build();
    AnalyzedArticle two = new Text("Pyongyang deployed troops in February.", "a2")
        .event("deployed", Event.Modality.ASSERTED, null, 0, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28))
        .build();
    AnalyzedArticle undated = new Text("Pyongyang deployed troops.", "a3")
        .event("deployed", Event.Modality.ASSERTED, null, 0, null, null).build();
    StoryBoard b = boardOfFirstEvents(List.of(member(one, "AFP", JAN9), member(two, "Reuters", JAN9),
        member(undated, "BBC", JAN9)), one, two, undated);
    assertEquals(1, b.contradictions().size(), b.contradictions().toString());
    Contradiction c = b.contradictions().get(0);
    assertEquals(Disagreement.DATE, c.kind());
    assertEquals(java.util.Set.of("outlet:AFP", "outlet:Reuters"), java.util.Set.of(c.first().sourceKey(),
        c.second().sourceKey()));
    assertTrue(c.summary().contains("2025-02-01 to 2025-02-28"), c.summary());
  }

  @Test
  void a_source_that_asserted_and_later_denied_has_changed_its_account() {
    AnalyzedArticle before = new Text("Moscow said the troops withdrew.", "a1")
        .claim("Moscow", "country:RUS", List.of(), "said", "the troops withdrew", Claim.Stance.ASSERTED, 0)
        .event("withdrew", Event.Modality.CLAIMED, "c1", 0).build();
    AnalyzedArticle after = new Text("Moscow denied that the troops withdrew.", "a2")
        .claim("Moscow", "country:RUS", List.of(), "denied", "the troops withdrew", Claim.Stance.DENIED, 0)
        .event("withdrew", Event.Modality.CLAIMED, "c1", 0).build();
    StoryBoard b = boardOfFirstEvents(List.of(member(after, "BBC", JAN9), member(before, "AFP", JAN2)), after,
        before);
    assertEquals(1, b.contradictions().size(), b.contradictions().toString());
    Contradiction c = b.contradictions().get(0);
    assertEquals(Disagreement.CHANGED_ACCOUNT, c.kind());
    assertEquals("country:RUS", c.first().sourceKey());
    assertEquals(JAN2, c.first().report().date());
    assertTrue(c.first().says().startsWith("asserts"), c.first().says());
    assertTrue(c.second().says().startsWith("denies"), c.second().says());
  }

  @Test
  void a_claim_carried_for_a_cited_source_counts_for_the_cited_source_and_shows_its_carrier() {
    AnalyzedArticle one = new Text("Yonhap, citing the NIS, said Pyongyang deployed troops.", "a1")
        .cited("Yonhap", "org:yonhap", "said", "the NIS", "org:nis", "Pyongyang deployed troops")
        .event("deployed", Event.Modality.CLAIMED, "c1", 0).build();
    AnalyzedArticle two = new Text("Kyiv said Pyongyang deployed troops.", "a2")
        .claim("Kyiv", "country:UKR", List.of(), "said", "Pyongyang deployed troops", Claim.Stance.ASSERTED, 0)
        .event("deployed", Event.Modality.CLAIMED, "c1", 0).build();
    StoryBoard.Row r = boardOfFirstEvents(List.of(member(one, "Korea Herald", JAN2), member(two, "AFP", JAN5)), one,
        two).events().get(0);
    assertEquals(List.of("org:nis", "country:UKR"), keys(r, Column.ASSERTS));
    assertEquals(2, r.sources());
    assertEquals(1, r.carriers());
    StoryBoard.Report carried = r.entries().get(0).reports().get(0);
    assertEquals("Yonhap", carried.carrier());
    assertEquals("the NIS", carried.source());
    assertTrue(r.reasons().stream().anyMatch(x -> x.startsWith("carried by 1 (org:yonhap)")), r.reasons().toString());
  }

  @Test
  void two_happenings_under_one_instance_told_by_different_words_and_actors_do_not_disagree_on_amounts() {
    AnalyzedArticle one = new Text("Pyongyang deployed 10,000 troops.", "a1")
        .event("deployed", Event.Modality.ASSERTED, null, 0, null, null, "10,000 troops", Quantity.Qualifier.EXACT,
            10_000).build();
    AnalyzedArticle two = new Text("Moscow mobilised 3,000 troops.", "a2")
        .event("mobilised", Event.Modality.ASSERTED, null, 0, null, null, "3,000 troops", Quantity.Qualifier.EXACT,
            3_000).build();
    assertEquals(List.of(), boardOfFirstEvents(List.of(member(one, "AFP", JAN2), member(two, "BBC", JAN5)), one, two)
        .contradictions());
    AnalyzedArticle three = new Text("Pyongyang sent 3,000 troops.", "a3")
        .event("sent", Event.Modality.ASSERTED, null, 0, null, null, "3,000 troops", Quantity.Qualifier.EXACT,
            3_000).build();
    assertEquals(List.of(), boardOfFirstEvents(List.of(member(one, "AFP", JAN2), member(three, "BBC", JAN5)), one,
        three).contradictions(), "no shared stem, no actor entity given");
  }

  @Test
  void a_speaker_asserting_one_thing_and_denying_another_has_not_changed_its_account() {
    AnalyzedArticle one = new Text("Moscow said the markets were calm.", "a1")
        .claim("Moscow", "country:RUS", List.of(), "said", "the markets were calm", Claim.Stance.ASSERTED, 0).build();
    AnalyzedArticle two = new Text("Moscow denied that its troops crossed the border.", "a2")
        .claim("Moscow", "country:RUS", List.of(), "denied", "its troops crossed the border", Claim.Stance.DENIED, 0)
        .build();
    AnalyzedArticle three = new Text("Moscow denied that the markets were calm.", "a3")
        .claim("Moscow", "country:RUS", List.of(), "denied", "the markets were calm", Claim.Stance.DENIED, 0)
        .build();
    assertEquals(List.of(), claimBoard(List.of(member(one, "AFP", JAN2), member(two, "BBC", JAN5)), one, two)
        .contradictions());
    List<Contradiction> changed = claimBoard(List.of(member(one, "AFP", JAN2), member(three, "BBC", JAN5)), one,
        three).contradictions();
    assertEquals(1, changed.size(), changed.toString());
    assertEquals(Disagreement.CHANGED_ACCOUNT, changed.get(0).kind());
  }

  @Test
  void denying_a_statement_and_asserting_its_negation_are_one_account_not_a_change() {
    AnalyzedArticle one = new Text("Moscow denied that the markets were calm.", "a1")
        .claim("Moscow", "country:RUS", List.of(), "denied", "the markets were calm", Claim.Stance.DENIED, 0).build();
    AnalyzedArticle two = new Text("Moscow said the markets were not calm.", "a2")
        .claim("Moscow", "country:RUS", List.of(), "said", "the markets were not calm", Claim.Stance.ASSERTED, 0)
        .build();
    assertEquals(List.of(), claimBoard(List.of(member(one, "AFP", JAN2), member(two, "BBC", JAN5)), one, two)
        .contradictions());
  }

  @Test
  void an_assertion_sharing_a_few_words_with_a_denial_is_another_proposition_not_a_changed_account() {
    AnalyzedArticle one = new Text("Lagos denied that the cartel was exceeding its output ceiling.", "a1")
        .claim("Lagos", "country:NGA", List.of(), "denied", "the cartel was exceeding its output ceiling",
            Claim.Stance.DENIED, 0).build();
    AnalyzedArticle two = new Text("Lagos said cartel output was below the ceiling agreed in spring, giving no"
        + " figures for members accused of pumping more.", "a2")
        .claim("Lagos", "country:NGA", List.of(), "said", "cartel output was below the ceiling agreed in spring,"
            + " giving no figures for members accused of pumping more", Claim.Stance.ASSERTED, 0).build();
    assertEquals(List.of(), claimBoard(List.of(member(one, "AFP", JAN2), member(two, "BBC", JAN5)), one, two)
        .contradictions());
  }

  @Test
  void one_sources_different_statements_gathered_in_one_claim_instance_are_shown_as_separate_claims() {
    AnalyzedArticle one = new Text("Moscow said the markets were calm.", "a1")
        .claim("Moscow", "country:RUS", List.of(), "said", "the markets were calm", Claim.Stance.ASSERTED, 0).build();
    AnalyzedArticle two = new Text("Moscow said its troops crossed the border.", "a2")
        .claim("Moscow", "country:RUS", List.of(), "said", "its troops crossed the border", Claim.Stance.ASSERTED, 0)
        .build();
    AnalyzedArticle three = new Text("Moscow said on Monday the markets were calm.", "a3")
        .claim("Moscow", "country:RUS", List.of(), "said", "the markets were calm", Claim.Stance.ASSERTED, 0).build();
    List<StoryBoard.Row> rows = claimBoard(List.of(member(one, "AFP", JAN2), member(two, "BBC", JAN5),
        member(three, "DPA", JAN9)), one, two, three).claims();
    assertEquals(2, rows.size(), rows.toString());
    assertEquals(2, rows.get(0).articles(), "the calm markets, twice");
    assertEquals(1, rows.get(1).articles(), "the border crossing");
  }

  @Test
  void two_agreements_named_by_their_dates_do_not_disagree_on_days_but_dated_happenings_do() {
    AnalyzedArticle one = new Text("Ministers upheld last Sunday's agreement.", "a1")
        .eventAt("agreement", "last Sunday", JAN2, JAN2).build();
    AnalyzedArticle two = new Text("Ministers upheld the December agreement.", "a2")
        .eventAt("agreement", "December", LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)).build();
    assertEquals(List.of(), boardOfFirstEvents(List.of(member(one, "AFP", JAN5), member(two, "BBC", JAN9)), one, two)
        .contradictions());
    AnalyzedArticle three = new Text("Ministers agreed last Sunday to cut output.", "a3")
        .eventAt("agreed", "last Sunday", JAN2, JAN2).build();
    AnalyzedArticle four = new Text("Ministers agreed in December to cut output.", "a4")
        .eventAt("agreed", "December", LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)).build();
    assertEquals(1, boardOfFirstEvents(List.of(member(three, "AFP", JAN5), member(four, "BBC", JAN9)), three, four)
        .contradictions().size());
  }

  @Test
  void days_of_a_mention_joined_on_weak_evidence_are_not_set_against_the_others() {
    AnalyzedArticle one = new Text("Ministers agreed last Sunday to cut output.", "a1")
        .eventAt("agreed", "last Sunday", JAN2, JAN2).build();
    AnalyzedArticle two = new Text("Ministers agreed in December to cut output.", "a2")
        .eventAt("agreed", "December", LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)).build();
    List<StoryDetail.StoryArticle> members = List.of(member(one, "AFP", JAN5), member(two, "BBC", JAN9));
    assertEquals(List.of(), board(members, List.of(new StoryDetail.Mention("a1", "e1", null),
        new StoryDetail.Mention("a2", "e1", null, Contradictions.HIGH_LINK - 0.2)), one, two).contradictions());
    assertEquals(1, board(members, List.of(new StoryDetail.Mention("a1", "e1", null),
        new StoryDetail.Mention("a2", "e1", null, Contradictions.HIGH_LINK + 0.1)), one, two).contradictions().size());
  }

  @Test
  void rejecting_an_offer_is_a_refusal_not_a_denial_while_rejecting_a_claim_is_a_denial() {
    AnalyzedArticle offer = new Text("Lisbon rejected a generous merger offer from Madrid.", "a1")
        .claim("Lisbon", "country:PRT", List.of(), "rejected", "a generous merger offer from Madrid",
            Claim.Stance.DENIED, 0).build();
    AnalyzedArticle claim = new Text("Lisbon rejected the reports of a merger.", "a2")
        .claim("Lisbon", "country:PRT", List.of(), "rejected", "the reports of a merger", Claim.Stance.DENIED, 0)
        .build();
    List<StoryBoard.Row> refused = claimBoard(List.of(member(offer, "AFP", JAN2)), offer).claims();
    assertTrue(refused.stream().noneMatch(r -> r.level() == Level.DENIED), refused.toString());
    List<StoryBoard.Row> denied = claimBoard(List.of(member(claim, "AFP", JAN2)), claim).claims();
    assertEquals(Level.DENIED, denied.get(0).level(), denied.toString());
  }

  /** The board of a story whose one claim instance is claim c1 of each article. */
  private static StoryBoard claimBoard(List<StoryDetail.StoryArticle> members, AnalyzedArticle... articles) {
    StorySummary summary = new StorySummary("s1", "t", DAY, DAY, members.size(), 0, List.of(), null, null,
        List.of(), List.of());
    List<StoryDetail.Mention> mentions = java.util.Arrays.stream(articles)
        .map(a -> new StoryDetail.Mention(a.article().id(), "c1", null)).toList();
    Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      byId.put(a.article().id(), a);
    }
    return StoryBoards.build(new StoryDetail(summary, members, List.of(), List.of(new StoryDetail.ClaimInstance("k1", "country:RUS", "Moscow", "the markets", Map.of(),
        mentions.size(), mentions.size(), mentions.size(), 0, mentions)),
        List.of()), byId);
  }
}
