package org.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * A run of tokens CoreNLP gave the same NER tag, cleaned up: possessive endings and stray punctuation ("”
 * Ministry of External Affairs") trimmed, a title dropped from a person's name ("Sultan Haitham"), and a name split
 * by a lower-case particle joined again ("Haitham bin Tariq").
 */
record NerSpan(Span span, String tag, String surface, int firstToken, int endToken) {
  private static final Set<String> TITLES = Set.of("president", "prime", "minister", "king", "queen", "prince",
      "princess", "sultan", "sheikh", "emir", "crown", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
      "general", "gen.", "chancellor", "pope", "senator", "sen.", "rep.", "governor", "gov.", "mayor", "judge",
      "ambassador", "secretary", "lord", "lady", "sir", "archbishop", "cardinal", "imam", "ayatollah", "speaker");
  /**
   * Nouns of a kind of business that open a sentence before a company's name ("Bookmaker Ladbrokes said",
   * "Chipmaker Intel"): capitalised there only because they come first, so not part of the name.
   */
  private static final Set<String> KIND_NOUNS = Set.of("bookmaker", "carmaker", "automaker", "chipmaker",
      "drugmaker", "steelmaker", "toymaker", "planemaker", "refiner", "retailer", "insurer", "reinsurer",
      "broadcaster", "brewer", "miner", "lender", "publisher", "conglomerate", "manufacturer", "supplier",
      "operator", "developer", "airline", "carrier", "broker", "distributor", "wholesaler", "grocer", "supermarket");
  private static final Set<String> PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "de", "da", "del", "van",
      "von", "der", "den", "la", "le", "di", "du", "abu");

  static List<NerSpan> of(Sentence s, String text) {
    List<Token> t = s.tokens();
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      String tag = t.get(i).ner();
      if (tag.equals("O") || t.get(i).pos().equals("POS")) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < t.size() && t.get(j).ner().equals(tag) && !t.get(j).pos().equals("POS")) {
        j++;
      }
      runs.add(new int[] {i, j});
      i = j;
    }
    List<int[]> merged = new ArrayList<>();
    for (int[] r : runs) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && t.get(last[0]).ner().equals("PERSON") && t.get(r[0]).ner().equals("PERSON")
          && r[0] == last[1] + 1 && PARTICLES.contains(t.get(last[1]).word())) {
        last[1] = r[1];
      } else {
        merged.add(r);
      }
    }
    List<NerSpan> out = new ArrayList<>();
    for (int[] r : merged) {
      int from = r[0];
      int to = r[1];
      String tag = t.get(from).ner();
      while (from < to && !hasLetterOrDigit(t.get(from).word())) {
        from++;
      }
      while (to > from && !hasLetterOrDigit(t.get(to - 1).word())) {
        to--;
      }
      if (tag.equals("PERSON")) {
        while (to - from > 1 && TITLES.contains(t.get(from).word().toLowerCase(Locale.ROOT))) {
          from++;
        }
      }
      if (tag.equals("ORGANIZATION") && from == 0 && to - from > 1
          && KIND_NOUNS.contains(t.get(from).word().toLowerCase(Locale.ROOT))) {
        from++;
      }
      if (from >= to) {
        continue;
      }
      Span span = new Span(t.get(from).span().begin(), t.get(to - 1).span().end());
      out.add(new NerSpan(span, tag, span.of(text).replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " "), from, to));
    }
    return out;
  }

  private static boolean hasLetterOrDigit(String w) {
    return w.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
