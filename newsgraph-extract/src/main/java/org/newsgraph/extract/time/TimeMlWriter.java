package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.core.TimeExpression;

/**
 * Writes TimeML: the input text with {@code <TIMEX3 tid type value [mod]>} tags around each time expression.
 *
 * <p>The text is XML-escaped ({@code &amp; &lt; &gt;}), so "unchanged character for character" holds after
 * unescaping: removing the tags and unescaping the entities gives back exactly the input. Expressions that overlap
 * an earlier one are left out (TimeML tags do not nest). Thread-safe.
 */
public final class TimeMlWriter {

  /** The text with TIMEX3 tags inserted; tids are t1, t2, … in text order. */
  public String write(String text, List<TimeExpression> times) {
    List<TimeExpression> sorted = times.stream().sorted(Comparator.comparing(TimeExpression::span)).toList();
    StringBuilder out = new StringBuilder(text.length() + sorted.size() * 64);
    int pos = 0;
    int tid = 1;
    for (TimeExpression t : sorted) {
      int b = t.span().begin();
      int e = t.span().end();
      if (b < pos || e > text.length()) {
        continue;
      }
      escape(text, pos, b, out);
      out.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(t.type().name())
          .append("\" value=\"").append(attr(t.value())).append('"');
      if (t.mod() != null) {
        out.append(" mod=\"").append(attr(t.mod())).append('"');
      }
      out.append('>');
      escape(text, b, e, out);
      out.append("</TIMEX3>");
      pos = e;
    }
    escape(text, pos, text.length(), out);
    return out.toString();
  }

  /** A whole TimeML document (TempEval-3 layout) with a DCT (tid t0) and the tagged text inside TEXT. */
  public static String document(String docId, LocalDate dct, String text, List<TimeExpression> times) {
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n");
    sb.append("<DOCID>").append(attr(docId == null ? "" : docId)).append("</DOCID>\n\n");
    if (dct != null) {
      sb.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(dct)
          .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").append(dct)
          .append("</TIMEX3></DCT>\n\n");
    }
    sb.append("<TEXT>").append(new TimeMlWriter().write(text, times)).append("</TEXT>\n\n</TimeML>\n");
    return sb.toString();
  }

  private static void escape(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        default:
          out.append(c);
      }
    }
  }

  private static String attr(String s) {
    StringBuilder sb = new StringBuilder();
    escape(s, 0, s.length(), sb);
    return sb.toString().replace("\"", "&quot;");
  }
}
