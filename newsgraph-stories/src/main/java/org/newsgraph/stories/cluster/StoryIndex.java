package org.newsgraph.stories.cluster;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where candidate stories come from: for each key (an entity, a term) and each month, the stories that hold the key
 * among their heaviest and were active that month, newest first; stories without a dated article sit in a month of
 * their own. A lookup reads at most {@code perList} stories from each list it visits, so its cost does not grow with
 * the number of stories. The index is a function of the stories' current states alone (rebuilt exactly on load).
 *
 * <p>Each list is a pair of arrays ordered by the story's last position in the stream: a story that changes takes
 * the newest position, so listing it is mostly an append, and the newest stories of a list are its last entries
 * (tree maps of boxed positions, before, cost more per lookup and per change as the index grew: {@code bench
 * stories} with JFR).
 */
final class StoryIndex {
  static final int UNDATED = Integer.MIN_VALUE;
  /** Months one story may be listed under: the latest ones of a long story. */
  static final int MAX_MONTHS = 24;

  /** Per key: the stories over every month, and per month. One map lookup per key. */
  private final Map<String, Lists> byKey = new HashMap<>();
  /** What each story is listed under now, to take it out when it changes. */
  private final Map<String, Listing> listed = new HashMap<>();

  private record Listing(long seq, List<String> keys, int[] months) {}

  /** Story ids by their last stream position, oldest first; one id per position. */
  private static final class SeqList {
    private long[] seqs = new long[2];
    private String[] ids = new String[2];
    private int size;

    void put(long seq, String id) {
      int at = size;
      if (size > 0 && seqs[size - 1] >= seq) {
        int i = Arrays.binarySearch(seqs, 0, size, seq);
        if (i >= 0) {
          ids[i] = id;
          return;
        }
        at = -i - 1;
      }
      if (size == seqs.length) {
        seqs = Arrays.copyOf(seqs, size * 2);
        ids = Arrays.copyOf(ids, size * 2);
      }
      System.arraycopy(seqs, at, seqs, at + 1, size - at);
      System.arraycopy(ids, at, ids, at + 1, size - at);
      seqs[at] = seq;
      ids[at] = id;
      size++;
    }

    void remove(long seq) {
      int i = Arrays.binarySearch(seqs, 0, size, seq);
      if (i < 0) {
        return;
      }
      System.arraycopy(seqs, i + 1, seqs, i, size - i - 1);
      System.arraycopy(ids, i + 1, ids, i, size - i - 1);
      ids[--size] = null;
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** The newest {@code n}, newest first. */
    void take(int n, Consumer<String> out) {
      for (int i = size - 1; i >= 0 && i >= size - n; i--) {
        out.accept(ids[i]);
      }
    }
  }

  /** The lists of one key: over every month, and per month (months ascending, {@link #UNDATED} first). */
  private static final class Lists {
    final SeqList recent = new SeqList();
    int[] months = new int[0];
    SeqList[] byMonth = new SeqList[0];

    SeqList month(int m) {
      int i = Arrays.binarySearch(months, m);
      return i >= 0 ? byMonth[i] : null;
    }

    SeqList monthOrNew(int m) {
      int i = Arrays.binarySearch(months, m);
      if (i >= 0) {
        return byMonth[i];
      }
      int at = -i - 1;
      int[] ms = new int[months.length + 1];
      SeqList[] ls = new SeqList[months.length + 1];
      System.arraycopy(months, 0, ms, 0, at);
      System.arraycopy(byMonth, 0, ls, 0, at);
      System.arraycopy(months, at, ms, at + 1, months.length - at);
      System.arraycopy(byMonth, at, ls, at + 1, months.length - at);
      ms[at] = m;
      ls[at] = new SeqList();
      months = ms;
      byMonth = ls;
      return ls[at];
    }

    void dropMonth(int m) {
      int i = Arrays.binarySearch(months, m);
      if (i < 0) {
        return;
      }
      int[] ms = new int[months.length - 1];
      SeqList[] ls = new SeqList[months.length - 1];
      System.arraycopy(months, 0, ms, 0, i);
      System.arraycopy(byMonth, 0, ls, 0, i);
      System.arraycopy(months, i + 1, ms, i, months.length - i - 1);
      System.arraycopy(byMonth, i + 1, ls, i, months.length - i - 1);
      months = ms;
      byMonth = ls;
    }
  }

  static int month(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  /** Lists (or re-lists) a story under its keys and months. */
  void put(String storyId, long seq, List<String> keys, LocalDate first, LocalDate last) {
    Listing old = listed.remove(storyId);
    int[] months;
    if (first == null) {
      months = new int[] {UNDATED};
    } else {
      int a = Math.max(month(first), month(last) - MAX_MONTHS + 1);
      months = new int[month(last) - a + 1];
      for (int m = a; m <= month(last); m++) {
        months[m - a] = m;
      }
    }
    if (old != null) {
      for (String k : old.keys()) {
        if (!keys.contains(k)) {
          unlist(k, old);
        }
      }
    }
    for (String k : keys) {
      Lists l = byKey.computeIfAbsent(k, x -> new Lists());
      if (old != null && old.keys().contains(k)) {
        remove(l, old);
      }
      l.recent.put(seq, storyId);
      for (int m : months) {
        l.monthOrNew(m).put(seq, storyId);
      }
    }
    listed.put(storyId, new Listing(seq, List.copyOf(keys), months));
  }

  /** Takes the story listed as {@code old} out of the lists of {@code key}, and drops them when they empty. */
  private void unlist(String key, Listing old) {
    Lists l = byKey.get(key);
    if (l != null) {
      remove(l, old);
      if (l.recent.isEmpty()) {
        byKey.remove(key);
      }
    }
  }

  private static void remove(Lists l, Listing old) {
    l.recent.remove(old.seq());
    for (int m : old.months()) {
      SeqList t = l.month(m);
      if (t != null) {
        t.remove(old.seq());
        if (t.isEmpty()) {
          l.dropMonth(m);
        }
      }
    }
  }

  /**
   * The stories listed under {@code key}: for a dated article, those of the months within {@code window} of its
   * date and the undated ones; for an undated article, the newest of any month. At most {@code perList} from each
   * list, newest first.
   */
  void candidates(String key, LocalDate date, int window, int perList, Consumer<String> out) {
    Lists l = byKey.get(key);
    if (l == null) {
      return;
    }
    if (date == null) {
      l.recent.take(perList, out);
      return;
    }
    int m = month(date);
    int i = Arrays.binarySearch(l.months, m - window);
    for (i = i >= 0 ? i : -i - 1; i < l.months.length && l.months[i] <= m + window; i++) {
      l.byMonth[i].take(perList, out);
    }
    SeqList undated = l.month(UNDATED);
    if (undated != null) {
      undated.take(perList, out);
    }
  }

  int stories() {
    return listed.size();
  }
}
