package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Span;

/** Quote balancing on plain strings, no NLP. */
class QuoteMarksTest {
  private static Span find(String text, String part) {
    int i = text.indexOf(part);
    return new Span(i, i + part.length());
  }

  @Test
  void a_span_that_ends_a_quote_goes_back_to_its_opening_in_the_same_paragraph() {
    String t = "“First sentence. Second part,” he said.";
    QuoteMarks q = new QuoteMarks(t, List.of(new Span(0, t.length())));
    assertEquals("“First sentence. Second part,”", q.balance(q.snap(find(t, "Second part"))).of(t));
  }

  @Test
  void a_quote_reopened_at_each_paragraph_runs_over_them() {
    String t = "“One.\n“Two,” she said.";
    QuoteMarks q = new QuoteMarks(t, List.of(new Span(0, 5), new Span(6, t.length())));
    assertEquals(t.substring(0, t.indexOf(" she")), q.balance(q.snap(find(t, "Two"))).of(t));
  }

  @Test
  void a_quote_that_never_closes_does_not_run_into_the_next_paragraph() {
    String t = "“Open and never closed.\nNext paragraph here.";
    QuoteMarks q = new QuoteMarks(t, List.of(new Span(0, 23), new Span(24, t.length())));
    assertEquals("“Open and never closed", q.balance(q.snap(find(t, "Open and never closed"))).of(t));
  }

  @Test
  void wire_style_double_apostrophes_count_as_one_mark() {
    String t = "''We should act,'' Mr. Smith said.";
    QuoteMarks q = new QuoteMarks(t, List.of(new Span(0, t.length())));
    assertEquals("''We should act,''", q.snap(find(t, "We should act")).of(t));
  }

  @Test
  void a_quote_whose_paragraph_break_was_lost_runs_on_past_the_mark_that_reopened_it() {
    String t = "Smith said: \"It was hard. It was unlucky. \"He expected a cross, so I don't blame him.\" Then he left.";
    QuoteMarks q = new QuoteMarks(t, List.of(new Span(0, t.length())));
    Span open = find(t, "\"It was hard");
    assertEquals("\"It was hard. It was unlucky. \"He expected a cross, so I don't blame him.\"",
        q.balance(new Span(open.begin(), open.begin() + 1)).of(t));
    assertEquals(true, q.inside(t.indexOf("expected")), "still inside the quote");
    assertEquals(false, q.inside(t.indexOf("Then")), "closed by the last mark");
    assertEquals(2, q.count(new Span(0, t.length())), "the reopening mark neither opens nor closes");
  }

  @Test
  void after_a_closed_quote_a_new_one_opens_and_inside_a_sentence_a_mark_still_closes() {
    String t = "\"Yes,\" he said. \"No.\" She called it \"a mess\" and left.";
    QuoteMarks q = new QuoteMarks(t, List.of(new Span(0, t.length())));
    assertEquals(6, q.count(new Span(0, t.length())));
    assertEquals(false, q.inside(t.indexOf("She")));
    assertEquals(true, q.inside(t.indexOf("mess")));
    assertEquals(false, q.inside(t.indexOf("left")));
  }

  @Test
  void a_mark_that_closes_the_sentence_before_is_not_pulled_into_the_next_span() {
    String t = "\"We expect growth,\" said the analyst. \"Websites will adapt.\" The total rose by 12%, "
        + "the report showed.";
    QuoteMarks q = new QuoteMarks(t, List.of(new Span(0, t.length())));
    assertEquals("The total rose by 12%", q.snap(find(t, "The total rose by 12%")).of(t));
    assertEquals("\"Websites will adapt.\"", q.snap(find(t, "Websites will adapt.")).of(t),
        "an opening mark still is");
    Span withMark = new Span(t.indexOf("\" The total"), t.indexOf(", the report"));
    assertEquals("The total rose by 12%", q.snap(withMark).of(t), "the closing mark the tokenizer moved is left out");
  }
}
