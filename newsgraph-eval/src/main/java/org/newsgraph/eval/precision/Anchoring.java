package org.newsgraph.eval.precision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes sure the gold's offsets point at the right words of the text the reader makes today. When the text is the one
 * the gold was written on (same SHA-256) every span's words are checked against it. When the reader has changed the
 * text, each span is found again by its words: spans whose words occur once give the shift, and every span goes to
 * the occurrence nearest its old place moved by that shift. A span whose words are gone makes the article unusable,
 * and the message says which.
 */
final class Anchoring {
  private Anchoring() {}

  /**
   * The article with offsets valid in {@code text}, and how many spans had to move.
   *
   * @param moved  spans whose offsets changed (0 when the text is the gold's)
   * @param reread true when the text differs from the one the gold was written on
   */
  record Result(GoldArticle article, int moved, boolean reread) {}

  /** Checks or re-anchors {@code gold} in {@code text}; throws naming the spans that cannot be found. */
  static Result anchor(GoldArticle gold, String text) {
    boolean same = CorpusDocuments.sha256(text).equals(gold.textSha256());
    if (same) {
      Set<String> wrong = new LinkedHashSet<>();
      gold.withSpans(s -> {
        if (s.end() > text.length() || !text.substring(s.begin(), s.end()).equals(s.words())) {
          wrong.add("[" + s.begin() + "," + s.end() + ") \"" + s.words() + "\"");
        }
        return s;
      });
      if (!wrong.isEmpty()) {
        throw new IllegalArgumentException(gold.doc() + ": the gold's words do not match the text at "
            + String.join(", ", wrong));
      }
      return new Result(gold, 0, false);
    }
    List<Integer> shifts = new ArrayList<>();
    gold.withSpans(s -> {
      List<Integer> at = occurrences(text, s.words());
      if (at.size() == 1) {
        shifts.add(at.get(0) - s.begin());
      }
      return s;
    });
    int shift = shifts.isEmpty() ? 0 : shifts.stream().sorted().toList().get(shifts.size() / 2);
    Set<String> lost = new LinkedHashSet<>();
    int[] moved = new int[1];
    GoldArticle out = gold.withSpans(s -> {
      Matcher m = pattern(s.words()).matcher(text);
      int best = -1;
      int bestEnd = -1;
      int want = s.begin() + shift;
      while (m.find()) {
        if (best < 0 || Math.abs(m.start() - want) < Math.abs(best - want)) {
          best = m.start();
          bestEnd = m.end();
        }
      }
      if (best < 0) {
        lost.add("\"" + s.words() + "\"");
        return s;
      }
      if (best != s.begin() || bestEnd != s.end()) {
        moved[0]++;
      }
      return new GoldSpan(best, bestEnd, text.substring(best, bestEnd));
    });
    if (!lost.isEmpty()) {
      throw new IllegalArgumentException(gold.doc() + ": the reader's text has changed since the gold was written "
          + "(SHA-256 differs) and these words are no longer in it: " + String.join(", ", lost));
    }
    return new Result(out, moved[0], true);
  }

  private static List<Integer> occurrences(String text, String words) {
    List<Integer> out = new ArrayList<>();
    Matcher m = pattern(words).matcher(text);
    while (m.find()) {
      out.add(m.start());
    }
    return out;
  }

  /** The words with any run of white space matching any other (a reader may re-wrap lines). */
  private static Pattern pattern(String words) {
    StringBuilder sb = new StringBuilder();
    for (String part : words.strip().split("\\s+")) {
      if (sb.length() > 0) {
        sb.append("\\s+");
      }
      sb.append(Pattern.quote(part));
    }
    return Pattern.compile(sb.toString());
  }
}
