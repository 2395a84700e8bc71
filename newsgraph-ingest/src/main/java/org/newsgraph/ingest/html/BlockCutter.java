package org.newsgraph.ingest.html;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newsgraph.core.Work;

/**
 * Cuts a page into text blocks at block-element boundaries, in document order, noting for each the element that
 * holds it, how much of it is link text, and whether it sits in a heading or a list item.
 */
final class BlockCutter {
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
      "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
      "tbody", "thead", "form", "fieldset", "figure", "figcaption", "hr", "br", "center", "address", "details",
      "summary", "caption", "body", "picture");
  /** Prose is at least this long (twice as long in list items) and under half links. */
  static final int PROSE_CHARS = 30;

  private BlockCutter() {}

  /** A run of text between block boundaries, with the element that holds it and how much of it is link text. */
  record Block(Element owner, String text, int linkChars, boolean inHeading, boolean inListItem) {
    boolean prose() {
      return text.length() >= (inListItem ? 2 * PROSE_CHARS : PROSE_CHARS) && linkChars * 2 < text.length();
    }
  }

  /** Cuts the tree into blocks in document order. */
  static void cut(Element root, List<Block> out) {
    Walker c = new Walker(out);
    c.walk(root, root);
    c.flush();
  }

  private static final class Walker {
    private final List<Block> out;
    private final StringBuilder text = new StringBuilder();
    private int links;
    private Element owner;
    private int headingDepth;
    private int listDepth;
    /** Inside a link: its text counts as link text, even in block elements within it (a card's title div). */
    private int linkDepth;
    private boolean ownerInHeading;
    private boolean ownerInList;

    Walker(List<Block> out) {
      this.out = out;
    }

    void walk(Element e, Element blockOwner) {
      Work.step();
      String tag = e.tagName();
      boolean block = BLOCKS.contains(tag);
      if (block) {
        flush();
      }
      boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
      boolean li = "li".equals(tag);
      boolean link = "a".equals(tag);
      headingDepth += heading ? 1 : 0;
      listDepth += li ? 1 : 0;
      linkDepth += link ? 1 : 0;
      Element own = block ? e : blockOwner;
      for (Node n : e.childNodes()) {
        if (n instanceof TextNode t) {
          String s = t.text();
          Work.step(s.length());
          if (!s.isBlank()) {
            if (owner == null) {
              owner = own;
              ownerInHeading = headingDepth > 0;
              ownerInList = listDepth > 0;
            }
            append(s, linkDepth > 0);
          } else if (text.length() > 0) {
            text.append(' ');
          }
        } else if (n instanceof Element c) {
          walk(c, own);
        }
      }
      if (block) {
        flush();
      }
      headingDepth -= heading ? 1 : 0;
      listDepth -= li ? 1 : 0;
      linkDepth -= link ? 1 : 0;
    }

    private void append(String s, boolean link) {
      int before = text.length();
      text.append(s);
      if (link) {
        links += text.length() - before;
      }
    }

    void flush() {
      String t = text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
      if (!t.isEmpty() && owner != null) {
        out.add(new Block(owner, t, Math.min(links, t.length()), ownerInHeading, ownerInList));
      }
      text.setLength(0);
      links = 0;
      owner = null;
    }
  }
}
