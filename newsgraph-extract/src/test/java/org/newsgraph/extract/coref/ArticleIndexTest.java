package org.newsgraph.extract.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.testkit.ArticleBuilder;

/** The head of a phrase, on a parse written out by hand. */
class ArticleIndexTest {
  private static final String TEXT = "The head of the agency , Ann Lee , said so";

  /** Each word with the index of its head (-1 for the root) and its relation. */
  private static Sentence parsed(Object... wordHeadRel) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < wordHeadRel.length; i += 3) {
      String w = (String) wordHeadRel[i];
      int begin = TEXT.indexOf(w, at);
      at = begin + w.length();
      String pos = w.equals(",") ? "," : Character.isUpperCase(w.charAt(0)) && i > 0 ? "NNP" : "NN";
      tokens.add(new Token(i / 3, new Span(begin, at), w, pos, w.toLowerCase(), "O", (Integer) wordHeadRel[i + 1],
          (String) wordHeadRel[i + 2]));
    }
    return new Sentence(0, new Span(0, TEXT.length()), tokens);
  }

  @Test
  void a_comma_closing_an_apposition_is_not_the_head_of_the_phrase_it_ends() {
    Sentence s = parsed("The", 1, "det", "head", 9, "nsubj", "of", 4, "case", "the", 4, "det", "agency", 1, "nmod",
        ",", 1, "punct", "Ann", 7, "compound", "Lee", 1, "appos", ",", 9, "punct", "said", -1, "root", "so", 9,
        "advmod");
    ArticleIndex index = new ArticleIndex(ArticleBuilder.text(TEXT).build());
    Span phrase = new Span(0, TEXT.indexOf("said") - 1); // "The head of the agency , Ann Lee ,"
    assertEquals("head", index.headOf(s, phrase).word());
  }
}
