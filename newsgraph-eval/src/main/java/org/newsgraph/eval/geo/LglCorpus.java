package org.newsgraph.eval.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an LGL file (Lieberman et al. 2010, in the XML of Gritta et al.'s geoparsing guide): articles with their
 * text and toponyms, each with character offsets into the text and, where a gazetteer entry exists, its GeoNames id
 * and point.
 */
public final class LglCorpus {
  private LglCorpus() {}

  /** One toponym: its span, words, and gold GeoNames id and point (null id and NaN point when it has none). */
  public record Toponym(int start, int end, String phrase, Long geonameId, double lat, double lon, String feature) {
    public boolean scored() {
      return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
  }

  /** One article. */
  public record Article(String docid, String title, String domain, String text, List<Toponym> toponyms) {
    public Article {
      toponyms = List.copyOf(toponyms);
    }
  }

  public static List<Article> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    }
  }

  /** Reads the articles; throws {@link IOException} naming {@code name} when the XML is malformed or inconsistent. */
  public static List<Article> read(InputStream in, String name) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      doc = b.parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(name + ": not LGL XML: " + e.getMessage(), e);
    }
    List<Article> out = new ArrayList<>();
    NodeList articles = doc.getElementsByTagName("article");
    for (int i = 0; i < articles.getLength(); i++) {
      Element a = (Element) articles.item(i);
      String docid = a.getAttribute("docid");
      String text = child(a, "text");
      if (docid.isEmpty() || text == null) {
        throw new IOException(name + ": article " + (i + 1) + " has no docid or no text");
      }
      List<Toponym> tops = new ArrayList<>();
      NodeList ts = a.getElementsByTagName("toponym");
      for (int k = 0; k < ts.getLength(); k++) {
        tops.add(toponym((Element) ts.item(k), text, name, docid));
      }
      out.add(new Article(docid, child(a, "title"), child(a, "domain"), text, tops));
    }
    if (out.isEmpty()) {
      throw new IOException(name + ": no <article> elements");
    }
    return out;
  }

  private static Toponym toponym(Element t, String text, String name, String docid) throws IOException {
    int start;
    int end;
    try {
      start = Integer.parseInt(child(t, "start").strip());
      end = Integer.parseInt(child(t, "end").strip());
    } catch (RuntimeException e) {
      throw new IOException(name + ": article " + docid + ": a toponym without numeric start and end", e);
    }
    if (start < 0 || end < start || end > text.length()) {
      throw new IOException(name + ": article " + docid + ": toponym [" + start + ", " + end + ") outside the text");
    }
    Element gaz = first(t, "gaztag");
    Long id = null;
    double lat = Double.NaN;
    double lon = Double.NaN;
    String feature = null;
    if (gaz != null) {
      String gid = gaz.getAttribute("geonameid");
      id = gid.isEmpty() ? null : Long.valueOf(gid);
      String la = child(gaz, "lat");
      String lo = child(gaz, "lon");
      if (la != null && lo != null) {
        lat = Double.parseDouble(la.strip());
        lon = Double.parseDouble(lo.strip());
      }
      feature = child(gaz, "fcode");
    }
    return new Toponym(start, end, child(t, "phrase"), id, lat, lon, feature);
  }

  private static Element first(Element parent, String tag) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        return e;
      }
    }
    return null;
  }

  private static String child(Element parent, String tag) {
    Element e = first(parent, tag);
    return e == null ? null : e.getTextContent();
  }
}
