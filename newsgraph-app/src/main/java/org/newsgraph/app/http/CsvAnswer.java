package org.newsgraph.app.http;

import io.javalin.http.Context;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.app.json.Json;

/**
 * The list of a JSON answer as CSV ({@code ?format=csv}), for a spreadsheet, pandas or R: one row per item, one
 * column per field of the item's record, named as in the JSON; a nested object's fields are columns of their own
 * named by their path ({@code event.type} is {@code event_type}); values are written as in the JSON (enums
 * lower case but for the upper-case vocabularies); a list of texts is joined by {@code |}, a list of objects is its
 * JSON text. RFC 4180, UTF-8, a header line even without rows.
 *
 * @param filename  what the download is called
 * @param rowType   the record type of the items
 * @param rows      the items of an answer of the route
 */
record CsvAnswer(String filename, Class<?> rowType, Function<Object, List<?>> rows) {
  static final String CONTENT_TYPE = "text/csv; charset=utf-8";

  /** Whether the request asks for CSV ({@code format=csv}); json or nothing is JSON, anything else a 400. */
  static boolean wanted(Request request) {
    String f = request.text("format");
    if (f == null || f.equalsIgnoreCase("json")) {
      return false;
    }
    if (f.equalsIgnoreCase("csv")) {
      return true;
    }
    throw new ApiException(400, "format is json or csv, not '" + f + "'");
  }

  /** Writes the answer's items as the response. */
  void write(Context ctx, Object answer) throws Exception {
    List<Column> columns = new ArrayList<>();
    columns(rowType, "", new ArrayList<>(), columns);
    StringBuilder out = new StringBuilder();
    line(out, columns.stream().map(Column::name).toList());
    for (Object item : rows.apply(answer)) {
      List<String> cells = new ArrayList<>(columns.size());
      for (Column c : columns) {
        cells.add(text(c.value(item)));
      }
      line(out, cells);
    }
    ctx.contentType(CONTENT_TYPE);
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    ctx.result(out.toString());
  }

  /** The header of a route's CSV. */
  List<String> header() {
    List<Column> columns = new ArrayList<>();
    columns(rowType, "", new ArrayList<>(), columns);
    return columns.stream().map(Column::name).toList();
  }

  /** One column: its name and the accessors from the item to its value. */
  private record Column(String name, List<RecordComponent> path) {
    Object value(Object item) throws Exception {
      Object v = item;
      for (RecordComponent c : path) {
        if (v == null) {
          return null;
        }
        v = c.getAccessor().invoke(v);
      }
      return v;
    }
  }

  private static void columns(Class<?> type, String prefix, List<RecordComponent> path, List<Column> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      List<RecordComponent> p = new ArrayList<>(path);
      p.add(c);
      String name = prefix + Json.NAMING.translate(c.getName());
      if (c.getType().isRecord()) {
        columns(c.getType(), name + "_", p, out);
      } else {
        out.add(new Column(name, p));
      }
    }
  }

  private static String text(Object v) throws Exception {
    if (v == null) {
      return "";
    }
    if (v instanceof List<?> l) {
      if (l.stream().allMatch(x -> x instanceof String || x instanceof Enum<?>)) {
        return String.join("|", l.stream().map(x -> x instanceof Enum<?> e ? Json.written(e) : (String) x).toList());
      }
      return Json.MAPPER.writeValueAsString(l);
    }
    return v instanceof Enum<?> e ? Json.written(e) : String.valueOf(v);
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String s = cells.get(i);
      if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
        out.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        out.append(s);
      }
    }
    out.append("\r\n");
  }
}
