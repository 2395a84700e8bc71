package org.newsgraph.eval.precision;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How the second labelled sample, the split {@code fresh}, was drawn (2026-12-06, labelled blind): the procedure of
 * {@link PrecisionSample} with its own seed {@link #SEED}, the same strata in the same order, and the 80 documents of
 * the first draw left out of the candidates. Per stratum the candidates in their fixed order (minus the first draw)
 * are shuffled with one {@link Random} and taken from the front. A shuffle consumes the same random numbers however
 * many are taken, so a smaller count per stratum draws a prefix of each stratum's list.
 */
public final class FreshSample {
  /** The seed of the second draw. */
  public static final long SEED = 2026L;

  /** The split the drawn documents go to. */
  public static final String SPLIT = "fresh";

  /** One stratum and how many articles it gives. */
  public record Stratum(String name, int count) {}

  /**
   * The strata in the order drawn, in the first draw's proportions halved (14:10:8:8:8:32 there, 7:5:4:4:4:16 here).
   */
  public static final List<Stratum> STRATA = List.of(new Stratum("bbc-news/politics", 7),
      new Stratum("bbc-news/business", 5), new Stratum("bbc-news/entertainment", 4),
      new Stratum("bbc-news/sport", 4), new Stratum("bbc-news/tech", 4), new Stratum("reuters-21578", 16));

  private FreshSample() {}

  /** The draw over the corpora folder, stratum by stratum, every document of split {@link #SPLIT}. */
  public static List<PrecisionSample.Drawn> draw(CorpusDocuments corpora) throws IOException {
    Set<String> first = new HashSet<>();
    for (PrecisionSample.Drawn d : PrecisionSample.draw(corpora)) {
      first.add(d.doc());
    }
    Random random = new Random(SEED);
    List<PrecisionSample.Drawn> out = new ArrayList<>();
    for (Stratum s : STRATA) {
      List<String> candidates = new ArrayList<>(PrecisionSample.documents(corpora, s.name()));
      candidates.removeIf(first::contains);
      Collections.shuffle(candidates, random);
      for (int i = 0; i < s.count(); i++) {
        out.add(new PrecisionSample.Drawn(candidates.get(i), s.name(), SPLIT));
      }
    }
    return out;
  }
}
