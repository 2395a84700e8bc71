package org.newsgraph.eval.precision;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How the third labelled sample, the split {@code blind3}, was drawn (2026-12-06, labelled blind): the procedure of
 * {@link FreshSample} with its own seed {@link #SEED}, the same strata in the same order and counts, and the
 * documents of both earlier draws ({@link PrecisionSample}, 80; {@link FreshSample}, 40) left out of the candidates.
 */
public final class Blind3Sample {
  /** The seed of the third draw. */
  public static final long SEED = 1206L;

  /** The split the drawn documents go to. */
  public static final String SPLIT = "blind3";

  private Blind3Sample() {}

  /** The draw over the corpora folder, stratum by stratum, every document of split {@link #SPLIT}. */
  public static List<PrecisionSample.Drawn> draw(CorpusDocuments corpora) throws IOException {
    Set<String> earlier = new HashSet<>();
    for (PrecisionSample.Drawn d : PrecisionSample.draw(corpora)) {
      earlier.add(d.doc());
    }
    for (PrecisionSample.Drawn d : FreshSample.draw(corpora)) {
      earlier.add(d.doc());
    }
    Random random = new Random(SEED);
    List<PrecisionSample.Drawn> out = new ArrayList<>();
    for (FreshSample.Stratum s : FreshSample.STRATA) {
      List<String> candidates = new ArrayList<>(PrecisionSample.documents(corpora, s.name()));
      candidates.removeIf(earlier::contains);
      Collections.shuffle(candidates, random);
      for (int i = 0; i < s.count(); i++) {
        out.add(new PrecisionSample.Drawn(candidates.get(i), s.name(), SPLIT));
      }
    }
    return out;
  }
}
