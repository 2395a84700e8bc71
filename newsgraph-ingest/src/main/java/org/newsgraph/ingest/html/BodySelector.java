package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.newsgraph.ingest.Dates;
import org.newsgraph.ingest.html.BlockCutter.Block;

/**
 * Picks the body from the blocks of the chosen container: its prose, plus the short non-link lines between (subheads,
 * one-line paragraphs), without the header above the text, furniture lines, stamps, bylines, repeats and sign-offs;
 * then checks the result against the page's own {@code articleBody}.
 */
final class BodySelector {
  private static final int EDGE_CHARS = 30;
  /** A block this long made of text already taken is a second copy of the article, not a repeated lead. */
  private static final int REPEAT_CHARS = 800;
  private static final double LD_RATIO = 1.5;

  private final ExtractionRules rules;
  private final LineRules lines;

  BodySelector(ExtractionRules rules) {
    this.rules = rules;
    this.lines = new LineRules(rules);
  }

  List<String> select(Element container, List<Block> blocks, boolean[] proseFlags, PageMetadata meta,
      String pageTitle) {
    List<String> out = new ArrayList<>();
    for (int i : selectIndices(container, blocks, proseFlags, meta, pageTitle)) {
      out.add(blocks.get(i).text());
    }
    return out;
  }

  /** The indices (into {@code blocks}) of the blocks {@link #select} takes, in order. */
  List<Integer> selectIndices(Element container, List<Block> blocks, boolean[] proseFlags, PageMetadata meta,
      String pageTitle) {
    List<Block> inside = new ArrayList<>();
    List<Boolean> insideProse = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.owner() == container || HtmlExtractor.isAncestor(container, b.owner())) {
        inside.add(b);
        insideProse.add(proseFlags[i]);
        index.add(i);
      }
    }
    boolean skipHeadline = rules.on(ExtractionRules.HEADLINE);
    String headline = meta.headline() == null || !skipHeadline ? null : norm(meta.headline());
    String title = pageTitle == null || pageTitle.isBlank() || !skipHeadline ? null : norm(pageTitle);
    String description = meta.description() == null || !rules.on(ExtractionRules.STANDFIRST) ? null
        : norm(meta.description());
    Set<String> seen = new HashSet<>();
    Set<String> shingles = new HashSet<>();
    List<Integer> out = new ArrayList<>();
    int firstProse = -1;
    int lastProse = -1;
    int firstBody = -1;
    boolean[] heading = new boolean[inside.size()];
    for (int i = 0; i < inside.size(); i++) {
      heading[i] = rules.on(ExtractionRules.HEADER) && inArticleHeader(inside.get(i).owner(), container);
      if (insideProse.get(i)) {
        if (firstProse < 0) {
          firstProse = i;
        }
        if (firstBody < 0 && !heading[i]) {
          firstBody = i;
        }
        lastProse = i;
      }
    }
    for (int i = 0; i < inside.size(); i++) {
      Block b = inside.get(i);
      boolean prose = insideProse.get(i);
      String t = b.text();
      if (heading[i] && i < firstBody) {
        continue; // the article's header above the text: standfirst, kicker, byline box
      }
      if (rules.on(ExtractionRules.LINK_HEAVY) && b.linkChars() * 2 > t.length()
          && !linkedSentence(b, i > firstProse && i < lastProse)) {
        continue;
      }
      if (rules.on(ExtractionRules.TEASER_SKIP) && b.prose() && !prose) {
        continue; // a teaser
      }
      if (lines.isFurniture(t)) {
        continue;
      }
      if (headline != null && norm(t).equals(headline) || title != null && norm(t).equals(title)) {
        continue; // the headline, or the page's title (headline and site name) printed in the page
      }
      if (lines.isStampBylineOrCredit(t)) {
        continue; // "Published Nov 18, 2019 at 4:07 PM | Updated 5:36 PM", "By Jane Doe"
      }
      if (description != null && i <= firstProse && norm(t).equals(description)
          && !"p".equals(b.owner().tagName())) {
        continue; // the standfirst above the text, repeated from the page's description
      }
      if (rules.on(ExtractionRules.VERBATIM) && t.length() >= 60 && !seen.add(t)) {
        continue; // a block repeated verbatim (a pull quote, a teaser of this very article)
      }
      if (rules.on(ExtractionRules.SECOND_COPY) && repeated(t, shingles)) {
        continue; // the text again, in one piece (a copy kept for search engines, a print version)
      }
      boolean outsideProse = i < firstProse || i > lastProse;
      if (rules.on(ExtractionRules.EDGE_SHORT) && outsideProse && !prose
          && (b.linkChars() > 0 || t.length() < EDGE_CHARS)) {
        continue; // short lines around the text: kickers, bylines, dates, tags, sign-offs
      }
      if (outsideProse && !prose && (lines.isEdgeByline(t) || edgeDate(t))) {
        continue;
      }
      if (rules.on(ExtractionRules.TRAILING_HEADING) && b.inHeading() && i > lastProse) {
        continue; // a heading after the last paragraph leads into related content
      }
      out.add(index.get(i));
      remember(t, shingles);
    }
    while (out.size() > 1 && lines.isSignOff(blocks.get(out.get(out.size() - 1)).text())) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private boolean edgeDate(String t) {
    return rules.on(ExtractionRules.EDGE_DATE) && t.length() < 120
        && Dates.parse(t.replaceFirst("(?i)^(updated|published|posted|last updated)\\s*:?\\s*", "")).isPresent();
  }

  /**
   * Whether {@code e} sits in the article's header (a {@code <header>}) or in a standfirst ("dek", "subtitle",
   * "excerpt") below {@code container}.
   */
  private boolean inArticleHeader(Element e, Element container) {
    for (Element a = e; a != null && a != container; a = a.parent()) {
      if ("header".equals(a.tagName()) || rules.dek.matcher(a.className() + " " + a.id()).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A paragraph of the text whose words are mostly links (a sentence that cites its sources): inside the article,
   * a {@code <p>} long enough and ending like a sentence. Link lists are not written in such paragraphs.
   */
  private boolean linkedSentence(Block b, boolean inside) {
    String t = b.text();
    return rules.on(ExtractionRules.LINKED_SENTENCE) && inside && "p".equals(b.owner().tagName())
        && t.length() >= 80 && t.matches("(?s).*[.!?][\"”’)]?$");
  }

  /** Whether most of a long block's word 4-grams were already taken. */
  private static boolean repeated(String text, Set<String> taken) {
    if (text.length() < REPEAT_CHARS || taken.isEmpty()) {
      return false;
    }
    String[] w = norm(text).split(" ");
    int seen = 0;
    int all = 0;
    for (int i = 0; i + 4 <= w.length; i++) {
      all++;
      if (taken.contains(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2] + ' ' + w[i + 3])) {
        seen++;
      }
    }
    return all > 0 && seen >= 0.8 * all;
  }

  private static void remember(String text, Set<String> taken) {
    String[] w = norm(text).split(" ");
    for (int i = 0; i + 4 <= w.length; i++) {
      taken.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2] + ' ' + w[i + 3]);
    }
  }

  /**
   * The page's JSON-LD {@code articleBody}, when it is much longer than what the layout gave, is the better body
   * (pages that load the text by script, or split it over widgets); an empty result falls back to it, then to
   * the prose of the whole page, then to the description, so no page with text gives nothing.
   */
  List<String> crossCheck(List<String> paragraphs, PageMetadata meta, List<Block> blocks) {
    String ld = meta.articleBody();
    if (ld != null && ld.length() > 200) {
      paragraphs = PageBody.trim(paragraphs, ld, rules);
    }
    int ours = paragraphs.stream().mapToInt(String::length).sum();
    if (rules.on(ExtractionRules.JSON_LD) && ld != null && ld.length() > LD_RATIO * ours && ld.length() > 200) {
      List<String> out = new ArrayList<>();
      for (String p : ld.split("\\s*\\n\\s*")) {
        if (!p.isBlank()) {
          out.add(p.strip().replaceAll("\\s+", " "));
        }
      }
      return out;
    }
    if (!paragraphs.isEmpty()) {
      return paragraphs;
    }
    List<String> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b.prose()) {
        out.add(b.text());
      }
    }
    if (out.isEmpty() && meta.description() != null) {
      out.add(meta.description());
    }
    if (out.isEmpty()) {
      for (Block b : blocks) {
        out.add(b.text());
      }
    }
    return out;
  }

  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
