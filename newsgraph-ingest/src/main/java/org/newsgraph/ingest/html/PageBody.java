package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Trims what the layout gave with the page's own statement of its text, the JSON-LD {@code articleBody}: when both
 * its first and its last words are found in our paragraphs, the paragraphs before the first and after the last are
 * not the article (kickers, bylines, "related" lines, sign-offs); and a long paragraph inside that shares no four
 * words in a row with it is an insert (a promotion, a teaser). A body the page states only in part (a summary, the
 * first lines) does not match at both ends and trims nothing.
 */
final class PageBody {
  private static final int INSERT_WORDS = 8;
  /** A stated body under this share of ours is a summary or an excerpt. */
  private static final double SHORT = 0.6;

  private PageBody() {}

  static List<String> trim(List<String> paragraphs, String articleBody, ExtractionRules rules) {
    boolean edges = rules.on(ExtractionRules.JSON_LD_EDGES);
    boolean inserts = rules.on(ExtractionRules.JSON_LD_INSERTS);
    if (!edges && !inserts || paragraphs.isEmpty()) {
      return paragraphs;
    }
    String stated = articleBody.strip();
    int ours = paragraphs.stream().mapToInt(String::length).sum();
    if (stated.endsWith("…") || stated.endsWith("...") || stated.endsWith("&hellip;")
        || stated.length() < SHORT * ours) {
      return paragraphs; // cut short ("…"), or a summary: it cannot say where the text ends
    }
    String[] w = BodySelector.norm(stated).split(" ");
    if (w.length < 8) {
      return paragraphs;
    }
    String head = String.join(" ", w[0], w[1], w[2], w[3]);
    String tail = String.join(" ", w[w.length - 4], w[w.length - 3], w[w.length - 2], w[w.length - 1]);
    int first = -1;
    int last = -1;
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = " " + BodySelector.norm(paragraphs.get(i)) + " ";
      if (first < 0 && p.contains(" " + head + " ")) {
        first = i;
      }
      if (p.contains(" " + tail + " ")) {
        last = i;
      }
    }
    if (first < 0 || last < first) {
      return paragraphs; // the page states only part of its text, or something else
    }
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 4 <= w.length; i++) {
      grams.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2] + ' ' + w[i + 3]);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (edges && (i < first || i > last)) {
        continue;
      }
      if (inserts && !shares(paragraphs.get(i), grams)) {
        continue;
      }
      out.add(paragraphs.get(i));
    }
    return out;
  }

  /** Whether a paragraph of {@link #INSERT_WORDS} words or more has a word 4-gram of the stated body; short ones do. */
  private static boolean shares(String paragraph, Set<String> grams) {
    String[] w = BodySelector.norm(paragraph).split(" ");
    if (w.length < INSERT_WORDS) {
      return true;
    }
    for (int i = 0; i + 4 <= w.length; i++) {
      if (grams.contains(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2] + ' ' + w[i + 3])) {
        return true;
      }
    }
    return false;
  }
}
