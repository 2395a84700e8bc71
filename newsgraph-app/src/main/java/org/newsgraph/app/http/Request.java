package org.newsgraph.app.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.newsgraph.ingest.TextDecoder;

/** One request to a route, its parameters read and checked as the route declares them ({@link Param}). */
final class Request {
  private final Context ctx;
  private final Route route;

  Request(Context ctx, Route route) {
    this.ctx = ctx;
    this.route = route;
  }

  Context context() {
    return ctx;
  }

  /** A string parameter, stripped; null when absent or blank (400 when it is required). */
  String text(String name) {
    Param p = route.param(name);
    String v = p.where() == Param.Where.PATH ? ctx.pathParam(name) : ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      if (p.required()) {
        throw new ApiException(400, "give " + p.description().toLowerCase(java.util.Locale.ROOT) + ": "
            + route.path() + "?" + name + "=" + p.example());
      }
      return null;
    }
    return v.strip();
  }

  /** A whole-number parameter: its default when absent, 400 when it is no number or out of range. */
  int integer(String name) {
    Param p = route.param(name);
    String v = ctx.queryParam(name);
    if (v == null) {
      return p.dflt();
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new ApiException(400, name + " must be a whole number, not '" + v + "'");
    }
    if (n < p.min() || n > p.max()) {
      throw new ApiException(400, name + " must be between " + p.min() + " and " + p.max());
    }
    return n;
  }

  /** A number from 0 to 1; null when absent; 400 when it is no number or out of range. */
  Double fraction(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    double x;
    try {
      x = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new ApiException(400, name + " must be a number from 0 to 1, not '" + v + "'");
    }
    if (!(x >= 0 && x <= 1)) {
      throw new ApiException(400, name + " must be a number from 0 to 1, not '" + v + "'");
    }
    return x;
  }

  /** A date parameter; null when absent; 400 when it is not a date. */
  LocalDate date(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiException(400, name + " must be a date like 2025-01-31, not '" + v + "'");
    }
  }

  /** Days [from, to); either may be null (unbounded). */
  record Period(LocalDate from, LocalDate to) {}

  /** The dates {@code from} and {@code to}, checked to be in order. */
  Period period() {
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && !from.isBefore(to)) {
      throw new ApiException(400, "from (" + from + ") must be before to (" + to + ")");
    }
    return new Period(from, to);
  }

  /**
   * The request body as text, checked and decoded as {@code newsgraph ingest} reads a file ({@link TextDecoder}: a
   * byte-order mark, else strict UTF-8, else Windows-1252); 400 when there is none, 415 when it is binary (an
   * executable, an image, compressed data), which the CLI refuses too.
   */
  String body() {
    if (!route.textBody()) {
      throw new IllegalStateException(route.method() + " " + route.path() + " reads a body it does not declare");
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
      throw new ApiException(400, "send the article text as the request body");
    }
    try {
      return TextDecoder.decode(bytes).text();
    } catch (TextDecoder.NotTextException e) {
      throw new ApiException(415, "the body is not article text: " + e.getMessage() + "; send plain text (UTF-8)");
    }
  }

  /** The JSON request body as a {@code type} record; 400 when it is missing or malformed (unknown fields included). */
  <T> T json(Class<T> type) {
    if (route.jsonBody() != type) {
      throw new IllegalStateException(route.method() + " " + route.path() + " reads a body it does not declare");
    }
    String body = ctx.body();
    if (body.isBlank()) {
      throw new ApiException(400, "send a JSON object as the request body");
    }
    try {
      T value = org.newsgraph.app.json.Json.MAPPER.readValue(body, type);
      if (value == null) {
        throw new ApiException(400, "send a JSON object as the request body, not null");
      }
      return value;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ApiException(400, "the body is not the JSON object expected: " + e.getOriginalMessage());
    }
  }
}
