package org.newsgraph.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.newsgraph.core.Article;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.Outlets;
import org.newsgraph.ingest.Paragraphs;
import org.newsgraph.ingest.ReadResult;

/**
 * RSS 0.9x/1.0/2.0 and Atom feeds (Rome parses; XML doctypes stay refused, so no entity tricks). Each item becomes
 * an article: its full content when the feed carries it ({@code content:encoded}, Atom {@code content}), else its
 * summary; link, title and date as given. An item without any text is reported by its link, as is an empty feed.
 */
public final class FeedReader {
  /** Elements deeper than this make a feed unreadable: real feeds nest a few levels (see {@link XmlDepth}). */
  static final int MAX_DEPTH = 500;

  private FeedReader() {}

  /**
   * One feed item.
   *
   * @param name         its link, else the feed's name and the item's number
   * @param link         the item's link or null
   * @param fullContent  whether the feed carries the item's full content, not just a summary
   * @param article      the item as an article, or null when it has no text
   */
  public record Item(String name, String link, boolean fullContent, Article article) {}

  public static void read(byte[] bytes, String source, ArticleSink sink) {
    for (Item item : items(bytes, source, sink)) {
      if (item.article() == null) {
        sink.skipped(new ReadResult.Problem(item.name(), "feed item has no text (no content or summary)"));
      } else {
        sink.article(item.article());
      }
    }
  }

  /** The items of a feed; a feed that cannot be read, or has no items, is one problem in {@code sink}. */
  public static List<Item> items(byte[] bytes, String source, ArticleSink sink) {
    if (XmlDepth.exceeds(bytes, MAX_DEPTH)) {
      sink.problem(new ReadResult.Problem(source, "not a readable RSS/Atom feed: its elements nest more than "
          + MAX_DEPTH + " deep"));
      return List.of();
    }
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (Exception e) {
      sink.problem(new ReadResult.Problem(source, "not a readable RSS/Atom feed: " + firstLine(e)));
      return List.of();
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries == null || entries.isEmpty()) {
      sink.problem(new ReadResult.Problem(source, "the feed has no items"));
      return List.of();
    }
    String outlet = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
    List<Item> items = new ArrayList<>();
    int n = 0;
    for (SyndEntry e : entries) {
      n++;
      String link = e.getLink() != null && !e.getLink().isBlank() ? e.getLink().strip() : null;
      String name = link != null ? link : source + "#" + n;
      try {
        String html = null;
        for (SyndContent c : e.getContents()) {
          if (c.getValue() != null && !c.getValue().isBlank()) {
            html = c.getValue();
            break;
          }
        }
        boolean full = html != null;
        if (html == null && e.getDescription() != null) {
          html = e.getDescription().getValue();
        }
        List<String> paragraphs = html == null ? List.of() : paragraphs(html);
        LocalDate published = date(e.getPublishedDate());
        LocalDate updated = date(e.getUpdatedDate());
        String title = e.getTitle() == null ? null : Jsoup.parse(e.getTitle()).text().strip();
        Article a = Paragraphs.article(paragraphs, name, outlet != null ? outlet
            : Outlets.ofUrl(link != null ? link : feed.getLink() != null ? feed.getLink() : source), title, null, null,
            published != null ? published : updated, updated, feed.getLanguage() == null ? null
                : feed.getLanguage().split("[-_]")[0].toLowerCase(java.util.Locale.ROOT));
        items.add(new Item(name, link, full, a));
      } catch (RuntimeException ex) {
        sink.problem(new ReadResult.Problem(name, "cannot read feed item: " + ex));
      }
    }
    return items;
  }

  /** The paragraphs of an item's HTML (or plain text) content. */
  static List<String> paragraphs(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select("script, style, iframe, figure, figcaption, img").remove();
    List<String> out = new ArrayList<>();
    List<Element> blocks = body.select("p, li, h2, h3, h4, blockquote, pre");
    if (blocks.isEmpty()) {
      String whole = body.wholeText();
      out.addAll(Paragraphs.split(whole.isBlank() ? body.text() : whole));
      return out;
    }
    for (Element b : blocks) {
      if (!b.children().select("p, li").isEmpty() && !b.tagName().equals("li")) {
        continue; // a container of other blocks; they are listed themselves
      }
      String t = b.text().strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
