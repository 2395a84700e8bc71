package org.newsgraph.eval.precision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * How the 80 articles of the labelled set were drawn, so that anyone can draw them again: per stratum (the five BBC
 * sections, then Reuters-21578), the candidates in a fixed order are shuffled with one {@link Random} seeded with
 * {@link #SEED} and taken from the front; the first {@code test} of each stratum are the held-out test split, the
 * next {@code dev} the development split. BBC candidates are the section's {@code NNN.txt} files in name order;
 * Reuters candidates are the records with a body, file by file ({@code reut2-000.sgm} first) in file order.
 */
public final class PrecisionSample {
  /** The seed of the draw (issues 15 and 16). */
  public static final long SEED = 1516L;

  /** One stratum: its name, how many it gives to test and to dev. */
  public record Stratum(String name, int test, int dev) {}

  /** The strata in the order they are drawn. */
  public static final List<Stratum> STRATA = List.of(new Stratum("bbc-news/politics", 4, 10),
      new Stratum("bbc-news/business", 2, 8), new Stratum("bbc-news/entertainment", 2, 6),
      new Stratum("bbc-news/sport", 2, 6), new Stratum("bbc-news/tech", 2, 6), new Stratum("reuters-21578", 8, 24));

  /** One drawn document. */
  public record Drawn(String doc, String stratum, String split) {}

  private PrecisionSample() {}

  /** The draw over the corpora folder, stratum by stratum, test before dev within each. */
  public static List<Drawn> draw(CorpusDocuments corpora) throws IOException {
    Random random = new Random(SEED);
    List<Drawn> out = new ArrayList<>();
    for (Stratum s : STRATA) {
      List<String> candidates = new ArrayList<>(candidates(corpora, s.name()));
      Collections.shuffle(candidates, random);
      for (int i = 0; i < s.test() + s.dev(); i++) {
        out.add(new Drawn(candidates.get(i), s.name(), i < s.test() ? "test" : "dev"));
      }
    }
    return out;
  }

  /** The documents of a stratum in their fixed order (BBC files by name; Reuters records with a body, in order). */
  public static List<String> documents(CorpusDocuments corpora, String stratum) throws IOException {
    return candidates(corpora, stratum);
  }

  private static List<String> candidates(CorpusDocuments corpora, String stratum) throws IOException {
    Path dir = corpora.corpora().resolve(stratum);
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      if (stratum.startsWith("bbc-news/")) {
        return names.stream().filter(n -> n.matches("\\d+\\.txt")).map(n -> stratum + "/" + n).toList();
      }
      List<String> out = new ArrayList<>();
      for (String n : names) {
        if (n.matches("reut2-\\d+\\.sgm")) {
          out.addAll(corpora.reutersNames(stratum + "/" + n));
        }
      }
      return out;
    }
  }
}
