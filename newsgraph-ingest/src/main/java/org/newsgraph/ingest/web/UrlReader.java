package org.newsgraph.ingest.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.newsgraph.core.Article;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.Format;
import org.newsgraph.ingest.Outlets;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.feed.FeedReader;
import org.newsgraph.ingest.html.HtmlPages;

/**
 * Reads a URL given to {@code newsgraph ingest}: an RSS/Atom feed (each item an article; with
 * {@link FetchSettings#fetchPages()}, an item that carries only a summary is read from its page instead) or an
 * HTML page, decided by the content fetched. A URL that cannot be fetched or read is one problem naming it.
 */
public final class UrlReader {
  private static final String FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
      + "text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";
  private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

  private final HttpFetcher fetcher;
  private final FetchSettings settings;
  private final Courtesy courtesy;

  public UrlReader(FetchSettings settings) {
    this(settings, Courtesy.NONE);
  }

  /** A reader that asks {@code courtesy} before each request (robots.txt, one request at a time per host). */
  public UrlReader(FetchSettings settings, Courtesy courtesy) {
    this.settings = settings;
    this.fetcher = new HttpFetcher(settings);
    this.courtesy = courtesy;
  }

  /** A response's validators ({@code ETag}, {@code Last-Modified}), sent back so that an unchanged one is a 304. */
  public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    Map<String, String> headers() {
      Map<String, String> h = new LinkedHashMap<>();
      if (etag != null) {
        h.put("If-None-Match", etag);
      }
      if (lastModified != null) {
        h.put("If-Modified-Since", lastModified);
      }
      return h;
    }
  }

  /** How a conditional read went. */
  public enum Outcome { READ, NOT_MODIFIED, FAILED }

  /**
   * What one conditional read saw.
   *
   * @param outcome     read, not modified since the validators sent, or failed
   * @param validators  the validators to send next time
   * @param links       for a feed, the links of all its items (new or not); empty for a page
   * @param problem     why it failed (one line), else null
   */
  public record Polled(Outcome outcome, Validators validators, List<String> links, String problem) {
    public Polled {
      links = List.copyOf(links);
    }

    static Polled failed(Validators kept, String why) {
      return new Polled(Outcome.FAILED, kept, List.of(), why);
    }
  }

  /** Whether a command-line argument is a URL to fetch rather than a path. */
  public static boolean isUrl(String arg) {
    String a = arg.strip().toLowerCase(Locale.ROOT);
    return a.startsWith("http://") || a.startsWith("https://");
  }

  public void read(URI uri, ArticleSink sink) {
    read(uri, Validators.NONE, link -> true, sink);
  }

  /**
   * Reads a feed or page with a conditional request: unchanged since {@code previous}, nothing is read. Feed items
   * whose link {@code isNew} rejects are passed over (a watched feed's items seen in earlier polls); a page is
   * always read when it has changed. Every problem goes to {@code sink}; one that ends the read is also returned.
   */
  public Polled read(URI uri, Validators previous, Predicate<String> isNew, ArticleSink sink) {
    String name = uri.toString();
    String[] failure = new String[1];
    ArticleSink watched = new ArticleSink() {
      @Override
      public void article(Article a) {
        sink.article(a);
      }

      @Override
      public void problem(ReadResult.Problem p) {
        if (p.source().equals(name) && failure[0] == null) {
          failure[0] = p.message();
        }
        sink.problem(p);
      }

      @Override
      public void skipped(ReadResult.Problem p) {
        sink.skipped(p);
      }
    };
    List<String> links = new java.util.ArrayList<>();
    HttpFetcher.Fetched f = fetch(uri, previous, watched);
    if (f == null) {
      return Polled.failed(previous, failure[0]);
    }
    Validators next = f.etag() == null && f.lastModified() == null ? previous
        : new Validators(f.etag(), f.lastModified());
    if (f.notModified()) {
      return new Polled(Outcome.NOT_MODIFIED, next, List.of(), null);
    }
    read(f, name, isNew, links, watched);
    return failure[0] != null ? Polled.failed(previous, failure[0])
        : new Polled(Outcome.READ, next, links, null);
  }

  /** The response, in the host's turn and if robots.txt allows; null (the problem told) when there is none. */
  private HttpFetcher.Fetched fetch(URI uri, Validators previous, ArticleSink sink) {
    String name = uri.toString();
    try {
      if (!courtesy.allowed(uri)) {
        sink.problem(new ReadResult.Problem(name, "not fetched: the site's robots.txt disallows it"));
        return null;
      }
      try (Courtesy.Turn t = courtesy.turn(uri)) {
        return fetcher.fetch(uri, new HttpFetcher.Limits(settings.read().maxPageBytes(), settings.maxFeedBytes()),
            FEED_ACCEPT, previous.headers());
      }
    } catch (HttpFetcher.FetchException e) {
      sink.problem(new ReadResult.Problem(name, e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sink.problem(new ReadResult.Problem(name, "interrupted"));
    }
    return null;
  }

  private void read(HttpFetcher.Fetched f, String name, Predicate<String> isNew, List<String> links,
      ArticleSink sink) {
    byte[] head = java.util.Arrays.copyOf(f.body(), Math.min(f.body().length, 4096));
    Format format = f.body().length == 0 ? null : Format.sniff(head);
    if (format == Format.FEED) {
      if (f.body().length > settings.maxFeedBytes()) {
        sink.problem(new ReadResult.Problem(name, "feed too large (over " + settings.maxFeedBytes() / (1024 * 1024)
            + " MiB)"));
        return;
      }
      readFeed(f, name, isNew, links, sink);
    } else if (format == Format.HTML || isHtml(f.contentType())) {
      HtmlPages.read(f.body(), f.charset(), name, f.uri().toString(), null, settings.read(), sink);
    } else {
      sink.problem(new ReadResult.Problem(name, f.body().length == 0 ? "empty response"
          : "neither an RSS/Atom feed nor an HTML page (" + (f.contentType() == null ? "no content type"
              : f.contentType()) + ")"));
    }
  }

  private void readFeed(HttpFetcher.Fetched f, String name, Predicate<String> isNew, List<String> links,
      ArticleSink sink) {
    for (FeedReader.Item item : FeedReader.items(f.body(), name, sink)) {
      links.add(item.name());
      if (!isNew.test(item.name())) {
        continue;
      }
      if (settings.fetchPages() && !item.fullContent() && item.link() != null) {
        if (readPage(f.uri().resolve(item.link()), item, sink)) {
          continue;
        }
      }
      if (item.article() == null) {
        sink.skipped(new ReadResult.Problem(item.name(), "feed item has no text (no content or summary)"));
      } else {
        sink.article(item.article());
      }
    }
  }

  /**
   * Reads an item's page; true when it gave the article. When it does not, the page's problem is reported and the
   * item's summary is stored instead (false).
   */
  private boolean readPage(URI page, FeedReader.Item item, ArticleSink sink) {
    HttpFetcher.Fetched f;
    try {
      if (!courtesy.allowed(page)) {
        return false; // the site's robots.txt keeps us off its pages: the summary is what there is
      }
      try (Courtesy.Turn t = courtesy.turn(page)) {
        f = fetcher.fetch(page, new HttpFetcher.Limits(settings.read().maxPageBytes(),
            settings.read().maxPageBytes()), PAGE_ACCEPT);
      }
    } catch (HttpFetcher.FetchException e) {
      sink.problem(new ReadResult.Problem(page.toString(), e.getMessage() + "; the feed's summary is kept"));
      return false;
    } catch (IllegalArgumentException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    Article[] got = new Article[1];
    ReadResult.Problem[] problem = new ReadResult.Problem[1];
    Article fromFeed = item.article();
    HtmlPages.read(f.body(), f.charset(), page.toString(), f.uri().toString(),
        fromFeed == null ? null : fromFeed.published(), settings.read(), new ArticleSink() {
          @Override
          public void article(Article a) {
            got[0] = a;
          }

          @Override
          public void problem(ReadResult.Problem p) {
            problem[0] = p;
          }
        });
    if (got[0] == null) {
      if (problem[0] != null) {
        sink.problem(new ReadResult.Problem(problem[0].source(), problem[0].message()
            + "; the feed's summary is kept"));
      }
      return false;
    }
    sink.article(withFeedFacts(got[0], fromFeed));
    return true;
  }

  /** The page's article, with the feed's headline, outlet and date where the page states none. */
  private static Article withFeedFacts(Article page, Article feed) {
    if (feed == null) {
      return page;
    }
    // a page that names no publisher has its host as outlet; the feed's own name says more
    boolean named = page.outlet() != null && !page.outlet().equals(Outlets.ofUrl(page.source()));
    return new Article(page.id(), page.source(), named || feed.outlet() == null ? page.outlet() : feed.outlet(),
        page.headline() != null ? page.headline() : feed.headline(), page.dateline(), page.agency(),
        page.published() != null ? page.published() : feed.published(), page.updated(), page.bullets(),
        page.captions(), page.paragraphs(), page.language(), page.text());
  }

  private static boolean isHtml(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
  }
}
