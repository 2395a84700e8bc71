package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Facet;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

@Tag("models")
class CoreNlpStageTest {
  private static final CoreNlpStage STAGE = new CoreNlpStage(NewsgraphConfig.defaults().nlp());

  private static AnalyzedArticle analyze(String text) {
    Article a = new Article(ArticleIds.of(text), "test", null, null, null, null, null, null, List.of(), List.of(),
        List.of(new Span(0, text.length())), "en", text);
    return STAGE.apply(AnalyzedArticle.of(a));
  }

  @Test
  void tokens_point_back_to_the_exact_characters_of_the_text() {
    String text = "Ukraine’s military said Friday it believed the soldiers had been “withdrawn”.\n\nKyiv agreed.";
    AnalyzedArticle a = analyze(text);
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        assertEquals(t.word(), t.span().of(text));
      }
    }
    assertEquals(2, a.sentences().size());
    assertTrue(a.facets().containsAll(List.of(Facet.TOKENS, Facet.POS, Facet.NER, Facet.DEPENDENCIES)));
  }

  @Test
  void a_paragraph_break_always_ends_a_sentence() {
    AnalyzedArticle a = analyze("Prime Minister Narendra Modi left New Delhi on Monday\n\nHe arrived in Amman");
    assertEquals(2, a.sentences().size());
  }

  @Test
  void each_sentence_has_one_root_and_every_other_token_a_head_inside_it() {
    AnalyzedArticle a = analyze("Pyongyang deployed more than 10,000 troops to support Russian forces.");
    Sentence s = a.sentences().get(0);
    long roots = s.tokens().stream().filter(t -> t.head() < 0).count();
    assertEquals(1, roots);
    Token deployed = s.tokens().get(1);
    assertEquals("deployed", deployed.word());
    assertEquals("VBD", deployed.pos());
    assertEquals("deploy", deployed.lemma());
    Token pyongyang = s.tokens().get(0);
    assertEquals("nsubj", pyongyang.deprel());
    assertEquals(deployed, s.headOf(pyongyang));
  }

  @Test
  void person_names_get_the_coarse_ner_tag() {
    AnalyzedArticle a = analyze("Russian President Vladimir Putin made a rare visit.");
    Token putin = a.sentences().get(0).tokens().get(3);
    assertEquals("Putin", putin.word());
    assertEquals("PERSON", putin.ner());
  }
}
