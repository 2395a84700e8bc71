package org.newsgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
  /** A stage that needs and gives the facets it is told, and records that it ran. */
  private record Fake(String id, Set<Facet> requires, Set<Facet> provides, boolean fail) implements Stage {
    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
      if (fail) {
        throw new IllegalStateException("boom");
      }
      return in.withTimes(List.of(), id);
    }
  }

  private static Article article(String text) {
    return new Article(ArticleIds.of(text), "a.txt", null, null, null, null, null, null, List.of(), List.of(),
        List.of(new Span(0, text.length())), "en", text);
  }

  @Test
  void a_stage_whose_requirement_nothing_provides_is_refused_naming_it() {
    Stage entities = new Fake("entities.v1", Set.of(Facet.TOKENS), Set.of(Facet.ENTITIES), false);
    PipelineException e = assertThrows(PipelineException.class, () -> Pipeline.of(entities));
    assertTrue(e.getMessage().contains("entities.v1 requires [TOKENS]"), e.getMessage());
  }

  @Test
  void stages_run_in_order_and_a_failure_names_stage_and_document_while_the_batch_goes_on() {
    Stage nlp = new Fake("nlp.v1", Set.of(Facet.TEXT), Set.of(Facet.TOKENS), false);
    Stage bad = new Fake("bad.v1", Set.of(Facet.TOKENS), Set.of(Facet.TIMES), true);
    Pipeline ok = Pipeline.of(nlp);
    assertEquals(List.of("nlp.v1"), ok.apply(AnalyzedArticle.of(article("x"))).stageIds());
    Pipeline.BatchResult r = Pipeline.of(nlp, bad).applyAll(List.of(article("one"), article("two")),
        ErrorPolicy.SKIP_AND_RECORD);
    assertEquals(0, r.articles().size());
    assertEquals(2, r.errors().size());
    assertEquals("bad.v1", r.errors().get(0).stage());
    assertEquals("a.txt: boom", r.errors().get(0).oneLine());
    assertThrows(StageFailure.class, () -> Pipeline.of(nlp, bad).applyAll(List.of(article("x")),
        ErrorPolicy.FAIL_FAST));
  }

  @Test
  void the_same_words_give_the_same_id_whatever_the_spacing_or_quotes() {
    assertEquals(ArticleIds.of("Kyiv’s  troops\nwithdrew"), ArticleIds.of("kyiv's troops withdrew"));
  }
}
