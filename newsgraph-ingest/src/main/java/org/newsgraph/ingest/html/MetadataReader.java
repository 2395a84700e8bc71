package org.newsgraph.ingest.html;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.core.MiniJson;

/**
 * Reads {@link PageMetadata} from a parsed page. The page's own structured data is trusted first (JSON-LD written
 * for search engines is the most deliberate statement a site makes), then Open Graph and article {@code <meta>}
 * tags, then {@code <time datetime>} and {@code <html lang>}. Malformed JSON-LD is ignored, not fatal.
 */
final class MetadataReader {
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
      "liveblogposting", "scholarlyarticle", "techarticle", "report", "socialmediaposting", "webpage");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private MetadataReader() {}

  static PageMetadata read(Document doc) {
    Map<String, Object> ld = jsonLdArticle(doc);
    String headline = str(ld, "headline");
    if (headline == null) {
      headline = str(ld, "name");
    }
    if (headline == null) {
      headline = meta(doc, "og:title", "twitter:title", "title");
    }
    if (headline == null) {
      Element h1 = doc.selectFirst("h1");
      headline = h1 != null && !h1.text().isBlank() ? h1.text().strip() : null;
    }
    if (headline == null && !doc.title().isBlank()) {
      headline = doc.title().strip();
    }
    List<String> authors = new ArrayList<>(names(ld == null ? null : ld.get("author")));
    if (authors.isEmpty()) {
      String a = meta(doc, "author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator");
      if (a != null && !a.startsWith("http")) {
        authors.add(a.replaceFirst("(?i)^by\\s+", "").strip());
      }
    }
    String publisher = null;
    List<String> pubs = names(ld == null ? null : ld.get("publisher"));
    if (!pubs.isEmpty()) {
      publisher = pubs.get(0);
    }
    if (publisher == null) {
      publisher = meta(doc, "og:site_name", "application-name", "publisher", "dc.publisher");
    }
    LocalDate published = date(str(ld, "datePublished"));
    if (published == null) {
      published = date(meta(doc, "article:published_time", "og:article:published_time", "datePublished",
          "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date",
          "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime"));
    }
    if (published == null) {
      published = itempropDate(doc, "datePublished");
    }
    if (published == null) {
      for (Element t : doc.select("time[datetime]")) {
        published = date(t.attr("datetime"));
        if (published != null) {
          break;
        }
      }
    }
    LocalDate modified = date(str(ld, "dateModified"));
    if (modified == null) {
      modified = date(meta(doc, "article:modified_time", "og:updated_time", "dateModified", "last-modified"));
    }
    if (modified == null) {
      modified = itempropDate(doc, "dateModified");
    }
    String canonical = null;
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null) {
      canonical = link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
    }
    if (canonical == null || canonical.isBlank()) {
      canonical = meta(doc, "og:url");
    }
    if (canonical == null) {
      canonical = str(ld, "url");
    }
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    if (lang.isBlank()) {
      lang = Optional.ofNullable(str(ld, "inLanguage")).orElse(
          Optional.ofNullable(meta(doc, "og:locale", "content-language", "language")).orElse(""));
    }
    String language = lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    String description = meta(doc, "og:description", "description", "twitter:description");
    if (description == null) {
      description = str(ld, "description");
    }
    String body = str(ld, "articleBody");
    return new PageMetadata(clean(headline), authors, clean(publisher), published, modified, clean(canonical),
        language, clean(description), body);
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
  }

  /** The first JSON-LD object whose {@code @type} is an article kind, searching {@code @graph} and arrays. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> jsonLdArticle(Document doc) {
    Map<String, Object> fallback = null;
    for (Element s : doc.select("script[type=application/ld+json]")) {
      Object v;
      try {
        v = MiniJson.parse(s.data().strip().replaceAll(";\\s*$", ""));
      } catch (IllegalArgumentException e) {
        continue;
      }
      List<Map<String, Object>> found = new ArrayList<>();
      collect(v, found, 0);
      for (Map<String, Object> m : found) {
        for (String t : types(m)) {
          if (ARTICLE_TYPES.contains(t) && !t.equals("webpage")) {
            return m;
          }
          if (t.equals("webpage") && fallback == null && m.containsKey("headline")) {
            fallback = m;
          }
        }
      }
    }
    return fallback;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object v, List<Map<String, Object>> out, int depth) {
    if (depth > 4) {
      return;
    }
    if (v instanceof Map<?, ?> m) {
      out.add((Map<String, Object>) m);
      collect(m.get("@graph"), out, depth + 1);
      collect(m.get("mainEntity"), out, depth + 1);
    } else if (v instanceof List<?> l) {
      for (Object o : l) {
        collect(o, out, depth + 1);
      }
    }
  }

  private static List<String> types(Map<String, Object> m) {
    Object t = m.get("@type");
    List<String> out = new ArrayList<>();
    if (t instanceof String s) {
      out.add(s.toLowerCase(Locale.ROOT));
    } else if (t instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof String s) {
          out.add(s.toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static String str(Map<String, Object> m, String key) {
    if (m == null) {
      return null;
    }
    Object v = m.get(key);
    if (v instanceof List<?> l && !l.isEmpty()) {
      v = l.get(0);
    }
    if (v instanceof String s && !s.isBlank()) {
      return org.jsoup.parser.Parser.unescapeEntities(s, false).strip();
    }
    return null;
  }

  /** Names from a JSON-LD author/publisher value: a string, an object with "name", or a list of either. */
  private static List<String> names(Object v) {
    Set<String> out = new LinkedHashSet<>();
    if (v instanceof String s && !s.isBlank() && !s.startsWith("http")) {
      out.add(s.strip());
    } else if (v instanceof Map<?, ?> m && m.get("name") instanceof String s && !s.isBlank()) {
      out.add(s.strip());
    } else if (v instanceof List<?> l) {
      for (Object o : l) {
        out.addAll(names(o));
      }
    }
    return new ArrayList<>(out);
  }

  private static String meta(Document doc, String... names) {
    Map<String, String> metas = metas(doc);
    for (String n : names) {
      String v = metas.get(n.toLowerCase(Locale.ROOT));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The page's {@code <meta>} values by lower-cased property, name, itemprop or http-equiv; the first wins. */
  private static Map<String, String> metas(Document doc) {
    Object cached = doc.head() == null ? null : doc.head().attributes().userData("newsgraph.metas");
    if (cached instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, String> c = (Map<String, String>) m;
      return c;
    }
    Map<String, String> out = new java.util.HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(attr);
        if (!key.isEmpty()) {
          out.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
        }
      }
    }
    if (doc.head() != null) {
      doc.head().attributes().userData("newsgraph.metas", out);
    }
    return out;
  }

  private static LocalDate itempropDate(Document doc, String prop) {
    for (Element e : doc.select("[itemprop=" + prop + "]")) {
      LocalDate d = date(e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content")
          : e.text());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** A date from ISO 8601 (with or without time and zone), RFC 1123, or "2019-11-20" at the start of a value. */
  static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.strip();
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      // next
    }
    Matcher m = ISO_DATE.matcher(v);
    if (m.find() && m.start() < 12) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return org.newsgraph.ingest.Dates.parse(v).orElse(null);
  }
}
