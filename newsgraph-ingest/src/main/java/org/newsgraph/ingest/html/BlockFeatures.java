package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.newsgraph.core.Work;
import org.newsgraph.ingest.html.BlockCutter.Block;

/**
 * The general features of a page's text blocks that the block model weighs: the block's own text (length, link,
 * punctuation, stop-word, digit and capital shares), its element (tag, depth below the container), its place (in
 * the page, relative to the blocks the rules took, to the paragraph group most of them share, to the JSON-LD
 * {@code articleBody}, to the block that states the page's description), the rules' verdicts (prose, taken,
 * furniture or stamp line, headline), its neighbours' (and the share of prose among the three blocks each side) and
 * its length against the median block the rules took.
 * No word of any site's class names.
 */
final class BlockFeatures {
  /** The feature names, in the order of the vectors {@link #of} gives. */
  static final List<String> NAMES = List.of("log_chars", "log_words", "link_density", "punctuation", "sentence_end",
      "stop_words", "digits", "capitals", "in_heading", "in_list_item", "tag_p", "tag_div", "tag_list",
      "tag_table", "tag_quote", "tag_heading", "position", "char_position", "in_container", "prose_flag",
      "prose_shape", "rule_taken", "before_taken", "after_taken", "log_distance_taken", "depth_below_container",
      "has_json_ld", "json_ld_overlap", "headline", "furniture", "stamp_byline", "share_of_longest",
      "in_taken_group", "sibling_of_taken", "taken_window", "prev_taken", "next_taken", "prev_link_density",
      "next_link_density", "prev_log_chars", "next_log_chars", "prev_prose", "next_prose",
      "taken_x_log_chars", "taken_x_link_density", "owner_share_taken", "run_share", "first_taken", "last_taken",
      "first_x_log_chars", "last_x_log_chars", "taken_x_sentence_end", "taken_x_run_share", "any_furniture",
      "any_sign_off", "last_x_any_sign_off", "after_description", "window_prose",
      "chars_vs_taken_median");

  private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on",
      "at", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it",
      "its", "that", "this", "which", "who", "he", "she", "they", "we", "his", "her", "their", "not", "will",
      "would", "said", "than", "there", "about", "after", "into", "more", "also", "i", "you", "if", "when",
      "der", "die", "das", "und", "le", "la", "les", "de", "et", "el", "y", "en", "que", "los");
  private static final int WINDOW = 3;
  /** Every rule's line lists, the retired ones too: a verdict seen on one site is still a hint to weigh. */
  private static final LineRules EVERY_LINE_RULE = new LineRules(ExtractionRules.ALL);
  /** Taken blocks with at most this many others between them form one run of text. */
  private static final int RUN_GAP = 2;

  private BlockFeatures() {}

  /** One vector per block of {@code a}, given the indices of the blocks the rules took. */
  static double[][] of(HtmlExtractor.Analysis a, List<Integer> taken, LineRules lines) {
    List<Block> blocks = a.blocks();
    int n = blocks.size();
    boolean[] isTaken = new boolean[n];
    taken.forEach(i -> isTaken[i] = true);
    int firstTaken = taken.isEmpty() ? -1 : taken.get(0);
    int lastTaken = taken.isEmpty() ? -1 : taken.get(taken.size() - 1);
    int[] distance = distances(isTaken);
    double[] runShare = runShares(blocks, taken);
    Element group = takenGroup(blocks, taken);
    Map<Element, int[]> ownerCounts = new IdentityHashMap<>();
    for (int i = 0; i < n; i++) {
      int[] c = ownerCounts.computeIfAbsent(blocks.get(i).owner().parent(), k -> new int[2]);
      c[0]++;
      c[1] += isTaken[i] ? 1 : 0;
    }
    Map<Element, Integer> depths = new IdentityHashMap<>();
    Map<Element, Boolean> underContainer = new IdentityHashMap<>();
    Map<Element, Boolean> underGroup = new IdentityHashMap<>();
    int containerDepth = depth(a.container(), depths);
    String ld = a.meta().articleBody();
    Set<String> ldGrams = ld == null || ld.length() < 200 ? null : grams(BodySelector.norm(ld));
    String headline = a.meta().headline() == null ? null : BodySelector.norm(a.meta().headline());
    String title = a.title() == null || a.title().isBlank() ? null : BodySelector.norm(a.title());
    String description = a.meta().description();
    Set<String> descGrams = description == null ? Set.of() : grams(BodySelector.norm(description));
    double takenMedian = medianChars(blocks, taken);
    long total = 0;
    int longest = 1;
    for (Block b : blocks) {
      total += b.text().length();
      longest = Math.max(longest, b.text().length());
    }
    double[][] own = new double[n][];
    long before = 0;
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      Work.step(b.text().length());
      double[] f = new double[NAMES.size()];
      String t = b.text();
      int chars = t.length();
      String normed = BodySelector.norm(t);
      String[] words = normed.isEmpty() ? new String[0] : normed.split(" ");
      f[0] = Math.log1p(chars);
      f[1] = Math.log1p(words.length);
      f[2] = (double) b.linkChars() / Math.max(1, chars);
      f[3] = punctuation(t) / Math.max(1.0, chars) * 10;
      f[4] = t.matches("(?s).*[.!?][\"”’')]?$") ? 1 : 0;
      int stop = 0;
      for (String w : words) {
        stop += STOP.contains(w) ? 1 : 0;
      }
      f[5] = words.length == 0 ? 0 : (double) stop / words.length;
      f[6] = digits(t);
      f[7] = capitals(t, words.length);
      f[8] = b.inHeading() ? 1 : 0;
      f[9] = b.inListItem() ? 1 : 0;
      String tag = b.owner().tagName();
      f[10] = "p".equals(tag) ? 1 : 0;
      f[11] = Set.of("div", "section", "article", "main", "body").contains(tag) ? 1 : 0;
      f[12] = Set.of("li", "ul", "ol", "dl", "dd", "dt").contains(tag) ? 1 : 0;
      f[13] = Set.of("td", "th", "tr", "table", "tbody", "thead").contains(tag) ? 1 : 0;
      f[14] = "blockquote".equals(tag) ? 1 : 0;
      f[15] = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? 1 : 0;
      f[16] = n <= 1 ? 0 : (double) i / (n - 1);
      f[17] = total == 0 ? 0 : (double) before / total;
      before += chars;
      boolean inContainer = under(b.owner(), a.container(), underContainer);
      f[18] = inContainer ? 1 : 0;
      f[19] = a.prose()[i] ? 1 : 0;
      f[20] = b.prose() ? 1 : 0;
      f[21] = isTaken[i] ? 1 : 0;
      f[22] = firstTaken >= 0 && i < firstTaken ? 1 : 0;
      f[23] = lastTaken >= 0 && i > lastTaken ? 1 : 0;
      f[24] = Math.log1p(distance[i]);
      f[25] = inContainer ? Math.min(10, depth(b.owner(), depths) - containerDepth) : -1;
      f[26] = ldGrams == null ? 0 : 1;
      f[27] = ldGrams == null ? 0 : overlap(words, ldGrams);
      f[28] = headline != null && normed.equals(headline) || title != null && normed.equals(title) ? 1 : 0;
      f[29] = lines.isFurniture(t) ? 1 : 0;
      f[30] = lines.isStampBylineOrCredit(t) || lines.isEdgeByline(t) ? 1 : 0;
      f[31] = (double) chars / longest;
      f[32] = group != null && under(b.owner(), group, underGroup) ? 1 : 0;
      f[33] = group != null && b.owner().parent() == group ? 1 : 0;
      int[] oc = ownerCounts.get(b.owner().parent());
      f[45] = oc == null ? 0 : (double) (oc[1] - (isTaken[i] ? 1 : 0)) / Math.max(1, oc[0] - 1);
      f[46] = runShare[i];
      f[47] = i == firstTaken ? 1 : 0;
      f[48] = i == lastTaken ? 1 : 0;
      own[i] = f;
    }
    for (int i = 0; i < n; i++) {
      double[] f = own[i];
      int near = 0;
      int seen = 0;
      for (int j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
        if (j != i) {
          seen++;
          near += isTaken[j] ? 1 : 0;
        }
      }
      f[34] = seen == 0 ? 0 : (double) near / seen;
      double[] prev = i > 0 ? own[i - 1] : null;
      double[] next = i + 1 < n ? own[i + 1] : null;
      f[35] = prev == null ? 0 : prev[21];
      f[36] = next == null ? 0 : next[21];
      f[37] = prev == null ? 1 : prev[2];
      f[38] = next == null ? 1 : next[2];
      f[39] = prev == null ? 0 : prev[0];
      f[40] = next == null ? 0 : next[0];
      f[41] = prev == null ? 0 : prev[19];
      f[42] = next == null ? 0 : next[19];
      f[43] = f[21] * f[0];
      f[44] = f[21] * f[2];
      f[49] = f[47] * f[0];
      f[50] = f[48] * f[0];
      f[51] = f[21] * f[4];
      f[52] = f[21] * f[46];
      f[53] = EVERY_LINE_RULE.isFurniture(blocks.get(i).text()) ? 1 : 0;
      f[54] = EVERY_LINE_RULE.isSignOff(blocks.get(i).text()) ? 1 : 0;
      f[55] = f[48] * f[54];
    }
    boolean descriptionSeen = false;
    for (int i = 0; i < n; i++) {
      double[] f = own[i];
      Block b = blocks.get(i);
      // Past the block that states the page's own summary (og/meta description): the lede has begun.
      f[56] = descriptionSeen ? 1 : 0;
      descriptionSeen = descriptionSeen
          || !descGrams.isEmpty() && containedShare(BodySelector.norm(b.text()), descGrams) >= 0.5;
      double prose = 0;
      int seen = 0;
      for (int j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
        if (j != i) {
          seen++;
          prose += own[j][19];
        }
      }
      f[57] = seen == 0 ? 0 : prose / seen;
      f[58] = takenMedian <= 0 ? 0 : Math.log((1 + b.text().length()) / (1 + takenMedian));
    }
    return own;
  }

  /** Blocks from each block to the nearest other taken one (the page's length when there is none). */
  private static int[] distances(boolean[] taken) {
    int n = taken.length;
    int[] d = new int[n];
    int last = -1;
    for (int i = 0; i < n; i++) {
      d[i] = last < 0 ? n : i - last;
      last = taken[i] ? i : last;
    }
    last = -1;
    for (int i = n - 1; i >= 0; i--) {
      d[i] = Math.min(d[i], last < 0 ? n : last - i);
      last = taken[i] ? i : last;
    }
    return d;
  }

  /**
   * For each block, the share of the taken text that lies in its run: the taken blocks around it with at most
   * {@link #RUN_GAP} others between neighbours (a block that is not taken gets the run it sits in, or 0). The article
   * is one long run; a stray paragraph taken among links is a run of its own.
   */
  private static double[] runShares(List<Block> blocks, List<Integer> taken) {
    double[] out = new double[blocks.size()];
    long all = 0;
    for (int i : taken) {
      all += blocks.get(i).text().length();
    }
    int start = 0;
    while (start < taken.size()) {
      int end = start;
      long chars = blocks.get(taken.get(start)).text().length();
      while (end + 1 < taken.size() && taken.get(end + 1) - taken.get(end) - 1 <= RUN_GAP) {
        end++;
        chars += blocks.get(taken.get(end)).text().length();
      }
      for (int i = taken.get(start); i <= taken.get(end); i++) {
        out[i] = all == 0 ? 0 : (double) chars / all;
      }
      start = end + 1;
    }
    return out;
  }

  /** The median length of the taken blocks (0 when none is taken). */
  private static double medianChars(List<Block> blocks, List<Integer> taken) {
    if (taken.isEmpty()) {
      return 0;
    }
    int[] c = new int[taken.size()];
    for (int k = 0; k < c.length; k++) {
      c[k] = blocks.get(taken.get(k)).text().length();
    }
    Arrays.sort(c);
    return c[c.length / 2];
  }

  /** The share of {@code grams} (a short text's word 4-grams) that the block states. */
  private static double containedShare(String normed, Set<String> grams) {
    if (normed.isEmpty()) {
      return 0;
    }
    Set<String> own = grams(normed);
    int hit = 0;
    for (String g : grams) {
      hit += own.contains(g) ? 1 : 0;
    }
    return (double) hit / grams.size();
  }

  /** The parent element that holds the most text of the taken blocks directly (their paragraph group). */
  private static Element takenGroup(List<Block> blocks, List<Integer> taken) {
    Map<Element, int[]> chars = new IdentityHashMap<>();
    List<Element> order = new ArrayList<>();
    for (int i : taken) {
      Element p = blocks.get(i).owner().parent();
      if (p != null) {
        int[] c = chars.get(p);
        if (c == null) {
          c = new int[1];
          chars.put(p, c);
          order.add(p);
        }
        c[0] += blocks.get(i).text().length();
      }
    }
    Element best = null;
    int most = 0;
    for (Element e : order) {
      if (chars.get(e)[0] > most) {
        most = chars.get(e)[0];
        best = e;
      }
    }
    return best;
  }

  /** The depth of {@code e} in its tree, remembered for every element on the way up (deep pages stay linear). */
  private static int depth(Element e, Map<Element, Integer> known) {
    List<Element> path = new ArrayList<>();
    Element a = e;
    while (a != null && !known.containsKey(a)) {
      Work.step();
      path.add(a);
      a = a.parent();
    }
    int d = a == null ? -1 : known.get(a);
    for (int i = path.size() - 1; i >= 0; i--) {
      known.put(path.get(i), ++d);
    }
    return known.get(e);
  }

  /** Whether {@code e} is {@code top} or inside it, remembered for every element on the way up. */
  private static boolean under(Element e, Element top, Map<Element, Boolean> known) {
    List<Element> path = new ArrayList<>();
    Element a = e;
    Boolean answer = null;
    while (answer == null) {
      Work.step();
      if (a == null) {
        answer = false;
      } else if (a == top) {
        answer = true;
      } else if (known.containsKey(a)) {
        answer = known.get(a);
      } else {
        path.add(a);
        a = a.parent();
      }
    }
    for (Element p : path) {
      known.put(p, answer);
    }
    return answer;
  }

  private static Set<String> grams(String normed) {
    String[] w = normed.split(" ");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 4 <= w.length; i++) {
      out.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2] + ' ' + w[i + 3]);
    }
    return out;
  }

  /** The share of a block's word 4-grams found in the stated body (short blocks: 0.5, undecided). */
  private static double overlap(String[] w, Set<String> grams) {
    if (w.length < 4) {
      return 0.5;
    }
    int hit = 0;
    int all = 0;
    for (int i = 0; i + 4 <= w.length; i++) {
      all++;
      hit += grams.contains(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2] + ' ' + w[i + 3]) ? 1 : 0;
    }
    return (double) hit / all;
  }

  private static int punctuation(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      n += c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '“'
          || c == '”' || c == '’' ? 1 : 0;
    }
    return n;
  }

  private static double digits(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      n += Character.isDigit(t.charAt(i)) ? 1 : 0;
    }
    return t.isEmpty() ? 0 : (double) n / t.length();
  }

  private static double capitals(String t, int words) {
    if (words == 0) {
      return 0;
    }
    int caps = 0;
    boolean start = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        start = true;
      } else {
        if (start && Character.isUpperCase(c)) {
          caps++;
        }
        start = false;
      }
    }
    return Math.min(1.0, (double) caps / words);
  }
}
