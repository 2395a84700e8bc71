package org.newsgraph.extract.quantities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Event;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Quantity;
import org.newsgraph.core.Quantity.Qualifier;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;
import org.newsgraph.core.Token;
import org.newsgraph.testkit.ArticleBuilder;

/** Amounts read from hand-built parses of made-up sentences, and the event each is attached to. */
class QuantityStageTest {
  /**
   * An article of one sentence, its tokens written {@code word/POS/lemma/head} (head = index, -1 the root), with an
   * event on each token whose word is listed in {@code triggers}.
   */
  private static AnalyzedArticle parsed(String tokens, String... triggers) {
    List<Token> t = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String spec : tokens.split(" ")) {
      String[] p = spec.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(p[0]);
      t.add(new Token(t.size(), new Span(begin, text.length()), p[0], p[1], p[2], "O", Integer.parseInt(p[3]),
          "dep"));
    }
    List<Event> events = new ArrayList<>();
    for (String trigger : triggers) {
      Token k = t.stream().filter(x -> x.word().equals(trigger)).findFirst().orElseThrow();
      events.add(new Event("e" + (events.size() + 1), "MOBILIZE", null, k.span(), List.of(), List.of(), null, null,
          null, null, true, Event.Modality.ASSERTED, null, 0.9, 0));
    }
    Article a = ArticleBuilder.text(text.toString()).article();
    Sentence s = new Sentence(0, new Span(0, text.length()), t);
    return new AnalyzedArticle(a, List.of(s), List.of(), List.of(), List.of(), List.of(), events,
        Set.of(Facet.TEXT, Facet.EVENTS), List.of());
  }

  private static List<Quantity> of(AnalyzedArticle a, String eventId) {
    return QuantityStage.attach(a).stream().filter(e -> e.id().equals(eventId)).findFirst().orElseThrow()
        .quantities();
  }

  private static String words(AnalyzedArticle a, Quantity q) {
    return q.span().of(a.text());
  }

  @Test
  void more_than_ten_thousand_troops_belongs_to_the_sending() {
    AnalyzedArticle a = parsed("Officials/NNS/official/1 said/VBD/say/-1 Pyongyang/NNP/Pyongyang/3 sent/VBD/send/1"
        + " more/JJR/more/6 than/IN/than/4 10,000/CD/10,000/7 troops/NNS/troop/3 ./././1", "sent");
    List<Quantity> q = of(a, "e1");
    assertEquals(1, q.size());
    assertEquals(Qualifier.OVER, q.get(0).qualifier());
    assertEquals(10_000, q.get(0).value());
    assertEquals("troop", q.get(0).counted());
    assertEquals("more than 10,000 troops", words(a, q.get(0)));
  }

  @Test
  void at_least_forty_people_killed_counts_people() {
    AnalyzedArticle a = parsed("At/IN/at/1 least/JJS/least/2 40/CD/40/3 people/NNS/people/5 were/VBD/be/5"
        + " killed/VBN/kill/-1", "killed");
    Quantity q = of(a, "e1").get(0);
    assertEquals(Qualifier.OVER, q.qualifier());
    assertEquals(40, q.value());
    assertEquals("people", q.counted());
  }

  @Test
  void two_billion_dollars_is_a_sum_in_dollars_and_modifiers_before_the_noun_are_skipped() {
    AnalyzedArticle a = parsed("Seoul/NNP/Seoul/1 pledged/VBD/pledge/-1 $/$/$/1 2/CD/2/4 billion/CD/billion/2"
        + " and/CC/and/1 about/RB/about/8 500/CD/500/10 South/NNP/South/10 Korean/JJ/korean/10"
        + " engineers/NNS/engineer/1", "pledged");
    List<Quantity> q = of(a, "e1");
    assertEquals(2, q.size());
    assertEquals("USD", q.get(0).unit());
    assertEquals(2e9, q.get(0).value());
    assertNull(q.get(0).counted());
    assertEquals(Qualifier.ABOUT, q.get(1).qualifier());
    assertEquals("engineer", q.get(1).counted());
    assertEquals("about 500 South Korean engineers", words(a, q.get(1)));
  }

  @Test
  void a_percentage_and_a_range_are_read() {
    AnalyzedArticle a = parsed("Prices/NNS/price/1 rose/VBD/rise/-1 3.5/CD/3.5/3 pct/NN/pct/1 as/IN/as/5"
        + " between/IN/between/6 5,000/CD/5,000/9 and/CC/and/8 7,000/CD/7,000/6 workers/NNS/worker/10"
        + " struck/VBD/strike/1", "rose", "struck");
    Quantity pct = of(a, "e1").get(0);
    assertEquals("pct", pct.unit());
    assertEquals(3.5, pct.value());
    Quantity range = of(a, "e2").get(0);
    assertEquals(Qualifier.BETWEEN, range.qualifier());
    assertEquals(5_000, range.value());
    assertEquals(7_000, range.upper());
    assertEquals("worker", range.counted());
  }

  @Test
  void an_amount_in_another_clause_is_not_the_events() {
    // "Troops who had marched 300 km were deployed": the distance is the marching's, not the deployment's
    AnalyzedArticle a = parsed("Troops/NNS/troop/6 who/WP/who/3 had/VBD/have/3 marched/VBN/march/0"
        + " 300/CD/300/5 km/NN/km/3 were/VBD/be/6 deployed/VBN/deploy/-1", "deployed");
    assertTrue(of(a, "e1").isEmpty());
  }

  @Test
  void years_numbers_in_names_and_numbers_in_times_are_not_amounts() {
    AnalyzedArticle a = parsed("Russia/NNP/Russia/1 deployed/VBD/deploy/-1 Resolution/NNP/Resolution/1"
        + " 2231/CD/2231/2 units/NNS/unit/1 in/IN/in/6 1990/CD/1990/1 and/CC/and/8 40/CD/40/9 days/NNS/day/1",
        "deployed");
    assertTrue(of(a, "e1").isEmpty(), () -> "found " + of(a, "e1"));
    AnalyzedArticle timed = parsed("Seoul/NNP/Seoul/1 sent/VBD/send/-1 12/CD/12/3 ships/NNS/ship/1", "sent");
    TimeExpression t = new TimeExpression(new Span(11, 13), TimexType.DATE, "XXXX-XX-12", null, null, null);
    AnalyzedArticle withTime = new AnalyzedArticle(timed.article(), timed.sentences(), List.of(), List.of(),
        List.of(t), List.of(), timed.events(), timed.facets(), List.of());
    assertEquals(1, of(timed, "e1").size());
    assertTrue(of(withTime, "e1").isEmpty());
  }

  @Test
  void a_plural_the_lemmatizer_left_as_it_was_counts_as_its_singular() {
    AnalyzedArticle a = parsed("Kyiv/NNP/Kyiv/1 said/VBD/say/-1 12,000/CD/12,000/3 troops/NNS/troops/4"
        + " arrived/VBD/arrive/1 with/IN/with/7 40/CD/40/7 casualties/NNS/casualties/4", "arrived");
    assertEquals(List.of("troop", "casualty"), of(a, "e1").stream().map(Quantity::counted).toList());
  }

  @Test
  void an_amount_of_other_or_more_things_is_a_part_not_the_events_total() {
    AnalyzedArticle a = parsed("Police/NNS/police/1 released/VBD/release/-1 three/CD/three/4 other/JJ/other/4"
        + " detainees/NNS/detainee/1 and/CC/and/1 500/CD/500/8 more/JJR/more/8 troops/NNS/troop/1"
        + " and/CC/and/1 40/CD/40/11 prisoners/NNS/prisoner/1", "released");
    assertEquals(List.of("prisoner"), of(a, "e1").stream().map(Quantity::counted).toList());
  }

  @Test
  void an_article_without_events_is_returned_as_it_is() {
    AnalyzedArticle a = parsed("Seoul/NNP/Seoul/1 sent/VBD/send/-1 12/CD/12/3 ships/NNS/ship/1");
    assertEquals(List.of(), QuantityStage.attach(a));
    assertEquals(Set.of(Facet.QUANTITIES), new QuantityStage().provides());
  }
}
