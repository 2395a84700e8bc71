package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/** “A,” he said, “B.” with only B found: A is the first fragment. Plain strings, no NLP. */
class InterruptedQuoteTest {
  private static Span find(String text, String part) {
    int i = text.indexOf(part);
    return new Span(i, i + part.length());
  }

  /** A draft of {@code text} as one sentence: its cue, source and one content fragment, found by their words. */
  private static Draft draft(String text, String cue, String source, String content) {
    Span c = find(text, cue);
    Token verb = new Token(0, c, cue, "VBD", cue, "O", -1, "root");
    DependencyTree tree = new DependencyTree(new Sentence(0, new Span(0, text.length()), List.of(verb)));
    return new Draft(tree, c, verb, find(text, source), verb, List.of(find(text, content)), null, null);
  }

  private static Span before(String text, Draft d) {
    return InterruptedQuote.before(text, new QuoteMarks(text, List.of(new Span(0, text.length()))), d);
  }

  @Test
  void the_quotation_before_an_interrupting_source_and_cue_is_found() {
    String t = "“Every time you say that,” the senator said, “you give ammunition to the banks.”";
    Span s = before(t, draft(t, "said", "the senator", "“you give ammunition to the banks.”"));
    assertEquals("“Every time you say that,”", s.of(t));
    String w = "''Hopefully,'' the president said, ''this museum can help us listen.''";
    assertEquals("''Hopefully,''", before(w, draft(w, "said", "the president", "''this museum can help us listen.''"))
        .of(w));
    String inverted = "\"My hope,\" said Mr Obama, \"is that I can have more influence.\"";
    assertEquals("\"My hope,\"", before(inverted, draft(inverted, "said", "Mr Obama",
        "\"is that I can have more influence.\"")).of(inverted));
  }

  @Test
  void a_quotation_that_ends_its_own_sentence_or_words_between_are_not_an_interruption() {
    String stop = "“The port is closed.” The harbour master said, “ships must wait.”";
    assertNull(before(stop, draft(stop, "said", "The harbour master", "“ships must wait.”")));
    String between = "“We won,” the coach said after the game, “and we deserved it.”";
    assertNull(before(between, draft(between, "said", "the coach", "“and we deserved it.”")));
    String midSentence = "Mills “got an immunity agreement,” Jordan said, “and sat in on the interview.”";
    assertNull(before(midSentence, draft(midSentence, "said", "Jordan", "“and sat in on the interview.”")),
        "the quotation does not open the sentence");
    String unquoted = "“We won,” the coach said, and we deserved it.";
    assertNull(before(unquoted, draft(unquoted, "said", "the coach", "we deserved it")));
  }
}
