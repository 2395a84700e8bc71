package org.newsgraph.eval.temporal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A TimeML document in the TempEval-3 layout: {@code <DCT><TIMEX3 … functionInDocument="CREATION_TIME"/></DCT>}
 * and {@code <TEXT>…</TEXT>} with inline TIMEX3, EVENT and SIGNAL tags.
 *
 * @param source  the file it was read from (for messages)
 * @param docId   the DOCID, or the file name without extension
 * @param dct     the document creation time (the DCT's value, day precision)
 * @param text    the content of TEXT with every tag removed and entities unescaped
 * @param timexes the TIMEX3 inside TEXT, as spans into {@code text}
 */
public record TimeMlDocument(String source, String docId, LocalDate dct, String text, List<Timex> timexes) {

  public TimeMlDocument {
    timexes = List.copyOf(timexes);
  }

  /** One TIMEX3: extent, type, value and mod (null when absent). */
  public record Timex(String tid, Span span, TimexType type, String value, String mod) {
    public static Timex of(TimeExpression t) {
      return new Timex(null, t.span(), t.type(), t.value(), t.mod());
    }
  }

  /** Reads a .tml file; broken markup, no TEXT or an unusable DCT give a one-line message naming the file. */
  public static TimeMlDocument read(Path file) throws TimeMlException {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(false);
      f.setValidating(false);
      try {
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      } catch (ParserConfigurationException | SAXException ignored) {
        // features are an optimisation only
      }
      SAXParser p = f.newSAXParser();
      Handler h = new Handler();
      p.parse(in, h);
      if (!h.sawText) {
        throw new TimeMlException(name + ": no <TEXT> element");
      }
      if (h.dctValue == null) {
        throw new TimeMlException(name + ": no DCT (TIMEX3 with functionInDocument=\"CREATION_TIME\")");
      }
      LocalDate dct = parseDct(h.dctValue);
      if (dct == null) {
        throw new TimeMlException(name + ": unparseable DCT value \"" + h.dctValue + "\"");
      }
      String id = h.docId != null && !h.docId.isBlank() ? h.docId.strip() : name.replaceFirst("\\.[^.]*$", "");
      return new TimeMlDocument(file.toString(), id, dct, h.text.toString(), h.timexes);
    } catch (SAXParseException e) {
      throw new TimeMlException(name + ": broken markup at line " + e.getLineNumber() + ": " + oneLine(e
          .getMessage()), e);
    } catch (SAXException | ParserConfigurationException e) {
      throw new TimeMlException(name + ": cannot parse: " + oneLine(e.getMessage()), e);
    } catch (TimeMlException e) {
      throw e;
    } catch (IOException e) {
      throw new TimeMlException(name + ": cannot read: " + oneLine(e.getMessage()), e);
    }
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  /** "1998-01-08", "1998-01-08T10:00", "19980108" → the day; else null. */
  static LocalDate parseDct(String v) {
    String s = v.strip();
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return LocalDate.parse(s.substring(0, 10));
      }
      if (s.matches("\\d{8}.*")) {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
            Integer.parseInt(s.substring(6, 8)));
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  private static final class Handler extends DefaultHandler {
    final StringBuilder text = new StringBuilder();
    final List<Timex> timexes = new ArrayList<>();
    final Deque<Object[]> open = new ArrayDeque<>();
    final StringBuilder docIdBuf = new StringBuilder();
    String docId;
    String dctValue;
    boolean inText;
    boolean inDct;
    boolean inDocId;
    boolean sawText;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
      String n = qName.toUpperCase(Locale.ROOT);
      switch (n) {
        case "TEXT":
          inText = true;
          sawText = true;
          break;
        case "DCT":
          inDct = true;
          break;
        case "DOCID":
          inDocId = true;
          break;
        case "TIMEX3":
          if ("CREATION_TIME".equals(a.getValue("functionInDocument")) || inDct) {
            if (dctValue == null) {
              dctValue = a.getValue("value");
            }
          } else if (inText) {
            open.push(new Object[] {text.length(), a.getValue("tid"), a.getValue("type"), a.getValue("value"),
                a.getValue("mod")});
          }
          break;
        default:
          break;
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      String n = qName.toUpperCase(Locale.ROOT);
      switch (n) {
        case "TEXT":
          inText = false;
          break;
        case "DCT":
          inDct = false;
          break;
        case "DOCID":
          inDocId = false;
          docId = docIdBuf.toString();
          break;
        case "TIMEX3":
          if (inText && !open.isEmpty()) {
            Object[] o = open.pop();
            TimexType type;
            try {
              type = TimexType.valueOf(String.valueOf(o[2]).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
              throw new SAXException("TIMEX3 " + o[1] + " has an unknown type \"" + o[2] + "\"");
            }
            String mod = (String) o[4];
            timexes.add(new Timex((String) o[1], new Span((Integer) o[0], text.length()), type,
                o[3] == null ? "" : ((String) o[3]).strip(), mod == null || mod.isBlank() ? null : mod.strip()));
          }
          break;
        default:
          break;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText) {
        text.append(ch, start, length);
      } else if (inDocId) {
        docIdBuf.append(ch, start, length);
      }
    }
  }
}
