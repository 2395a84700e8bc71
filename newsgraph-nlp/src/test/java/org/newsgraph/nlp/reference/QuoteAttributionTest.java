package org.newsgraph.nlp.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("models")
class QuoteAttributionTest {
  private static final QuoteAttribution QA = new QuoteAttribution();

  private static String at(String text, int b, int e) {
    return text.substring(b, e);
  }

  @Test
  void quotes_come_back_with_their_speaker_mention_and_verb_as_offsets_into_the_text() {
    String text = "The talks failed on Monday.\n\n\"We will not give up,\" Maria Lopez said after the vote. "
        + "Officials in the capital declined to comment.";
    List<QuoteAttribution.Quote> q = QA.attribute(text).quotes();
    assertEquals(1, q.size(), q.toString());
    assertEquals("\"We will not give up,\"", at(text, q.get(0).begin(), q.get(0).end()));
    assertTrue(q.get(0).hasMention(), q.toString());
    assertEquals("Maria Lopez", at(text, q.get(0).mentionBegin(), q.get(0).mentionEnd()));
    assertTrue(q.get(0).hasVerb(), q.toString());
    assertEquals("said", at(text, q.get(0).verbBegin(), q.get(0).verbEnd()));
  }

  @Test
  void text_without_quotation_marks_gives_nothing_and_an_unclosed_quote_does_not_crash() {
    assertEquals(List.of(), QA.attribute("The minister said the talks would go on.").quotes());
    List<QuoteAttribution.Quote> q = QA.attribute("He said \"it never closes. And goes on.").quotes();
    assertFalse(q.stream().anyMatch(x -> x.end() > 38), q.toString());
  }
}
