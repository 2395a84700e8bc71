package org.newsgraph.app.http;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.app.json.WatchViews;
import org.newsgraph.store.WatchMatch;
import org.newsgraph.store.Watchlist;

/**
 * The Atom feed (RFC 4287) of a watchlist: its matching claims and events, the newest stored first, each entry
 * linking to its sentence on the page. Entry ids name the fact ({@code urn:newsgraph:fact:ARTICLE:FACT}), so they stay
 * the same from one fetch to the next; an entry's {@code updated} is when its article was stored.
 *
 * @param xml  the document
 */
record AtomFeed(String xml) {
  static final String MEDIA_TYPE = "application/atom+xml";
  static final String NS = "http://www.w3.org/2005/Atom";
  private static final int MAX_TITLE = 140;

  /** The feed of {@code w} with {@code matches}, its links made absolute against {@code base} (scheme://host). */
  static AtomFeed of(Watchlist w, List<WatchMatch> matches, String base) {
    Instant updated = matches.isEmpty() ? w.created() : matches.get(0).stored();
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NS);
      text(x, "id", "urn:newsgraph:watchlist:" + w.id());
      text(x, "title", "newsgraph watchlist: " + w.name());
      text(x, "updated", time(updated));
      x.writeStartElement("author");
      text(x, "name", "newsgraph");
      x.writeEndElement();
      text(x, "generator", "newsgraph");
      link(x, "self", base + WatchViews.feed(w.id()), MEDIA_TYPE);
      link(x, "alternate", base + "/#/watchlists", "text/html");
      for (WatchMatch m : matches) {
        x.writeStartElement("entry");
        text(x, "id", "urn:newsgraph:fact:" + m.articleId() + ":" + m.factId());
        text(x, "title", title(m));
        text(x, "updated", time(m.stored()));
        link(x, "alternate", base + WatchViews.link(m.articleId(), m.factId()), "text/html");
        x.writeStartElement("summary");
        x.writeAttribute("type", "text");
        x.writeCharacters(clean(summary(m)));
        x.writeEndElement();
        if (m.type() != null) {
          category(x, m.type().toLowerCase(Locale.ROOT));
        }
        category(x, m.stance());
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the feed of " + w.id() + ": " + e.getMessage(), e);
    }
    return new AtomFeed(out.toString());
  }

  /** What the entry is, in a line: "Event (assault, asserted): …" or "Claim by Kremlin (denied): …". */
  private static String title(WatchMatch m) {
    String head = m.kind().equals("event")
        ? "Event (" + m.type().toLowerCase(Locale.ROOT) + ", " + m.stance() + ")"
        : "Claim" + (m.source() == null ? "" : " by " + m.source()) + " (" + m.stance() + ")";
    String words = m.sentence().isBlank() ? String.valueOf(m.headline()) : m.sentence();
    String t = head + ": " + words.replaceAll("\\s+", " ");
    return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE - 1).stripTrailing() + "…";
  }

  private static String summary(WatchMatch m) {
    StringBuilder s = new StringBuilder(m.sentence());
    if (m.headline() != null) {
      s.append("\n\nFrom: ").append(m.headline());
    }
    if (m.outlet() != null) {
      s.append(" (").append(m.outlet()).append(')');
    }
    if (m.published() != null) {
      s.append(", ").append(m.published());
    }
    return s.toString();
  }

  private static String time(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t);
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(clean(value));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }

  private static void category(XMLStreamWriter x, String term) throws XMLStreamException {
    x.writeEmptyElement("category");
    x.writeAttribute("term", clean(term));
  }

  /** Leaves out the characters XML 1.0 cannot hold (control characters an article may carry). */
  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
  }
}
