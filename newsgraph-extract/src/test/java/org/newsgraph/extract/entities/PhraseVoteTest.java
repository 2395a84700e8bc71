package org.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vote between the layer and the tagger: where they agree nothing changes; where they differ, the table rules. */
class PhraseVoteTest {
  private static final List<String> LAYER = List.of("B-ORG", "O", "B-PER", "I-PER");
  private static final List<String> TAGGER = List.of("B-LOC", "O", "B-PER", "I-PER");

  private static double[][] scores(int n) {
    return new double[n][NerTagger.LABELS.size()];
  }

  private static List<PhraseVote.Example> examples(int n, List<String> gold) {
    List<PhraseVote.Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new PhraseVote.Example(LAYER, TAGGER, scores(4), gold));
    }
    return out;
  }

  @Test
  void only_the_phrases_the_two_disagree_on_make_a_region() {
    List<PhraseVote.Region> regions = PhraseVote.regions(LAYER, TAGGER, scores(4));
    assertEquals(1, regions.size());
    assertEquals("ORG|LOC|same|0", regions.get(0).key());
    assertTrue(PhraseVote.regions(LAYER, LAYER, scores(4)).isEmpty());
  }

  @Test
  void the_tagger_wins_a_kind_of_disagreement_it_won_often_enough() {
    PhraseVote vote = PhraseVote.fit(examples(PhraseVote.SUPPORT, TAGGER));
    assertEquals(TAGGER, vote.decide(LAYER, TAGGER, scores(4)));
  }

  @Test
  void the_layer_stands_where_it_was_right_or_the_evidence_is_thin() {
    assertEquals(LAYER, PhraseVote.fit(examples(PhraseVote.SUPPORT, LAYER)).decide(LAYER, TAGGER, scores(4)));
    assertEquals(LAYER, PhraseVote.fit(examples(PhraseVote.SUPPORT - 1, TAGGER)).decide(LAYER, TAGGER, scores(4)));
  }
}
