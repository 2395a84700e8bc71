package org.newsgraph.app.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Span;
import org.newsgraph.testkit.ArticleBuilder;

/**
 * An event's participants as the article view gives them: where the words name no one on their own ("they"), the
 * name of the entity coreference resolved them to, as a claim's source is shown; otherwise the words.
 */
class EventArgumentLabelsTest {
  private static Span find(String text, String words) {
    int b = text.indexOf(words);
    return new Span(b, b + words.length());
  }

  private static AnalyzedArticle article() {
    String text = "Venezuelan authorities have said they will seize land. The government also seized a farm."
        + " They gave no date.";
    AnalyzedArticle a = ArticleBuilder.text(text).source("t/ven.txt").headline("Land").published("2005-01-09")
        .entity("country:VEN", EntityType.COUNTRY, "Venezuela").mention("Venezuelan", "country:VEN").build();
    Event.Argument they = new Event.Argument(find(text, "they"), "country:VEN");
    Event.Argument government = new Event.Argument(find(text, "The government"), "country:VEN");
    Event.Argument unresolved = new Event.Argument(find(text, "They"), null);
    Event seize = new Event("e1", "COERCE", "seize", find(text, "seize"), List.of(they), List.of(), null, null, null,
        null, false, Event.Modality.PLANNED, null, 0.7, 0);
    Event seized = new Event("e2", "COERCE", "seize", find(text, "seized"), List.of(government), List.of(), null,
        null, null, null, false, Event.Modality.ASSERTED, null, 0.6, 1);
    Event gave = new Event("e3", "COERCE", null, find(text, "gave"), List.of(unresolved), List.of(), null, null,
        null, null, false, Event.Modality.ASSERTED, null, 0.3, 2);
    return a.withEvents(List.of(seize, seized, gave), "events.test.v1");
  }

  @Test
  void a_pronoun_resolved_to_an_entity_shows_the_entity_and_keeps_its_words() {
    ArticleView.ArgumentView x = ArticleView.of(article()).events().get(0).actors().get(0);
    assertEquals("Venezuela", x.label());
    assertEquals("they", x.text());
    assertEquals("country:VEN", x.entityId());
  }

  @Test
  void a_description_and_an_unresolved_pronoun_show_their_words() {
    List<ArticleView.EventView> events = ArticleView.of(article()).events();
    assertEquals("The government", events.get(1).actors().get(0).label());
    assertEquals("They", events.get(2).actors().get(0).label());
  }
}
