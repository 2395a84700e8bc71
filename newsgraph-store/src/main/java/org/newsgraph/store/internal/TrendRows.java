package org.newsgraph.store.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.store.Trend;

/**
 * What a trend counts of one article ({@link TrendQueries}' rows, grouped): for each kind ({@link Trend.By}) and key,
 * how many of its events or claims count for that key. Keys that are null or empty are left out, as the query leaves
 * them out; an event counts once per actor and per recipient, and once for the article's outlet.
 */
public final class TrendRows {
  private final Map<String, Integer> counts = new TreeMap<>();

  /** Adds one row of {@code by} with {@code key}. */
  public void add(Trend.By by, String key) {
    if (key != null && !key.isEmpty()) {
      counts.merge((char) ('A' + by.ordinal()) + key, 1, Integer::sum);
    }
  }

  /** The rows of an analysed article. */
  public static TrendRows of(AnalyzedArticle a) {
    TrendRows r = new TrendRows();
    for (Event e : a.events()) {
      r.add(Trend.By.TYPE, e.type());
      e.actors().forEach(x -> r.add(Trend.By.ACTOR, x.entityId()));
      e.recipients().forEach(x -> r.add(Trend.By.RECIPIENT, x.entityId()));
      r.add(Trend.By.PLACE, e.location() == null ? null : e.location().entityId());
      r.add(Trend.By.OUTLET, a.article().outlet());
    }
    for (Claim c : a.claims()) {
      r.add(Trend.By.SOURCE, c.sourceEntityId());
      r.add(Trend.By.STANCE, IndexFacets.lower(c.stance().name()));
    }
    return r;
  }

  /** Kind and key (the kind as one letter before the key) to count. */
  public Map<String, Integer> counts() {
    return Map.copyOf(counts);
  }

  /** As a doc value: per row, the kind (a byte), the count (4 bytes), the key's UTF-8 length (2 bytes) and bytes. */
  static BytesRef encode(Map<String, Integer> counts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
      byte[] key = e.getKey().substring(1).getBytes(StandardCharsets.UTF_8);
      if (key.length > 0xFFFF) {
        continue; // no key is this long; the index keeps what it can count
      }
      int n = e.getValue();
      out.write(e.getKey().charAt(0) - 'A');
      out.write(n >>> 24);
      out.write(n >>> 16);
      out.write(n >>> 8);
      out.write(n);
      out.write(key.length >>> 8);
      out.write(key.length);
      out.write(key, 0, key.length);
    }
    return new BytesRef(out.toByteArray());
  }

  /** A row of an encoded value: its key's UTF-8 bytes {@code b[from, from + length)} and its count. */
  interface Row {
    void accept(byte[] b, int from, int length, int count);
  }

  /** Visits the rows of kind {@code by} in an encoded value (the key's bytes, not decoded: most repeat). */
  static void decode(BytesRef v, Trend.By by, Row row) {
    byte[] b = v.bytes;
    int i = v.offset;
    int end = v.offset + v.length;
    while (i + 7 <= end) {
      int kind = b[i];
      int n = (b[i + 1] & 0xFF) << 24 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 8 | (b[i + 4] & 0xFF);
      int len = (b[i + 5] & 0xFF) << 8 | (b[i + 6] & 0xFF);
      if (kind == by.ordinal()) {
        row.accept(b, i + 7, len, n);
      }
      i += 7 + len;
    }
  }
}
