package org.newsgraph.testkit;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; rows end in CRLF or LF. */
public final class Rfc4180 {
  private Rfc4180() {}

  /** The rows of {@code text}, each a list of its fields; throws on a malformed quote. */
  public static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    boolean fieldStarted = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
          char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
          if (next != ',' && next != '\n' && next != '\r') {
            throw new IllegalArgumentException("text after a closing quote at " + i);
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        if (fieldStarted) {
          throw new IllegalArgumentException("a quote inside an unquoted field at " + i);
        }
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
        i++;
        continue;
      } else if (c == '\n' || c == '\r') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        fieldStarted = false;
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        continue;
      } else {
        field.append(c);
      }
      fieldStarted = true;
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException("an unclosed quote");
    }
    if (fieldStarted || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
