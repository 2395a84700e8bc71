package org.newsgraph.eval.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.testkit.SharedData;

/** The labelled set checked in under data/labelled: its shape, and (with ../shared) that it still fits the texts. */
class LabelledSetTest {
  /** The checked-in labelled set. */
  static final Path GOLD = Path.of(System.getProperty("newsgraph.home", ".."), "data", "labelled",
      "precision-news.jsonl");
  /** The second sample (split fresh), drawn by {@link FreshSample} and labelled blind. */
  static final Path FRESH = GOLD.resolveSibling("precision-news-fresh.jsonl");
  /** The third sample (split blind3), drawn by {@link Blind3Sample} and labelled blind. */
  static final Path BLIND3 = GOLD.resolveSibling("precision-news-blind3.jsonl");

  @Test
  void the_set_has_60_dev_and_20_test_articles_from_every_stratum() throws Exception {
    List<GoldArticle> all = GoldFile.read(GOLD);
    assertEquals(60, all.stream().filter(a -> a.split().equals("dev")).count());
    assertEquals(20, all.stream().filter(a -> a.split().equals("test")).count());
    assertEquals(80, all.stream().map(GoldArticle::doc).distinct().count(), "no document twice");
    for (PrecisionSample.Stratum s : PrecisionSample.STRATA) {
      assertEquals(s.test() + s.dev(), all.stream().filter(a -> a.doc().startsWith(s.name() + "/")).count(),
          s.name());
    }
  }

  @Test
  void the_fresh_sample_has_40_articles_in_the_fresh_strata_and_none_of_the_first_80() throws Exception {
    List<GoldArticle> fresh = GoldFile.read(FRESH);
    assertTrue(fresh.stream().allMatch(a -> a.split().equals(FreshSample.SPLIT)));
    assertEquals(40, fresh.stream().map(GoldArticle::doc).distinct().count(), "no document twice");
    for (FreshSample.Stratum s : FreshSample.STRATA) {
      assertEquals(s.count(), fresh.stream().filter(a -> a.doc().startsWith(s.name() + "/")).count(), s.name());
    }
    Set<String> first = new HashSet<>();
    GoldFile.read(GOLD).forEach(a -> first.add(a.doc()));
    assertTrue(fresh.stream().noneMatch(a -> first.contains(a.doc())), "the second sample leaves out the first");
  }

  @Test
  void the_third_sample_has_40_articles_in_the_fresh_strata_and_none_of_the_first_two_samples() throws Exception {
    List<GoldArticle> third = GoldFile.read(BLIND3);
    assertTrue(third.stream().allMatch(a -> a.split().equals(Blind3Sample.SPLIT)));
    assertEquals(40, third.stream().map(GoldArticle::doc).distinct().count(), "no document twice");
    for (FreshSample.Stratum s : FreshSample.STRATA) {
      assertEquals(s.count(), third.stream().filter(a -> a.doc().startsWith(s.name() + "/")).count(), s.name());
    }
    Set<String> earlier = new HashSet<>();
    GoldFile.read(GOLD).forEach(a -> earlier.add(a.doc()));
    GoldFile.read(FRESH).forEach(a -> earlier.add(a.doc()));
    assertTrue(third.stream().noneMatch(a -> earlier.contains(a.doc())), "the third sample leaves out the first two");
  }

  @Test
  void every_span_covers_words_inside_its_text_and_every_claim_and_event_is_complete() throws Exception {
    List<GoldArticle> both = new java.util.ArrayList<>(GoldFile.read(GOLD));
    both.addAll(GoldFile.read(FRESH));
    both.addAll(GoldFile.read(BLIND3));
    for (GoldArticle a : both) {
      Set<String> ids = new HashSet<>();
      a.withSpans(s -> {
        assertTrue(s.end() > s.begin() && s.end() <= a.textLength(), a.doc() + " " + s);
        assertFalse(s.words().isBlank(), a.doc() + " " + s);
        assertEquals(s.end() - s.begin(), s.words().length(), a.doc() + " " + s);
        return s;
      });
      for (GoldClaim c : a.claims()) {
        assertTrue(ids.add(c.id()), a.doc() + " " + c.id());
        assertTrue(c.source() != null || c.unnamed(), a.doc() + " " + c.id() + ": no source but an entity");
      }
      for (GoldEvent e : a.events()) {
        assertTrue(ids.add(e.id()), a.doc() + " " + e.id());
        assertTrue(e.type().matches("[A-Z]+"), a.doc() + " " + e.id());
        for (GoldArgument x : e.actors()) {
          assertTrue(!x.entity().equals(GoldClaim.UNNAMED) || x.span() != null, a.doc() + " " + e.id());
        }
      }
    }
  }

  @Test
  @Tag("slow")
  void the_sample_draws_again_to_the_same_documents_and_the_reader_still_makes_the_same_texts() throws Exception {
    CorpusDocuments corpora = new CorpusDocuments(SharedData.require("corpora"));
    List<GoldArticle> gold = GoldFile.read(GOLD);
    List<PrecisionSample.Drawn> drawn = PrecisionSample.draw(corpora);
    assertEquals(drawn.size(), gold.size());
    for (int i = 0; i < drawn.size(); i++) {
      assertEquals(drawn.get(i).doc(), gold.get(i).doc(), "line " + (i + 1));
      assertEquals(drawn.get(i).split(), gold.get(i).split(), "line " + (i + 1));
      String text = corpora.read(gold.get(i).doc()).text();
      assertFalse(Anchoring.anchor(gold.get(i), text).reread(), gold.get(i).doc() + ": the reader's text changed");
    }
  }

  @Test
  @Tag("slow")
  void the_fresh_sample_draws_again_to_the_same_documents_and_every_span_matches_the_readers_text()
      throws Exception {
    CorpusDocuments corpora = new CorpusDocuments(SharedData.require("corpora"));
    assertDrawsAgainWithMatchingSpans(FRESH, FreshSample.draw(corpora), corpora);
  }

  @Test
  @Tag("slow")
  void the_third_sample_draws_again_to_the_same_documents_and_every_span_matches_the_readers_text()
      throws Exception {
    CorpusDocuments corpora = new CorpusDocuments(SharedData.require("corpora"));
    assertDrawsAgainWithMatchingSpans(BLIND3, Blind3Sample.draw(corpora), corpora);
  }

  /** The file holds the drawn documents in draw order, each with the reader's text and spans that match it. */
  private static void assertDrawsAgainWithMatchingSpans(Path file, List<PrecisionSample.Drawn> drawn,
      CorpusDocuments corpora) throws Exception {
    List<GoldArticle> gold = GoldFile.read(file);
    assertEquals(drawn.size(), gold.size());
    for (int i = 0; i < drawn.size(); i++) {
      GoldArticle g = gold.get(i);
      assertEquals(drawn.get(i).doc(), g.doc(), "line " + (i + 1));
      String text = corpora.read(g.doc()).text();
      assertEquals(CorpusDocuments.sha256(text), g.textSha256(), g.doc() + ": the reader's text changed");
      g.withSpans(s -> {
        assertEquals(s.words(), text.substring(s.begin(), s.end()), g.doc() + " " + s);
        return s;
      });
    }
  }
}
