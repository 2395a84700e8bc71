package org.newsgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Limits hold for any stage: an oversized text is analysed in part, a runaway stage is stopped, nothing is lost. */
class BoundedAnalysisTest {
  /** A stage that gives {@code provides} after doing {@code work} on what it was given. */
  private record Fake(String id, Set<Facet> requires, Set<Facet> provides, UnaryOperator<AnalyzedArticle> work)
      implements Stage {
    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
      return work.apply(in).withSentences(List.of(), provides, id);
    }
  }

  private static NewsgraphConfig.Limits limits(int chars, double documentSeconds, double stageSeconds) {
    return new NewsgraphConfig.Limits(chars, 250, 5000, documentSeconds, stageSeconds);
  }

  /** Works until its thread is interrupted, as a stuck rule would if it did not check. */
  private static AnalyzedArticle forever(AnalyzedArticle in) {
    while (true) {
      Work.step();
    }
  }

  @Test
  void a_text_over_the_limit_is_analysed_up_to_a_paragraph_break_and_kept_whole_with_a_note() {
    String para = "Troops moved north on Friday, officials said.";
    StringBuilder text = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    while (text.length() < 5_000) {
      paragraphs.add(new Span(text.length(), text.length() + para.length()));
      text.append(para).append("\n\n");
    }
    Article a = new Article(ArticleIds.of(text.toString()), "long.txt", null, null, null, null, null, null,
        List.of(), List.of(), paragraphs, "en", text.toString());
    List<String> seen = new ArrayList<>();
    Stage nlp = new Fake("nlp.v1", Set.of(Facet.TEXT), Set.of(Facet.SENTENCES), in -> {
      seen.add(in.text());
      return in;
    });
    AnalyzedArticle out = new BoundedAnalysis(Pipeline.of(nlp), limits(1_000, 10, 10)).apply(AnalyzedArticle.of(a));
    assertTrue(seen.get(0).length() <= 1_000 && seen.get(0).length() > 900, "analysed " + seen.get(0).length());
    assertTrue(seen.get(0).endsWith(para), "cut at the end of a paragraph: " + seen.get(0));
    assertEquals(text.toString(), out.text(), "the article keeps its whole text");
    assertEquals(List.of("nlp.v1"), out.stageIds());
    assertEquals(1, out.notes().size());
    int cut = paragraphs.stream().mapToInt(Span::end).filter(e -> e <= 1_000).max().orElseThrow();
    assertEquals(cut, seen.get(0).length());
    assertTrue(out.notes().get(0).startsWith(String.format("analysed the first %,d of %,d characters"
        + " (limits.maxDocumentChars", cut, text.length())), out.notes().get(0));
  }

  @Test
  void a_runaway_stage_is_stopped_and_the_article_kept_with_what_came_before_and_after_it() {
    Stage nlp = new Fake("nlp.v1", Set.of(Facet.TEXT), Set.of(Facet.SENTENCES), in -> in);
    Stage stuck = new Fake("stuck.v1", Set.of(Facet.SENTENCES), Set.of(Facet.TIMES), BoundedAnalysisTest::forever);
    Stage after = new Fake("claims.v1", Set.of(Facet.SENTENCES), Set.of(Facet.CLAIMS), in -> in);
    Stage needsTimes = new Fake("events.v1", Set.of(Facet.TIMES), Set.of(Facet.EVENTS), in -> in);
    BoundedAnalysis b = new BoundedAnalysis(Pipeline.of(nlp, stuck, after, needsTimes), limits(100_000, 30, 0.3));
    long t0 = System.nanoTime();
    AnalyzedArticle out = b.apply(AnalyzedArticle.of(Article.ofText("a.txt", "Troops moved north.", null)));
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertTrue(seconds < 5, "stopped after " + seconds + " s");
    assertEquals(List.of("nlp.v1", "claims.v1"), out.stageIds());
    assertEquals(2, out.notes().size(), out.notes().toString());
    assertTrue(out.notes().get(0).startsWith("stuck.v1 was stopped after 0.3 s (limits.stageSeconds)"),
        out.notes().get(0));
    assertEquals("events.v1 did not run: it needs what stuck.v1 did not finish", out.notes().get(1));
    assertFalse(Thread.currentThread().isInterrupted(), "the deadline's interrupt does not outlive the stage");
  }

  @Test
  void the_callers_deadline_stops_a_stage_before_the_stage_budget_does() {
    Stage stuck = new Fake("stuck.v1", Set.of(Facet.TEXT), Set.of(Facet.SENTENCES), BoundedAnalysisTest::forever);
    BoundedAnalysis b = new BoundedAnalysis(Pipeline.of(stuck), limits(100_000, 60, 60));
    long t0 = System.nanoTime();
    AnalyzedArticle out = b.apply(AnalyzedArticle.of(Article.ofText("a.txt", "x", null)), t0 + 200_000_000L);
    assertTrue((System.nanoTime() - t0) / 1e9 < 5);
    assertTrue(out.notes().get(0).contains("the document's time was up"), out.notes().get(0));
  }

  @Test
  void a_stage_that_fails_fails_the_document_naming_the_stage() {
    Stage bad = new Fake("bad.v1", Set.of(Facet.TEXT), Set.of(Facet.SENTENCES), in -> {
      throw new IllegalStateException("boom");
    });
    StageFailure f = assertThrows(StageFailure.class, () -> new BoundedAnalysis(Pipeline.of(bad),
        limits(100_000, 10, 10)).apply(AnalyzedArticle.of(Article.ofText("a.txt", "x", null))));
    assertEquals("bad.v1", f.stageId());
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void a_text_within_the_limits_is_analysed_as_the_pipeline_alone_would() {
    Stage nlp = new Fake("nlp.v1", Set.of(Facet.TEXT), Set.of(Facet.SENTENCES), in -> in);
    Article a = Article.ofText("a.txt", "Troops moved north.\n\nThey stopped.", null);
    assertEquals(Pipeline.of(nlp).apply(AnalyzedArticle.of(a)),
        new BoundedAnalysis(Pipeline.of(nlp), NewsgraphConfig.defaults().limits()).apply(AnalyzedArticle.of(a)));
  }
}
