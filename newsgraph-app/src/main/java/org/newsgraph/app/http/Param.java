package org.newsgraph.app.http;

/**
 * A parameter of a route: what the OpenAPI document says about it, and how {@link Request} reads and checks it.
 *
 * @param example  a value to show in the document and in the message when a required one is missing
 * @param dflt     an integer's default, else null
 * @param min      an integer's or fraction's least value, else null
 * @param max      an integer's or fraction's greatest value, else null
 */
record Param(String name, Where where, Type type, boolean required, String description, String example,
    Integer dflt, Integer min, Integer max) {
  /** Where the parameter is sent. */
  enum Where { PATH, QUERY }

  /** What it holds. */
  enum Type { STRING, INTEGER, DATE, FRACTION }

  /** A part of the path, {@code {name}} in it. */
  static Param path(String name, String description, String example) {
    return new Param(name, Where.PATH, Type.STRING, true, description, example, null, null, null);
  }

  /** An optional query string. */
  static Param text(String name, String description, String example) {
    return new Param(name, Where.QUERY, Type.STRING, false, description, example, null, null, null);
  }

  /** A query string the route cannot answer without. */
  static Param requiredText(String name, String description, String example) {
    return new Param(name, Where.QUERY, Type.STRING, true, description, example, null, null, null);
  }

  /** An optional whole number in [min, max], {@code dflt} when absent. */
  static Param integer(String name, String description, int dflt, int min, int max) {
    return new Param(name, Where.QUERY, Type.INTEGER, false, description, String.valueOf(dflt), dflt, min, max);
  }

  /** An optional number from 0 to 1 (a confidence). */
  static Param fraction(String name, String description, String example) {
    return new Param(name, Where.QUERY, Type.FRACTION, false, description, example, null, 0, 1);
  }

  /** An optional ISO date ({@code 2025-01-31}). */
  static Param date(String name, String description) {
    return new Param(name, Where.QUERY, Type.DATE, false, description, "2025-01-31", null, null, null);
  }
}
