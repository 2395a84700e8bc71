package org.newsgraph.extract.claims.model;

import java.util.List;

/**
 * The label set of a BIO tagger: {@code O}, then {@code B-X} and {@code I-X} for each span type X, and which label
 * may follow which. {@code I-X} continues a span of type X, so it may only follow {@code B-X} or {@code I-X}; every
 * other label may follow anything and may open a sequence.
 */
public final class Labels {
  private final List<String> names;
  private final boolean[][] follows; // [previous][next]
  private final boolean[] opens;

  private Labels(List<String> names) {
    this.names = List.copyOf(names);
    int n = names.size();
    follows = new boolean[n][n];
    opens = new boolean[n];
    for (int next = 0; next < n; next++) {
      String type = insideType(names.get(next));
      opens[next] = type == null;
      for (int prev = 0; prev < n; prev++) {
        follows[prev][next] = type == null || type.equals(spanType(names.get(prev)));
      }
    }
  }

  /** {@code O}, then {@code B-t}, {@code I-t} for each type in order: "O B-CUE I-CUE" for {@code bio("CUE")}. */
  public static Labels bio(String... types) {
    String[] names = new String[1 + 2 * types.length];
    names[0] = "O";
    for (int i = 0; i < types.length; i++) {
      names[1 + 2 * i] = "B-" + types[i];
      names[2 + 2 * i] = "I-" + types[i];
    }
    return new Labels(List.of(names));
  }

  /** Labels from their names, as a model file lists them. */
  public static Labels of(List<String> names) {
    if (names.isEmpty() || !names.get(0).equals("O")) {
      throw new IllegalArgumentException("the first label must be O: " + names);
    }
    return new Labels(names);
  }

  public int size() {
    return names.size();
  }

  public String name(int label) {
    return names.get(label);
  }

  public List<String> names() {
    return names;
  }

  /** The index of a label name; -1 when there is none. */
  public int index(String name) {
    return names.indexOf(name);
  }

  /** Whether {@code next} may come right after {@code previous}. */
  public boolean follows(int previous, int next) {
    return follows[previous][next];
  }

  /** Whether {@code label} may open a sequence. */
  public boolean opens(int label) {
    return opens[label];
  }

  /** The span type a label begins or continues ("CUE" for {@code B-CUE} and {@code I-CUE}), null for {@code O}. */
  public static String spanType(String name) {
    return name.length() > 2 && name.charAt(1) == '-' ? name.substring(2) : null;
  }

  /** Whether the label begins a span. */
  public boolean begins(int label) {
    return names.get(label).startsWith("B-");
  }

  private static String insideType(String name) {
    return name.startsWith("I-") ? name.substring(2) : null;
  }
}
