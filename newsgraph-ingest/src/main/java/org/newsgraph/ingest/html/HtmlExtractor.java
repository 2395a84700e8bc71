package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
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
  /** Class or id words of article containers, which protect an element from the boilerplate rule. */
  private static final Pattern CONTENT = Pattern.compile("(?i)(article|story|post|entry|content|body|text|"
      + "main|prose|rich-text)");
  // Tuned on the dev half of the extraction benchmark: a link-heavy block weighs 1.5 times its length against
  // the container, the rest of the non-prose 0.8.
  private static final double BOILER_WEIGHT = 0.8;

  private static final HtmlExtractor RULES = new HtmlExtractor(ExtractionRules.DEFAULT, null);
  /** The standard extractor, loaded on first use (training reads pages with the rules before a model exists). */
  private static final class Standard {
    static final HtmlExtractor DEFAULT = defaultExtractor();
  }

  private final ExtractionRules rules;
  private final BodySelector selector;
  private final LineRules lines;
  /** The block model that picks the body from the rules' verdicts and the blocks' features; null: the rules do. */
  private final BlockModel model;

  private HtmlExtractor(ExtractionRules rules, BlockModel model) {
    this.rules = rules;
    this.selector = new BodySelector(rules);
    this.lines = new LineRules(rules);
    this.model = model;
  }

  /** The rules alone (the evaluation switches some off to measure them). */
  public static HtmlExtractor with(ExtractionRules rules) {
    return rules == ExtractionRules.DEFAULT ? RULES : new HtmlExtractor(rules, null);
  }

  /** The rules' verdicts and the blocks' features weighed by {@code model}. */
  public static HtmlExtractor with(ExtractionRules rules, BlockModel model) {
    return new HtmlExtractor(rules, model);
  }

  /** What ingest uses: the shipped block model over the default rules, or the rules alone without it. */
  public static HtmlExtractor standard() {
    return Standard.DEFAULT;
  }

  /** Whether this extractor weighs blocks with a model (false: the rules alone pick the body). */
  public boolean usesModel() {
    return model != null;
  }

  private static HtmlExtractor defaultExtractor() {
    BlockModel shipped = BlockModel.shipped();
    return shipped == null ? RULES : new HtmlExtractor(ExtractionRules.DEFAULT, shipped);
  }

  /** Extracts the article of {@code html}; {@code url} (may be null) resolves relative links. */
  public static HtmlArticle extract(String html, String url) {
    return Standard.DEFAULT.article(html, url);
  }

  /** Extracts the article of a parsed page (the document is modified). */
  public static HtmlArticle extract(Document doc) {
    return Standard.DEFAULT.article(doc);
  }

  /** Extracts the article of {@code html} with this extractor's rules. */
  public HtmlArticle article(String html, String url) {
    return article(Jsoup.parse(LeanHtml.of(html), url == null ? "" : url));
  }

  /** Extracts the article of a parsed page with this extractor's rules (the document is modified). */
  public HtmlArticle article(Document doc) {
    Analysis a = analyse(doc);
    if (a == null) {
      return new HtmlArticle(List.of(), List.of(), MetadataReader.read(doc));
    }
    if (model != null) {
      PageBlocks p = blocks(a);
      boolean[] keep = model.keep(p);
      p.tidy(keep);
      return compose(p, keep);
    }
    List<String> paragraphs = selector.select(a.container(), a.blocks(), a.prose(), a.meta(), a.title());
    paragraphs = selector.crossCheck(paragraphs, a.meta(), a.blocks());
    return new HtmlArticle(paragraphs, a.captions(), a.meta());
  }

  /** The page's text blocks with their features, for training a block model; null when the page has no body. */
  public PageBlocks blocks(String html) {
    Analysis a = analyse(Jsoup.parse(LeanHtml.of(html), ""));
    return a == null ? null : blocks(a);
  }

  private PageBlocks blocks(Analysis a) {
    List<Integer> taken = selector.selectIndices(a.container(), a.blocks(), a.prose(), a.meta(), a.title());
    return new PageBlocks(a, BlockFeatures.of(a, taken, lines));
  }

  /** The article made of the blocks {@code keep} marks, checked against the page's own metadata as the rules are. */
  public HtmlArticle compose(PageBlocks p, boolean[] keep) {
    Analysis a = p.analysis();
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        paragraphs.add(a.blocks().get(i).text());
      }
    }
    paragraphs = selector.crossCheck(paragraphs, a.meta(), a.blocks());
    return new HtmlArticle(paragraphs, a.captions(), a.meta());
  }

  /** The page cut into blocks, which of them read as prose, and the element chosen as the article container. */
  record Analysis(PageMetadata meta, String title, List<String> captions, List<Block> blocks, boolean[] prose,
      Element container) {}

  /** Cleans the page and scores its blocks; null when the page has no body. */
  Analysis analyse(Document doc) {
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
    for (Element e : rules.on(ExtractionRules.MICRODATA) ? body.select(MICRODATA) : new Elements()) {
      if (e.text().length() < 300 && e.getElementsByTag("p").isEmpty() && e.select("a[href]").isEmpty()) {
        e.remove();
      }
    }
    body.select("figcaption").remove();
    if (rules.on(ExtractionRules.HIDDEN)) {
      removeHidden(body);
    }
    removeBoilerplate(body);
    List<Block> blocks = new ArrayList<>();
    BlockCutter.cut(body, blocks);
    boolean[] prose = Teasers.proseFlags(blocks, rules);
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
  private void removeBoilerplate(Element root) {
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
      if (rules.on(ExtractionRules.ROLES)
          && (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo"))) {
        drop.add(e);
        continue;
      }
      if (rules.on(ExtractionRules.CLASS_WORDS)
          && (rules.boiler.matcher(key).find() || rules.boilerCamel.matcher(key).find())
          && !(rules.on(ExtractionRules.CONTENT_PROTECTS) && CONTENT.matcher(key).find())
          && prose.getOrDefault(e, 0) < 0.5 * pageProse
          && !(rules.on(ExtractionRules.EMBEDDED_POST) && embeddedPost(e))) {
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

  /** The element whose blocks are most prose and least everything else. */
  private Element bestContainer(Element body, List<Block> blocks, boolean[] proseFlags) {
    Map<Element, double[]> sums = new IdentityHashMap<>();
    // candidates in the order first met (innermost first), so that a tie (a wrapper and its only child) is settled
    // the same way on every run: an identity map's own order changes from run to run
    List<Element> order = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      boolean prose = proseFlags[i];
      double weight = prose ? b.text().length() : 0;
      double boiler = prose ? 0 : b.text().length()
          * (rules.on(ExtractionRules.LINK_PENALTY) && b.linkChars() * 2 > b.text().length() ? 1.5 : 1.0);
      if (!prose && b.prose()) {
        boiler = b.text().length(); // a teaser
      } else if (rules.on(ExtractionRules.SHORT_NEUTRAL)
          && (b.inHeading() || b.text().length() < 25 && b.linkChars() == 0)) {
        boiler *= 0.3; // subheadings and short lines are neutral-ish: articles have them too
      }
      for (Element e = b.owner(); e != null; e = e.parent()) {
        Work.step();
        double[] s = sums.get(e);
        if (s == null) {
          s = new double[2];
          sums.put(e, s);
          order.add(e);
        }
        s[0] += weight;
        s[1] += boiler;
        if (e == body) {
          break;
        }
      }
    }
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Element e : order) {
      double[] s = sums.get(e);
      double score = s[0] - BOILER_WEIGHT * s[1];
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best;
  }

  static boolean isAncestor(Element a, Element e) {
    return e.parents().contains(a); // jsoup's Element.equals is identity
  }
}
