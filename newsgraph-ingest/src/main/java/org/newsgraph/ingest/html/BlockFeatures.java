package org.newsgraph.ingest.html;

import java.util.ArrayList;
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
 * {@code articleBody}), the rules' verdicts (prose, taken, furniture or stamp line, headline) and its neighbours'.
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
      "taken_x_log_chars", "taken_x_link_density", "owner_share_taken");

  private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on",
      "at", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it",
      "its", "that", "this", "which", "who", "he", "she", "they", "we", "his", "her", "their", "not", "will",
      "would", "said", "than", "there", "about", "after", "into", "more", "also", "i", "you", "if", "when",
      "der", "die", "das", "und", "le", "la", "les", "de", "et", "el", "y", "en", "que", "los");
  private static final int WINDOW = 3;

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
    Element group = takenGroup(blocks, taken);
    Map<Element, int[]> ownerCounts = new IdentityHashMap<>();
    for (int i = 0; i < n; i++) {
      int[] c = ownerCounts.computeIfAbsent(blocks.get(i).owner().parent(), k -> new int[2]);
      c[0]++;
      c[1] += isTaken[i] ? 1 : 0;
    }
    int containerDepth = depth(a.container());
    String ld = a.meta().articleBody();
    Set<String> ldGrams = ld == null || ld.length() < 200 ? null : grams(BodySelector.norm(ld));
    String headline = a.meta().headline() == null ? null : BodySelector.norm(a.meta().headline());
    String title = a.title() == null || a.title().isBlank() ? null : BodySelector.norm(a.title());
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
      boolean inContainer = b.owner() == a.container() || HtmlExtractor.isAncestor(a.container(), b.owner());
      f[18] = inContainer ? 1 : 0;
      f[19] = a.prose()[i] ? 1 : 0;
      f[20] = b.prose() ? 1 : 0;
      f[21] = isTaken[i] ? 1 : 0;
      f[22] = firstTaken >= 0 && i < firstTaken ? 1 : 0;
      f[23] = lastTaken >= 0 && i > lastTaken ? 1 : 0;
      f[24] = Math.log1p(distance[i]);
      f[25] = inContainer ? Math.min(10, depth(b.owner()) - containerDepth) : -1;
      f[26] = ldGrams == null ? 0 : 1;
      f[27] = ldGrams == null ? 0 : overlap(words, ldGrams);
      f[28] = headline != null && normed.equals(headline) || title != null && normed.equals(title) ? 1 : 0;
      f[29] = lines.isFurniture(t) ? 1 : 0;
      f[30] = lines.isStampBylineOrCredit(t) || lines.isEdgeByline(t) ? 1 : 0;
      f[31] = (double) chars / longest;
      f[32] = group != null && (b.owner() == group || HtmlExtractor.isAncestor(group, b.owner())) ? 1 : 0;
      f[33] = group != null && b.owner().parent() == group ? 1 : 0;
      int[] oc = ownerCounts.get(b.owner().parent());
      f[45] = oc == null ? 0 : (double) (oc[1] - (isTaken[i] ? 1 : 0)) / Math.max(1, oc[0] - 1);
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
    }
    return own;
  }

  /** Blocks from each block to the nearest taken one (the page's length when none is). */
  private static int[] distances(boolean[] taken) {
    int n = taken.length;
    int[] d = new int[n];
    int last = -1;
    for (int i = 0; i < n; i++) {
      last = taken[i] ? i : last;
      d[i] = last < 0 ? n : i - last;
    }
    last = -1;
    for (int i = n - 1; i >= 0; i--) {
      last = taken[i] ? i : last;
      d[i] = Math.min(d[i], last < 0 ? n : last - i);
    }
    return d;
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

  private static int depth(Element e) {
    int d = 0;
    for (Element a = e.parent(); a != null; a = a.parent()) {
      d++;
    }
    return d;
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
