package org.newsgraph.ingest.reuters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.newsgraph.core.Work;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.Paragraphs;
import org.newsgraph.ingest.ReadResult;

/**
 * The Reuters-21578 SGML files ({@code reut2-NNN.sgm}). They are SGML, not XML, in Latin-1 (one stray 0xFC byte),
 * with character references to control characters ({@code &#3;}) that we drop. Each {@code <REUTERS>} document with
 * a {@code <BODY>} becomes an article: headline from {@code <TITLE>}, dateline place from {@code <DATELINE>}, date
 * from {@code <DATE>}, paragraphs at the 4-space indents of the hard-wrapped text. Documents without a body are
 * reported, one line each, and so is a broken one (a record that does not end before the next begins, a tag left
 * open): it never takes the records around it down. Reading is one pass over the file.
 */
public final class ReutersReader {
  private static final String OPEN = "<REUTERS";
  private static final String CLOSE = "</REUTERS>";
  private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern REFERENCE = Pattern.compile("&#(\\d{1,7});|&(lt|gt|amp|quot);");
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
      String d = dateline.strip();
      if (d.endsWith("-")) {
        // not a regex ending in \s*-\s*$: that tries every run of blanks and takes quadratic time on a
        // damaged record whose dateline holds tens of thousands of blank lines
        d = d.substring(0, d.length() - 1).strip();
      }
      int comma = d.indexOf(',');
      return (comma >= 0 ? d.substring(0, comma) : d).strip();
    }
  }

  /** Every document of one file, in order; broken records are passed over. */
  public static void docs(Path file, Consumer<Doc> out) throws IOException {
    docs(file, out, (id, why) -> { });
  }

  /** A record that cannot be read: its NEWID (or null) and why. */
  public interface Broken {
    void record(String id, String why);
  }

  /**
   * Every document of one file, in order, and every broken record to {@code broken}: one that does not end (no
   * {@code </REUTERS>}) before the next one begins or the file ends, or whose opening tag is cut.
   */
  public static void docs(Path file, Consumer<Doc> out, Broken broken) throws IOException {
    String s = new String(org.newsgraph.ingest.Compressed.readAll(file, Integer.MAX_VALUE - 16),
        StandardCharsets.ISO_8859_1);
    List<Integer> opens = positions(s, OPEN);
    List<Integer> closes = positions(s, CLOSE);
    int c = 0;
    for (int i = 0; i < opens.size(); i++) {
      Work.step();
      int at = opens.get(i);
      int next = i + 1 < opens.size() ? opens.get(i + 1) : s.length();
      while (c < closes.size() && closes.get(c) < at) {
        c++;
      }
      int gt = s.indexOf('>', at);
      String head = gt < 0 || gt > next ? s.substring(at, Math.min(next, at + 200)) : s.substring(at, gt);
      Matcher idm = NEWID.matcher(head);
      String id = idm.find() ? idm.group(1) : null;
      if (c >= closes.size() || closes.get(c) > next) {
        broken.record(id, "broken record: no " + CLOSE + " before " + (next == s.length() ? "the end of the file"
            : "the next record") + "; the records around it are read");
      } else if (gt < 0 || gt > closes.get(c)) {
        broken.record(id, "broken record: its opening tag is not closed");
      } else {
        String inner = s.substring(gt + 1, closes.get(c));
        Work.step(inner.length());
        String unclosed = unclosedTag(inner);
        if (unclosed != null) {
          broken.record(id, "broken record: <" + unclosed + "> is not closed");
        } else {
          out.accept(new Doc(id, tag(inner, "DATE"), tag(inner, "TITLE"), tag(inner, "DATELINE"),
              tag(inner, "BODY")));
        }
      }
    }
  }

  /** Where {@code what} occurs in {@code s}, in order (one pass). */
  private static List<Integer> positions(String s, String what) {
    List<Integer> out = new ArrayList<>();
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
      out.add(i);
    }
    return out;
  }

  /** The first of the tags we read that a record opens and does not close, or null. */
  private static String unclosedTag(String inner) {
    for (String t : List.of("TITLE", "DATELINE", "BODY", "DATE")) {
      int a = inner.indexOf("<" + t + ">");
      if (a >= 0 && inner.indexOf("</" + t + ">", a) < 0) {
        return t;
      }
    }
    return null;
  }

  public static void read(Path file, ArticleSink sink) {
    String name = file.toString();
    try {
      docs(file, d -> {
        String where = name + "#NEWID=" + d.id();
        if (d.body() == null || d.body().isBlank()) {
          sink.skipped(new ReadResult.Problem(where, "no body (a title-only Reuters record)"));
          return;
        }
        Article a = Paragraphs.article(paragraphs(d.body()), where, "Reuters", oneLine(d.title()),
            d.datelinePlace(), "Reuters", date(d.date()), null, "en");
        if (a == null) {
          sink.skipped(new ReadResult.Problem(where, "no body text"));
        } else {
          sink.article(a);
        }
      }, (id, why) -> sink.problem(new ReadResult.Problem(name + (id == null ? "" : "#NEWID=" + id), why)));
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
    // The sign-off "Reuter", and after it the end-of-text mark: "&#3;" (dropped by unescape), or "3;" in the one
    // file of the distribution (reut2-001.sgm) that lost the mark's "&#"; left in, "Reuter" became an entity of
    // every article there and tied unrelated stories together.
    if (!out.isEmpty() && out.get(out.size() - 1).matches("(?i)reuters?(\\s+3;)?|3;")) {
      out.remove(out.size() - 1);
    } else if (!out.isEmpty()) {
      String last = out.get(out.size() - 1).replaceFirst("\\s+(?i:reuters?)(\\s+3;)?$", "");
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
    Matcher m = REFERENCE.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String rep;
      if (m.group(1) != null) {
        int c = Integer.parseInt(m.group(1));
        rep = c < 0x20 && c != '\n' && c != '\t' || !Character.isValidCodePoint(c) || c >= 0xD800 && c <= 0xDFFF
            ? "" : new String(Character.toChars(c));
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
