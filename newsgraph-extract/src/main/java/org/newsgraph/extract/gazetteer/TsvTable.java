package org.newsgraph.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the gazetteer's TSV files: the first non-comment line is the header, {@code #} lines are comments, blank
 * lines are skipped, every other line must have exactly the header's number of tab-separated columns. Any problem is
 * an {@link IllegalStateException} naming the file and the line.
 */
final class TsvTable {
  private TsvTable() {}

  /** One data line. */
  record Row(String file, int line, List<String> cells) {
    Row {
      cells = List.copyOf(cells);
    }

    /** The trimmed cell; empty string when empty. */
    String get(int column) {
      return cells.get(column);
    }

    /** The {@code |}-separated values of a cell; empty list for an empty cell; an empty value is an error. */
    List<String> multi(int column) {
      String cell = cells.get(column);
      if (cell.isEmpty()) {
        return List.of();
      }
      List<String> values = new ArrayList<>();
      for (String v : cell.split("\\|", -1)) {
        String s = v.strip();
        if (s.isEmpty()) {
          throw error("empty value in '" + cell + "' (column " + (column + 1) + ")");
        }
        values.add(s);
      }
      return values;
    }

    /** The cell, which must not be empty. */
    String required(int column, String what) {
      String cell = cells.get(column);
      if (cell.isEmpty()) {
        throw error(what + " is empty");
      }
      if (cell.indexOf('|') >= 0) {
        throw error(what + " '" + cell + "' must be a single value");
      }
      return cell;
    }

    IllegalStateException error(String message) {
      return TsvTable.error(file, line, message);
    }
  }

  static IllegalStateException error(String file, int line, String message) {
    return new IllegalStateException(file + " line " + line + ": " + message);
  }

  /**
   * Reads all data rows of {@code reader}.
   *
   * @param file   the file name used in error messages
   * @param header the expected column names, in order
   */
  static List<Row> read(Reader reader, String file, List<String> header) {
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    int lineNo = 0;
    try (BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        List<String> cells = new ArrayList<>(parts.length);
        for (String p : parts) {
          cells.add(p.strip());
        }
        if (!headerSeen) {
          if (!cells.equals(header)) {
            throw error(file, lineNo, "expected the header " + String.join("<TAB>", header) + " but found "
                + String.join("<TAB>", cells));
          }
          headerSeen = true;
          continue;
        }
        if (cells.size() != header.size()) {
          throw error(file, lineNo, "expected " + header.size() + " tab-separated columns ("
              + String.join(", ", header) + ") but found " + cells.size());
        }
        rows.add(new Row(file, lineNo, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be read", e);
    }
    if (!headerSeen) {
      throw error(file, lineNo, "no header line (expected " + String.join("<TAB>", header) + ")");
    }
    return rows;
  }
}
