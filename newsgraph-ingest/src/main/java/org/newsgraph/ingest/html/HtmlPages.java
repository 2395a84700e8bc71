package org.newsgraph.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Span;
import org.newsgraph.ingest.Agencies;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.Charsets;
import org.newsgraph.ingest.Dateline;
import org.newsgraph.ingest.Outlets;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.TextDecoder;

/**
 * Turns HTML pages (files, WARC records) into {@link Article}s: decode with {@link Charsets}, extract with
 * {@link HtmlExtractor}, then split a wire dateline ("MADRID —") off the first paragraph as the text reader does.
 */
public final class HtmlPages {
  private HtmlPages() {}

  /** Reads one page into {@code sink} with the default page-size limit. */
  public static void read(byte[] bytes, String httpCharset, String source, String url, LocalDate date,
      ArticleSink sink) {
    read(bytes, httpCharset, source, url, date, ReadOptions.defaults(), sink);
  }

  /**
   * Reads one page into {@code sink}.
   *
   * @param source       what to name in problems and in {@link Article#source()} when the page has no URL
   * @param url          the page's URL (a WARC target URI) or null
   * @param httpCharset  the HTTP header's charset label or null
   * @param date         the capture date, used when the page states none; may be null
   * @param options      the page-size limit
   */
  public static void read(byte[] bytes, String httpCharset, String source, String url, LocalDate date,
      ReadOptions options, ArticleSink sink) {
    if (bytes.length > options.maxPageBytes()) {
      sink.problem(new ReadResult.Problem(source, options.tooLarge(bytes.length)));
      return;
    }
    Charsets.Decoded d;
    try {
      d = Charsets.decodeHtml(bytes, httpCharset);
      bytes = null; // a big page's bytes can go before it is parsed
    } catch (TextDecoder.NotTextException e) {
      sink.problem(new ReadResult.Problem(source, e.getMessage()));
      return;
    }
    HtmlArticle h;
    try {
      h = HtmlExtractor.extract(d.text(), url);
    } catch (RuntimeException | StackOverflowError e) {
      sink.problem(new ReadResult.Problem(source, "cannot parse the HTML: " + e));
      return;
    }
    Optional<Article> a = toArticle(h, url != null ? url : source, date);
    if (a.isPresent()) {
      sink.article(a.get());
    } else {
      sink.problem(new ReadResult.Problem(source, "no article text found in the page"));
    }
  }

  /** The article of an extracted page; empty when the page has no body text. */
  public static Optional<Article> toArticle(HtmlArticle h, String source, LocalDate fallbackDate) {
    List<String> body = new ArrayList<>();
    for (String p : h.paragraphs()) {
      String s = p.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
      if (!s.isEmpty()) {
        body.add(s);
      }
    }
    if (body.isEmpty()) {
      return Optional.empty();
    }
    PageMetadata m = h.metadata();
    String dateline = null;
    String agency = null;
    Optional<Dateline> dl = Dateline.find(body.get(0));
    if (dl.isPresent() && dl.get().length() < body.get(0).length() && dl.get().place().length() <= 40) {
      dateline = dl.get().place();
      if (dl.get().agency() != null && Agencies.isAgency(dl.get().agency())) {
        agency = dl.get().agency();
      }
      body.set(0, body.get(0).substring(dl.get().length()));
    }
    if (agency == null) {
      agency = Agencies.credited(body.get(body.size() - 1)).orElse(null);
    }
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (String p : body) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      spans.add(new Span(text.length(), text.length() + p.length()));
      text.append(p);
    }
    String t = text.toString();
    String src = m.canonicalUrl() != null && source != null && !source.startsWith("http") ? source
        : source != null ? source : m.canonicalUrl();
    LocalDate published = m.published() != null ? m.published() : fallbackDate;
    String language = m.language() != null ? m.language() : "en";
    // a publisher given as its web address ("https://www.hawaiinewsnow.com") is named by its host, as a page
    // without one is
    String outlet = m.publisher() != null && !m.publisher().regionMatches(true, 0, "http", 0, 4) ? m.publisher()
        : Outlets.ofUrl(m.publisher() != null ? m.publisher() : m.canonicalUrl() != null ? m.canonicalUrl() : source);
    return Optional.of(new Article(ArticleIds.of(t), src, outlet, m.headline(), dateline, agency, published,
        m.modified(), List.of(), h.captions(), spans, language, t));
  }
}
