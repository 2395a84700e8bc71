package org.newsgraph.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.newsgraph.core.Work;
import org.newsgraph.ingest.html.BlockCutter.Block;

/**
 * Marks the blocks that read as article prose: long enough, few links, and not a teaser. A teaser is prose whose
 * nearest enclosing element is mostly link text (a headline link with its blurb, as in "Most popular" lists).
 */
final class Teasers {
  static final int TEASER_CHARS = 400;
  static final double TEASER_LINKS = 0.15;

  private Teasers() {}

  static boolean[] proseFlags(List<Block> blocks, ExtractionRules rules) {
    Map<Element, int[]> totals = new IdentityHashMap<>();
    // whether a list is one of linked headlines, once per list: asking it for every item read the whole list for
    // each (a page of 50,000 linked items took 50,000 squared steps)
    Map<Element, Boolean> linkedLists = new IdentityHashMap<>();
    for (Block b : blocks) {
      int depth = 0;
      for (Element e = b.owner(); e != null && depth < 3; e = e.parent(), depth++) {
        int[] t = totals.computeIfAbsent(e, k -> new int[3]);
        t[0] += b.text().length();
        t[1] += b.linkChars();
        t[2]++;
      }
    }
    boolean group = rules.on(ExtractionRules.TEASER_GROUP);
    boolean list = rules.on(ExtractionRules.TEASER_LIST);
    boolean roundup = rules.on(ExtractionRules.ROUNDUP);
    boolean[] prose = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      prose[i] = b.prose();
      Element parent = b.owner().parent();
      if (prose[i] && parent != null && b.text().length() < TEASER_CHARS && !quoted(b.owner())) {
        int[] t = smallestGroup(parent, totals);
        if (group && t != null && t[2] <= 4 && t[1] > TEASER_LINKS * t[0]) {
          prose[i] = false;
        } else if (list && b.linkChars() > 0 && b.inListItem() && b.owner().parent() != null
            && linkedLists.computeIfAbsent(b.owner().parent(), l -> linkedList(l, totals, roundup))) {
          prose[i] = false;
        }
      }
    }
    return prose;
  }

  /** Whether {@code e} is in a blockquote: quoted posts (embedded tweets) link a lot but are not teasers. */
  private static boolean quoted(Element e) {
    for (int up = 0; e != null && up < 3; e = e.parent(), up++) {
      if ("blockquote".equals(e.tagName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The totals of the nearest of {@code e} and its parent that holds two blocks or more: a teaser's blurb often
   * sits alone in a wrapper whose parent also holds the headline link.
   */
  private static int[] smallestGroup(Element e, Map<Element, int[]> totals) {
    for (int up = 0; e != null && up < 2; e = e.parent(), up++) {
      int[] t = totals.get(e);
      if (t != null && t[2] >= 2) {
        return t;
      }
    }
    return null;
  }

  /**
   * Whether {@code list} (a list item's parent) is a list of linked headlines with blurbs: three or more items,
   * nearly all holding a link, links a good share of the text, and no paragraphs beside the list (a roundup inside
   * the article's text has them).
   */
  private static boolean linkedList(Element list, Map<Element, int[]> totals, boolean roundup) {
    int items = 0;
    int linked = 0;
    for (Element c : list.children()) {
      Work.step();
      int[] t = totals.get(c);
      if (t == null) {
        continue;
      }
      items++;
      if (t[1] > 0) {
        linked++;
      }
    }
    int[] all = totals.get(list);
    Element around = list.parent();
    if (roundup && around != null) {
      for (Element sibling : around.children()) {
        Work.step();
        if (sibling != list && "p".equals(sibling.tagName()) && sibling.text().length() >= BlockCutter.PROSE_CHARS) {
          return false; // a list among the article's paragraphs is part of it (a roundup)
        }
      }
    }
    return items >= 3 && linked >= 0.8 * items && all != null && all[1] > TEASER_LINKS * all[0];
  }
}
