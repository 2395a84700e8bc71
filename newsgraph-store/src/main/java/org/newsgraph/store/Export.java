package org.newsgraph.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What {@link StoreFiles#export} writes: one table ({@link What}) as CSV, Parquet or JSON lines, filtered. The columns
 * of each table are documented in docs/EXPORT.md; they are named in snake_case and stay stable.
 */
public final class Export {
  private Export() {}

  /** The table exported. */
  public enum What { ARTICLES, ENTITIES, MENTIONS, CLAIMS, EVENTS;

    /** By its lower-case name, as the CLI spells it. */
    public static What parse(String name) {
      for (What w : values()) {
        if (w.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
          return w;
        }
      }
      throw new IllegalArgumentException("unknown --what '" + name + "': use one of articles, entities, mentions,"
          + " claims, events");
    }

    public String lower() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The file format: CSV (RFC 4180, a header line, UTF-8), Parquet, or JSON lines (one object per line). */
  public enum Format { CSV, PARQUET, JSONL }

  /**
   * Which rows to export; a null field lets everything through. {@code words} (a search, as {@link NewsStore#search}
   * reads it), {@code entity} (an id or name), {@code eventType} and the period [{@code from}, {@code to}) first
   * select articles; each table then applies them to its own rows as docs/EXPORT.md tells.
   */
  public record Filter(String words, String entity, String eventType, LocalDate from, LocalDate to) {
    /** Every row. */
    public static final Filter ALL = new Filter(null, null, null, null, null);

    public boolean isAll() {
      return words == null && entity == null && eventType == null && from == null && to == null;
    }
  }
}
