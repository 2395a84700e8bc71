package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.core.Work;
import org.newsgraph.ingest.html.BlockCutter.Block;

/**
 * Finds the article in an HTML page.
 *
 * <p>How: after dropping what is never article text (scripts, forms' controls, navigation, asides, hidden parts and
 * elements whose class or id names boilerplate such as comments, share bars or newsletters), the page is cut into
 * text blocks at block-element boundaries. A block that reads like prose (long enough, few links) counts for every
 * element that contains it; any other text counts against them. The element with the best balance of prose over
 * the rest is the article container, and its prose-like blocks, plus the short non-link blocks between them
 * (subheadings, one-line paragraphs), are the body. This is our own scoring; jsoup only parses.
 */
public final class HtmlExtractor {
  /** Elements that never hold article text. */
  private static final String DROP = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
      + "button, input, select, textarea, nav, aside, footer, menu, dialog, video, audio, map, link, meta";
  /** Microdata properties that repeat the metadata in the page body (often hidden by a style sheet). */
  private static final String MICRODATA = "[itemprop~=^(author|keywords|datePublished|dateCreated|dateModified|"
      + "image|publisher|mainEntityOfPage|headline|url|logo|thumbnailUrl|name|alternativeHeadline)$]";
  /** Class or id words of boilerplate containers. */
  private static final Pattern BOILER = Pattern.compile("(?i)(^|[-_ ])(comment|comments|disqus|share|sharing|"
      + "social|sociallinks|related|recommend|recommended|newsletter|subscribe|subscription|signup|promo|"
      + "sponsor|sponsored|advert|advertisement|ads?|adslot|dfp|banner|cookie|consent|gdpr|popup|modal|"
      + "breadcrumbs?|pagination|pager|sidebar|widget|footer|masthead|navbar|nav|menu|toolbar|tags|tag-list|"
      + "more-stories|read-more|readmore|most-popular|mostpopular|trending|outbrain|taboola|byline|"
      + "author-bio|bio|timestamp|dateline-box|print-only|visually-hidden|sr-only|skip|hidden|rail|"
      + "inline-related|related-links|jump-link|paywall|inline-newsletter|caption|credit)([-_ ]|\\d|$)");
  /** The same words at the end of camel-case names ("InlineImage-imageEmbedCaption", "articleShareBar"). */
  private static final Pattern BOILER_CAMEL = Pattern.compile("[a-z](Caption|Credit|Byline|Timestamp|Newsletter|"
      + "Share|ShareBar|Social|Comments?|Promo|Related|Sidebar|Ad|Ads|AdSlot)([A-Z_-]|\\d|$)");
  /** Class or id words of article containers, which protect an element from the boilerplate rule. */
  private static final Pattern CONTENT = Pattern.compile("(?i)(article|story|post|entry|content|body|text|"
      + "main|prose|rich-text)");
  /** Class or id words of a standfirst (the summary under the headline), camel case included. */
  private static final Pattern DEK = Pattern.compile("(?i)(^|[-_ ]|(?-i:[a-z](?=[A-Z])))(dek|standfirst|"
      + "excerpt|subtitle|sub-title|subhead|subheadline|strapline|heading-des|article-des|lede-text)"
      + "([-_ ]|\\d|$|(?-i:[A-Z]))");
  // Tuned on the dev half of the extraction benchmark (F1 0.975): prose is 30+ characters, under half links.
  private static final int TEASER_CHARS = 400;
  private static final double LD_RATIO = 1.5;
  private static final double TEASER_LINKS = 0.15;
  private static final int EDGE_CHARS = 30;
  private static final double BOILER_WEIGHT = 0.8;
  /** A block this long made of text already taken is a second copy of the article, not a repeated lead. */
  private static final int REPEAT_CHARS = 800;

  private HtmlExtractor() {}

  /** Extracts the article of {@code html}; {@code url} (may be null) resolves relative links. */
  public static HtmlArticle extract(String html, String url) {
    Document doc = Jsoup.parse(LeanHtml.of(html), url == null ? "" : url);
    return extract(doc);
  }

  /** Extracts the article of a parsed page (the document is modified). */
  public static HtmlArticle extract(Document doc) {
    Analysis a = analyse(doc);
    if (a == null) {
      return new HtmlArticle(List.of(), List.of(), MetadataReader.read(doc));
    }
    List<String> paragraphs = select(a.container(), a.blocks(), a.prose(), a.meta(), a.title());
    paragraphs = crossCheck(paragraphs, a.meta(), a.blocks());
    return new HtmlArticle(paragraphs, a.captions(), a.meta());
  }

  /** The page cut into blocks, which of them read as prose, and the element chosen as the article container. */
  record Analysis(PageMetadata meta, String title, List<String> captions, List<Block> blocks, boolean[] prose,
      Element container) {}

  /** Cleans the page and scores its blocks; null when the page has no body. */
  static Analysis analyse(Document doc) {
    PageMetadata meta = MetadataReader.read(doc);
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    List<String> captions = new ArrayList<>();
    for (Element c : body.select("figcaption, .caption, .wp-caption-text")) {
      String t = c.text().strip();
      if (!t.isEmpty() && !captions.contains(t)) {
        captions.add(t);
      }
    }
    body.select(DROP).remove();
    for (Element e : body.select(MICRODATA)) {
      if (e.text().length() < 300 && e.getElementsByTag("p").isEmpty() && e.select("a[href]").isEmpty()) {
        e.remove();
      }
    }
    body.select("figcaption").remove();
    removeHidden(body);
    removeBoilerplate(body);
    List<Block> blocks = new ArrayList<>();
    BlockCutter.cut(body, blocks);
    boolean[] prose = proseFlags(blocks);
    return new Analysis(meta, doc.title(), captions, blocks, prose, bestContainer(body, blocks, prose));
  }

  /** Hidden parts go, unless they hold most of the page's text (some sites reveal the article by script). */
  private static void removeHidden(Element root) {
    List<Element> hidden = new ArrayList<>();
    int total = root.text().length();
    for (Element e : root.getAllElements()) {
      Work.step();
      String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
      if (e.hasAttr("hidden") || style.contains("display:none") || style.contains("visibility:hidden")
          || "true".equals(e.attr("aria-hidden")) && e.text().length() < 200) {
        if (e.text().length() < 0.3 * total) {
          hidden.add(e);
        }
      }
    }
    for (Element e : hidden) {
      e.remove();
    }
  }

  /**
   * Drops elements whose class or id names boilerplate, unless they hold half or more of the page's paragraph text:
   * sites put words like "sidebar" or "rail" on the layout wrappers of the article itself.
   */
  private static void removeBoilerplate(Element root) {
    List<Element> drop = new ArrayList<>();
    Map<Element, Integer> prose = new IdentityHashMap<>();
    for (Element p : root.getElementsByTag("p")) {
      int n = p.text().length();
      Work.step(n);
      for (Element a = p; a != null; a = a.parent()) {
        Work.step();
        prose.merge(a, n, Integer::sum);
      }
    }
    double pageProse = prose.getOrDefault(root, 0);
    for (Element e : root.getAllElements()) {
      Work.step();
      if (e == root || "html".equals(e.tagName())) {
        continue;
      }
      String key = (e.className() + " " + e.id()).strip();
      if (key.isEmpty()) {
        continue;
      }
      String role = e.attr("role");
      if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")) {
        drop.add(e);
        continue;
      }
      if ((BOILER.matcher(key).find() || BOILER_CAMEL.matcher(key).find()) && !CONTENT.matcher(key).find()
          && prose.getOrDefault(e, 0) < 0.5 * pageProse && !embeddedPost(e)) {
        drop.add(e);
      }
    }
    for (Element e : drop) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  /**
   * Whether {@code e} wraps a quoted post (an embedded tweet in a "social-embed" box): its text is mostly in a
   * blockquote. Share bars and comment lists are not.
   */
  private static boolean embeddedPost(Element e) {
    if (e.selectFirst("blockquote") == null) {
      return false;
    }
    int all = e.text().length();
    int quoted = 0;
    for (Element q : e.select("blockquote")) {
      Element outer = q.parent() == null ? null : q.parent().closest("blockquote");
      if (outer == null || !isAncestor(e, outer)) {
        quoted += q.text().length(); // outermost quotes only, so nested ones count once
      }
    }
    return all > 0 && quoted >= 0.7 * all;
  }

  /**
   * Marks the blocks that read as article prose: long enough, few links, and not a teaser. A teaser is prose whose
   * nearest enclosing element is mostly link text (a headline link with its blurb, as in "Most popular" lists).
   */
  private static boolean[] proseFlags(List<Block> blocks) {
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
    boolean[] prose = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      prose[i] = b.prose();
      Element parent = b.owner().parent();
      if (prose[i] && parent != null && b.text().length() < TEASER_CHARS && !quoted(b.owner())) {
        int[] t = smallestGroup(parent, totals);
        if (t != null && t[2] <= 4 && t[1] > TEASER_LINKS * t[0]) {
          prose[i] = false;
        } else if (b.linkChars() > 0 && b.inListItem() && b.owner().parent() != null
            && linkedLists.computeIfAbsent(b.owner().parent(), list -> linkedList(list, totals))) {
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
  private static boolean linkedList(Element list, Map<Element, int[]> totals) {
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
    if (around != null) {
      for (Element sibling : around.children()) {
        Work.step();
        if (sibling != list && "p".equals(sibling.tagName()) && sibling.text().length() >= BlockCutter.PROSE_CHARS) {
          return false; // a list among the article's paragraphs is part of it (a roundup)
        }
      }
    }
    return items >= 3 && linked >= 0.8 * items && all != null && all[1] > TEASER_LINKS * all[0];
  }

  /** The element whose blocks are most prose and least everything else. */
  private static Element bestContainer(Element body, List<Block> blocks, boolean[] proseFlags) {
    Map<Element, double[]> sums = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      boolean prose = proseFlags[i];
      double weight = prose ? b.text().length() : 0;
      double boiler = prose ? 0 : b.text().length() * (b.linkChars() * 2 > b.text().length() ? 1.5 : 1.0);
      if (!prose && b.prose()) {
        boiler = b.text().length(); // a teaser
      } else if (b.inHeading() || b.text().length() < 25 && b.linkChars() == 0) {
        boiler *= 0.3; // subheadings and short lines are neutral-ish: articles have them too
      }
      for (Element e = b.owner(); e != null; e = e.parent()) {
        Work.step();
        double[] s = sums.computeIfAbsent(e, k -> new double[2]);
        s[0] += weight;
        s[1] += boiler;
        if (e == body) {
          break;
        }
      }
    }
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, double[]> en : sums.entrySet()) {
      double score = en.getValue()[0] - BOILER_WEIGHT * en.getValue()[1];
      if (score > bestScore) {
        bestScore = score;
        best = en.getKey();
      }
    }
    return best;
  }

  private static List<String> select(Element container, List<Block> blocks, boolean[] proseFlags,
      PageMetadata meta, String pageTitle) {
    List<Block> inside = new ArrayList<>();
    List<Boolean> insideProse = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.owner() == container || isAncestor(container, b.owner())) {
        inside.add(b);
        insideProse.add(proseFlags[i]);
      }
    }
    String headline = meta.headline() == null ? null : norm(meta.headline());
    String title = pageTitle == null || pageTitle.isBlank() ? null : norm(pageTitle);
    String description = meta.description() == null ? null : norm(meta.description());
    Set<String> seen = new HashSet<>();
    Set<String> shingles = new HashSet<>();
    List<String> out = new ArrayList<>();
    int firstProse = -1;
    int lastProse = -1;
    int firstBody = -1;
    boolean[] heading = new boolean[inside.size()];
    for (int i = 0; i < inside.size(); i++) {
      heading[i] = inArticleHeader(inside.get(i).owner(), container);
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
      if (b.linkChars() * 2 > t.length() && !linkedSentence(b, i > firstProse && i < lastProse)) {
        continue;
      }
      if (b.prose() && !prose) {
        continue; // a teaser
      }
      if (LineRules.isFurniture(t)) {
        continue;
      }
      if (headline != null && norm(t).equals(headline) || title != null && norm(t).equals(title)) {
        continue; // the headline, or the page's title (headline and site name) printed in the page
      }
      if (LineRules.isStampBylineOrCredit(t)) {
        continue; // "Published Nov 18, 2019 at 4:07 PM | Updated 5:36 PM", "By Jane Doe"
      }
      if (description != null && i <= firstProse && norm(t).equals(description)
          && !"p".equals(b.owner().tagName())) {
        continue; // the standfirst above the text, repeated from the page's description
      }
      if (t.length() >= 60 && !seen.add(t)) {
        continue; // a block repeated verbatim (a pull quote, a teaser of this very article)
      }
      if (repeated(t, shingles)) {
        continue; // the text again, in one piece (a copy kept for search engines, a print version)
      }
      boolean outsideProse = i < firstProse || i > lastProse;
      if (outsideProse && !prose && (b.linkChars() > 0 || t.length() < EDGE_CHARS)) {
        continue; // short lines around the text: kickers, bylines, dates, tags, sign-offs
      }
      if (outsideProse && !prose) {
        if (LineRules.isEdgeByline(t) || t.length() < 120 && org.newsgraph.ingest.Dates.parse(
            t.replaceFirst("(?i)^(updated|published|posted|last updated)\\s*:?\\s*", "")).isPresent()) {
          continue;
        }
      }
      if (b.inHeading() && i > lastProse) {
        continue; // a heading after the last paragraph leads into related content
      }
      out.add(t);
      remember(t, shingles);
    }
    while (out.size() > 1 && LineRules.isSignOff(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /**
   * Whether {@code e} sits in the article's header (a {@code <header>}) or in a standfirst ("dek", "subtitle",
   * "excerpt") below {@code container}.
   */
  private static boolean inArticleHeader(Element e, Element container) {
    for (Element a = e; a != null && a != container; a = a.parent()) {
      if ("header".equals(a.tagName()) || DEK.matcher(a.className() + " " + a.id()).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A paragraph of the text whose words are mostly links (a sentence that cites its sources): inside the article,
   * a {@code <p>} long enough and ending like a sentence. Link lists are not written in such paragraphs.
   */
  private static boolean linkedSentence(Block b, boolean inside) {
    String t = b.text();
    return inside && "p".equals(b.owner().tagName()) && t.length() >= 80 && t.matches("(?s).*[.!?][\"”’)]?$");
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
  private static List<String> crossCheck(List<String> paragraphs, PageMetadata meta, List<Block> blocks) {
    int ours = paragraphs.stream().mapToInt(String::length).sum();
    String ld = meta.articleBody();
    if (ld != null && ld.length() > LD_RATIO * ours && ld.length() > 200) {
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

  private static boolean isAncestor(Element a, Element e) {
    return e.parents().contains(a); // jsoup's Element.equals is identity
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
