package org.newsgraph.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Splits ids into chunks, for {@code IN (SELECT unnest(?))} queries of bounded size. */
final class Chunks {
  private Chunks() {}

  /** The distinct items, in order, in lists of at most {@code size}. */
  static <T> List<List<T>> of(Collection<T> items, int size) {
    List<T> list = new ArrayList<>(new LinkedHashSet<>(items));
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i += size) {
      out.add(list.subList(i, Math.min(list.size(), i + size)));
    }
    return out;
  }
}
