package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Span;
import org.newsgraph.core.Work;

/**
 * Reads plain text that holds one or more articles copied from news pages, page furniture included, and recovers
 * each article's structure. Also reads the plain layout (headline on the first line, body after it), which is the
 * same thing without furniture.
 *
 * <p>How articles are found: each dated header line ("Updated 04 February 2025") belongs to one article. Its
 * headline is the line before it that the page repeats after it (sites print the headline above and below the
 * share bar); failing that, the nearest headline-like line before it. An article runs from its headline to the
 * next article's headline.
 */
public final class PageDumpParser {
  private static final int REPEAT_WINDOW = 10;
  private static final int MAX_HEADLINE_WORDS = 30;

  private PageDumpParser() {}

  /** Parses {@code text} read from {@code source}; articles without a body are reported, not returned. */
  public static ReadResult parse(String text, String source) {
    String[] lines = spaces(text).split("\n", -1);
    List<Integer> anchors = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Work.step(); // each line's own cost is counted where it is read (dateLine, normalize, the article)
      if (Furniture.dateLine(lines[i]).isPresent()) {
        anchors.add(i);
      }
    }
    List<int[]> segments = new ArrayList<>(); // {headline, end}
    if (anchors.isEmpty()) {
      segments.add(new int[] {firstNonBlank(lines, 0, lines.length), lines.length});
    } else {
      List<Integer> heads = new ArrayList<>();
      int lowerBound = 0;
      for (int a : anchors) {
        int h = headlineBefore(lines, lowerBound, a);
        heads.add(h);
        lowerBound = a + 1;
      }
      for (int k = 0; k < heads.size(); k++) {
        int end = k + 1 < heads.size() ? heads.get(k + 1) : lines.length;
        segments.add(new int[] {heads.get(k), end});
      }
    }
    List<Article> articles = new ArrayList<>();
    List<ReadResult.Problem> problems = new ArrayList<>();
    for (int k = 0; k < segments.size(); k++) {
      String name = segments.size() == 1 ? source : source + "#" + (k + 1);
      int[] seg = segments.get(k);
      Optional<Article> a = article(lines, seg[0], seg[1], name);
      if (a.isPresent()) {
        articles.add(a.get());
      } else {
        problems.add(new ReadResult.Problem(name, "no article body found (only a headline or page furniture)"));
      }
    }
    return new ReadResult(articles, problems);
  }

  /**
   * No-break and narrow no-break spaces ("March\u202f2024") are typography from the page: in the article text
   * they become plain spaces, so search, dates and quotes see one kind of space. Same length, same offsets.
   */
  static String spaces(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2007', ' ');
  }

  private static int firstNonBlank(String[] lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!lines[i].isBlank()) {
        return i;
      }
    }
    return from;
  }

  /** The headline of the article whose dated header line is {@code anchor}. */
  private static int headlineBefore(String[] lines, int lowerBound, int anchor) {
    // 1. A line before the anchor that is repeated shortly after it.
    List<String> after = new ArrayList<>();
    for (int i = anchor + 1; i < lines.length && after.size() < REPEAT_WINDOW; i++) {
      Work.step();
      if (!lines[i].isBlank()) {
        after.add(normalize(lines[i]));
      }
    }
    int scanned = 0;
    int repeated = -1;
    for (int i = anchor - 1; i >= lowerBound && scanned < REPEAT_WINDOW; i--) {
      Work.step();
      if (lines[i].isBlank()) {
        continue;
      }
      scanned++;
      if (after.contains(normalize(lines[i])) && isHeadlineLike(lines[i])) {
        repeated = i;
      }
    }
    if (repeated >= 0) {
      return repeated;
    }
    // 2. The nearest headline-like line before the anchor that starts a block (blank line or file start above).
    for (int i = anchor - 1; i >= lowerBound; i--) {
      Work.step();
      boolean blockStart = i == 0 || lines[i - 1].isBlank();
      if (!lines[i].isBlank() && blockStart && isHeadlineLike(lines[i]) && !Furniture.isFurniture(lines[i])) {
        return i;
      }
    }
    return lowerBound == 0 ? firstNonBlank(lines, 0, anchor) : anchor;
  }

  static boolean isHeadlineLike(String line) {
    String s = line.strip();
    if (s.isEmpty() || Furniture.isBullet(s) || Furniture.isFurniture(s)) {
      return false;
    }
    int words = s.split("\\s+").length;
    // A sentence or a credited photo caption ("… (AFP/File)") is not a headline; "France v Wales (Sat)" is.
    boolean sentenceEnd = s.endsWith(".") && !s.endsWith("...");
    return words <= MAX_HEADLINE_WORDS && !sentenceEnd && Agencies.credited(s).isEmpty();
  }

  static String normalize(String line) {
    Work.step(line.length());
    return line.strip().replaceAll("\\s+", " ").replace('’', '\'').replace('‘', '\'').replace('“', '"')
        .replace('”', '"');
  }

  private static Optional<Article> article(String[] lines, int headlineIndex, int end, String source) {
    String headline = null;
    int i = headlineIndex;
    boolean hasHeader = false;
    // A headline only when the segment starts with a headline-like line followed by more text.
    if (i < end && isHeadlineLike(lines[i])) {
      headline = lines[i].strip();
      i++;
    }
    LocalDate published = null;
    LocalDate updated = null;
    List<String> captions = new ArrayList<>();
    List<String> bullets = new ArrayList<>();
    List<String> body = new ArrayList<>();
    String headlineKey = headline == null ? null : normalize(headline);
    boolean inBody = false;
    for (; i < end; i++) {
      String line = lines[i];
      Work.step(line.length());
      if (line.isBlank() || Furniture.isFurniture(line)) {
        continue;
      }
      Optional<Furniture.DateLine> d = inBody ? Optional.empty() : Furniture.dateLine(line);
      if (d.isPresent()) {
        hasHeader = true;
        if (d.get().updated()) {
          updated = d.get().date();
        } else {
          published = d.get().date();
        }
        continue;
      }
      if (!inBody && headlineKey != null && normalize(line).equals(headlineKey)) {
        continue; // the repeated copy of the headline
      }
      if (!inBody && Furniture.isBullet(line)) {
        bullets.add(Furniture.stripBullet(line));
        continue;
      }
      if (!inBody && !hasHeader && hasDateLineAhead(lines, i, end)) {
        captions.add(line.strip()); // between headline and dated header: a photo caption
        continue;
      }
      inBody = true;
      body.add(line.strip());
    }
    if (body.isEmpty()) {
      return Optional.empty();
    }
    String dateline = null;
    String agency = null;
    Optional<Dateline> dl = Dateline.find(body.get(0));
    if (dl.isPresent() && dl.get().length() < body.get(0).length()) {
      dateline = dl.get().place();
      if (dl.get().agency() != null && Agencies.isAgency(dl.get().agency())) {
        agency = dl.get().agency();
      }
      body.set(0, body.get(0).substring(dl.get().length()));
    }
    if (agency == null) {
      for (String c : captions) {
        agency = Agencies.credited(c).orElse(null);
        if (agency != null) {
          break;
        }
      }
    }
    if (agency == null) {
      agency = Agencies.credited(body.get(body.size() - 1)).orElse(null);
    }
    StringBuilder text = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    for (String p : body) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      paragraphs.add(new Span(text.length(), text.length() + p.length()));
      text.append(p);
    }
    String t = text.toString();
    return Optional.of(new Article(ArticleIds.of(t), source, null, headline, dateline, agency, published, updated,
        bullets, captions, paragraphs, "en", t));
  }

  private static boolean hasDateLineAhead(String[] lines, int from, int end) {
    for (int i = from; i < end && i < from + REPEAT_WINDOW; i++) {
      Work.step();
      if (Furniture.dateLine(lines[i]).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
