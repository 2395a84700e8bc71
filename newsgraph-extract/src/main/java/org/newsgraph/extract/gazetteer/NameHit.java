package org.newsgraph.extract.gazetteer;

import java.util.Objects;

/**
 * One reading of a surface string: the entry it names and how it names it.
 *
 * @param entry the entry named
 * @param kind  how the surface names it
 */
public record NameHit(GazetteerEntry entry, NameKind kind) {
  public NameHit {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(kind, "kind");
  }
}
