package org.newsgraph.ingest.reuters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Article;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.Paragraphs;
import org.newsgraph.ingest.ReadResult;

/**
 * The Reuters-21578 SGML files ({@code reut2-NNN.sgm}). They are SGML, not XML, in Latin-1 (one stray 0xFC byte),
 * with character references to control characters ({@code &#3;}) that we drop. Each {@code <REUTERS>} document with
 * a {@code <BODY>} becomes an article: headline from {@code <TITLE>}, dateline place from {@code <DATELINE>}, date
 * from {@code <DATE>}, paragraphs at the 4-space indents of the hard-wrapped text. Documents without a body are
 * reported, one line each.
 */
public final class ReutersReader {
  private static final Pattern DOC = Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);

  private ReutersReader() {}

  /** One document as its tags give it (text unescaped, control characters removed); fields may be null. */
  public record Doc(String id, String date, String title, String dateline, String body) {
    /** The place of the dateline: "SALVADOR" of "    SALVADOR, Feb 26 - ". */
    public String datelinePlace() {
      if (dateline == null) {
        return null;
      }
      String d = dateline.strip().replaceFirst("\\s*-\\s*$", "");
      int comma = d.indexOf(',');
      return (comma >= 0 ? d.substring(0, comma) : d).strip();
    }
  }

  /** Every document of one file, in order. */
  public static void docs(Path file, Consumer<Doc> out) throws IOException {
    String s = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    Matcher m = DOC.matcher(s);
    while (m.find()) {
      Matcher id = NEWID.matcher(m.group(1));
      String inner = m.group(2);
      out.accept(new Doc(id.find() ? id.group(1) : null, tag(inner, "DATE"), tag(inner, "TITLE"),
          tag(inner, "DATELINE"), tag(inner, "BODY")));
    }
  }

  public static void read(Path file, ArticleSink sink) {
    String name = file.toString();
    try {
      docs(file, d -> {
        String where = name + "#NEWID=" + d.id();
        if (d.body() == null || d.body().isBlank()) {
          sink.problem(new ReadResult.Problem(where, "no body (a title-only Reuters record)"));
          return;
        }
        Article a = Paragraphs.article(paragraphs(d.body()), where, "Reuters", oneLine(d.title()),
            d.datelinePlace(), "Reuters", date(d.date()), null, "en");
        if (a == null) {
          sink.problem(new ReadResult.Problem(where, "no body text"));
        } else {
          sink.article(a);
        }
      });
    } catch (IOException e) {
      sink.problem(new ReadResult.Problem(name, "cannot read: " + e.getMessage()));
    }
  }

  /** Paragraphs of a hard-wrapped body: a new one at each line indented by spaces; the sign-off dropped. */
  public static List<String> paragraphs(String body) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : body.split("\n")) {
      if ((line.startsWith("  ") || line.isBlank()) && cur.length() > 0) {
        out.add(cur.toString().strip());
        cur.setLength(0);
      }
      if (!line.isBlank()) {
        cur.append(' ').append(line.strip());
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString().strip());
    }
    if (!out.isEmpty() && out.get(out.size() - 1).matches("(?i)reuters?")) {
      out.remove(out.size() - 1);
    } else if (!out.isEmpty()) {
      String last = out.get(out.size() - 1).replaceFirst("\\s+(?i:reuter)$", "");
      out.set(out.size() - 1, last);
    }
    return out;
  }

  public static String oneLine(String s) {
    return s == null ? null : s.replaceAll("\\s+", " ").strip();
  }

  static LocalDate date(String s) {
    if (s == null) {
      return null;
    }
    String d = s.strip().split("\\s+")[0];
    try {
      return LocalDate.parse(d, DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String tag(String doc, String name) {
    int a = doc.indexOf("<" + name + ">");
    if (a < 0) {
      return null;
    }
    int b = doc.indexOf("</" + name + ">", a);
    if (b < 0) {
      return null;
    }
    return unescape(doc.substring(a + name.length() + 2, b));
  }

  /** SGML entities and character references; control characters (other than newline and tab) removed. */
  static String unescape(String s) {
    Matcher m = Pattern.compile("&#(\\d+);|&(lt|gt|amp|quot);").matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String rep;
      if (m.group(1) != null) {
        int c = Integer.parseInt(m.group(1));
        rep = c < 0x20 && c != '\n' && c != '\t' ? "" : String.valueOf((char) c);
      } else {
        rep = switch (m.group(2)) {
          case "lt" -> "<";
          case "gt" -> ">";
          case "amp" -> "&";
          default -> "\"";
        };
      }
      m.appendReplacement(b, Matcher.quoteReplacement(rep));
    }
    m.appendTail(b);
    return b.toString().replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "").replace("\r", "");
  }
}
