package org.newsgraph.eval.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Event.Modality;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.testkit.ArticleBuilder;

/** The scorer on two hand-made articles whose figures were computed by hand. */
class PrecisionScorerTest {
  static final String NEWS = "Officials said the minister resigned on Friday. He told reporters that troops "
      + "attacked the village. The club released a new album.";
  static final String SPORT = "United beat City in the derby.";

  @Test
  void figures_of_a_hand_judged_example_come_out_as_computed_by_hand() {
    PrecisionScorer scorer = new PrecisionScorer();
    scorer.add(item("dev", NEWS, news()), newsPredicted());
    scorer.add(item("dev", SPORT, new GoldArticle("b.txt", "dev", "x", SPORT.length(), List.of(), List.of())),
        sportPredicted());
    SplitTally t = scorer.tallies().get("dev");

    assertEquals(2, t.articles());
    // claims: 3 predicted; "said" fully right, "told" has an unresolved pronoun source, "released" is no claim
    assertEquals(3, t.claimsPredicted());
    assertEquals(1, t.claimsRight());
    assertEquals(1, t.claimErrors(ClaimError.NOT_AN_ATTRIBUTION));
    assertEquals(1, t.claimErrors(ClaimError.SOURCE_PRONOUN));
    assertEquals(0, t.claimErrors(ClaimError.CONTENT_WRONG));
    assertEquals(2, t.goldClaims());
    assertEquals(2, t.goldClaimsFound());
    assertEquals(1, t.goldClaimsRecalled());
    // events: 4 predicted; "resigned" fully right, "attacked" has the wrong modality, "released" and "beat" are
    // not events, and "beat" is in an article the gold says has none
    assertEquals(4, t.eventsPredicted());
    assertEquals(1, t.eventsRight());
    assertEquals(2, t.eventErrors(EventError.NOT_AN_EVENT));
    assertEquals(1, t.eventErrors(EventError.MODALITY_WRONG));
    assertEquals(0, t.eventErrors(EventError.ACTOR_WRONG));
    assertEquals(2, t.goldEvents());
    assertEquals(1, t.goldEventsRecalled());
    assertEquals(1, t.articlesWithoutEvents());
    assertEquals(1, t.eventsWhereNone());
    // one line per wrong prediction (2 claims, 3 events) and none missed
    assertEquals(5, scorer.errorLines().size());
    assertTrue(scorer.errorLines().stream().anyMatch(l -> l.contains("source a bare pronoun")), scorer.errorLines()
        .toString());
  }

  @Test
  void the_text_report_names_each_split_and_says_the_test_split_is_held_out() {
    PrecisionScorer scorer = new PrecisionScorer();
    scorer.add(item("test", NEWS, new GoldArticle("a.txt", "test", "x", NEWS.length(), news().claims(),
        news().events())), newsPredicted());
    scorer.add(item("dev", SPORT, new GoldArticle("b.txt", "dev", "x", SPORT.length(), List.of(), List.of())),
        sportPredicted());
    String text = PrecisionReport.text(scorer.tallies());
    assertTrue(text.indexOf("split dev") < text.indexOf("split test"), text);
    assertTrue(text.contains("split test (1 articles; " + PrecisionReport.HELD_OUT + ")"), text);
    assertTrue(text.contains("fully right  33.3% (1)"), text);
  }

  @Test
  void the_fresh_split_is_reported_as_labelled_blind_and_held_out() {
    PrecisionScorer scorer = new PrecisionScorer();
    scorer.add(item("fresh", SPORT, new GoldArticle("b.txt", "fresh", "x", SPORT.length(), List.of(), List.of())),
        sportPredicted());
    String text = PrecisionReport.text(scorer.tallies());
    assertTrue(text.contains("split fresh (1 articles; " + PrecisionReport.FRESH + ")"), text);
    assertEquals(Boolean.TRUE, ((Map<?, ?>) PrecisionReport.json(scorer.tallies()).get("fresh")).get("held_out"));
  }

  @Test
  void the_blind3_split_is_read_and_reported_as_labelled_blind_and_held_out() {
    GoldArticle gold = GoldFile.article("{\"doc\": \"b.txt\", \"split\": \"blind3\", \"text_sha256\": \"x\", "
        + "\"text_length\": " + SPORT.length() + ", \"claims\": [], \"events\": []}");
    assertEquals(Blind3Sample.SPLIT, gold.split());
    assertTrue(PrecisionEvaluation.Splits.BLIND3.includes(gold.split()));
    assertFalse(PrecisionEvaluation.Splits.FRESH.includes(gold.split()));
    PrecisionScorer scorer = new PrecisionScorer();
    scorer.add(item("blind3", SPORT, gold), sportPredicted());
    String text = PrecisionReport.text(scorer.tallies());
    assertTrue(text.contains("split blind3 (1 articles; " + PrecisionReport.BLIND3 + ")"), text);
    assertEquals(Boolean.TRUE, ((Map<?, ?>) PrecisionReport.json(scorer.tallies()).get("blind3")).get("held_out"));
  }

  @Test
  void a_split_outside_the_known_ones_is_refused_when_read() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldFile.article(
        "{\"doc\": \"b.txt\", \"split\": \"blind4\", \"text_sha256\": \"x\", \"text_length\": 3, "
            + "\"claims\": [], \"events\": []}"));
    assertTrue(e.getMessage().contains("blind4"), e.getMessage());
  }

  static GoldArticle news() {
    Golds g = new Golds(NEWS);
    return new GoldArticle("a.txt", "dev", "x", NEWS.length(),
        List.of(g.claim("Officials", "unnamed", "said", "the minister resigned on Friday"),
            g.claim("He", "person:john-smith", "told", "that troops attacked the village")),
        List.of(g.event("RETREAT", "resigned", List.of(g.arg("unnamed", "the minister")), List.of(),
            Modality.CLAIMED),
            g.event("ASSAULT", "attacked", List.of(g.arg("unnamed", "troops")),
                List.of(g.arg("unnamed", "the village")), Modality.CLAIMED)));
  }

  static AnalyzedArticle newsPredicted() {
    Golds g = new Golds(NEWS);
    return ArticleBuilder.text(NEWS).build()
        .withClaims(List.of(g.predicted("Officials", null, "said", "the minister resigned on Friday"),
            g.predicted("He", null, "told", "that troops attacked the village"),
            g.predicted("The club", null, "released", "a new album")), "claims.test")
        .withEvents(List.of(
            g.predictedEvent("RETREAT", "resigned", List.of(g.argument("the minister", null)), List.of(),
                Modality.CLAIMED, 0),
            g.predictedEvent("ASSAULT", "attacked", List.of(g.argument("troops", null)),
                List.of(g.argument("the village", null)), Modality.ASSERTED, 1),
            g.predictedEvent("RETREAT", "released", List.of(g.argument("The club", null)), List.of(),
                Modality.ASSERTED, 2)), "events.test");
  }

  static AnalyzedArticle sportPredicted() {
    Golds g = new Golds(SPORT);
    return ArticleBuilder.text(SPORT).build().withEvents(List.of(g.predictedEvent("ASSAULT", "beat",
        List.of(g.argument("United", "org:united")), List.of(g.argument("City", "org:city")), Modality.ASSERTED,
        0)), "events.test");
  }

  static GoldItem<Article, PrecisionScorer.Gold> item(String split, String text, GoldArticle gold) {
    GoldArticle g = new GoldArticle(gold.doc(), split, gold.textSha256(), gold.textLength(), gold.claims(),
        gold.events());
    return new GoldItem<>(gold.doc(), ArticleBuilder.text(text).article(), new PrecisionScorer.Gold(g, false));
  }
}
