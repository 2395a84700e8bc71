package org.newsgraph.stories.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where candidate stories come from: for each key (an entity, a term) and each month, the stories that hold the key
 * among their heaviest and were active that month, newest first; stories without a dated article sit in a month of
 * their own. A lookup reads at most {@code perList} stories from each list it visits, so its cost does not grow with
 * the number of stories. The index is a function of the stories' current states alone (rebuilt exactly on load).
 */
final class StoryIndex {
  static final int UNDATED = Integer.MIN_VALUE;
  /** Months one story may be listed under: the latest ones of a long story. */
  static final int MAX_MONTHS = 24;

  /** (key, month) → lastSeq → story id; and key → lastSeq → story id over every month. */
  private final Map<String, Map<Integer, TreeMap<Long, String>>> byMonth = new HashMap<>();
  private final Map<String, TreeMap<Long, String>> recent = new HashMap<>();
  /** What each story is listed under now, to take it out when it changes. */
  private final Map<String, Listing> listed = new HashMap<>();

  private record Listing(long seq, List<String> keys, List<Integer> months) {}

  static int month(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  /** Lists (or re-lists) a story under its keys and months. */
  void put(String storyId, long seq, List<String> keys, LocalDate first, LocalDate last) {
    remove(storyId);
    List<Integer> months = new ArrayList<>();
    if (first == null) {
      months.add(UNDATED);
    } else {
      int a = Math.max(month(first), month(last) - MAX_MONTHS + 1);
      for (int m = a; m <= month(last); m++) {
        months.add(m);
      }
    }
    for (String k : keys) {
      recent.computeIfAbsent(k, x -> new TreeMap<>()).put(seq, storyId);
      Map<Integer, TreeMap<Long, String>> mm = byMonth.computeIfAbsent(k, x -> new HashMap<>());
      for (int m : months) {
        mm.computeIfAbsent(m, x -> new TreeMap<>()).put(seq, storyId);
      }
    }
    listed.put(storyId, new Listing(seq, List.copyOf(keys), months));
  }

  private void remove(String storyId) {
    Listing l = listed.remove(storyId);
    if (l == null) {
      return;
    }
    for (String k : l.keys()) {
      TreeMap<Long, String> r = recent.get(k);
      if (r != null) {
        r.remove(l.seq());
        if (r.isEmpty()) {
          recent.remove(k);
        }
      }
      Map<Integer, TreeMap<Long, String>> mm = byMonth.get(k);
      if (mm != null) {
        for (int m : l.months()) {
          TreeMap<Long, String> t = mm.get(m);
          if (t != null) {
            t.remove(l.seq());
            if (t.isEmpty()) {
              mm.remove(m);
            }
          }
        }
        if (mm.isEmpty()) {
          byMonth.remove(k);
        }
      }
    }
  }

  /**
   * The stories listed under {@code key}: for a dated article, those of the months within {@code window} of its
   * date and the undated ones; for an undated article, the newest of any month. At most {@code perList} from each
   * list, newest first.
   */
  void candidates(String key, LocalDate date, int window, int perList, java.util.function.Consumer<String> out) {
    if (date == null) {
      take(recent.get(key), perList, out);
      return;
    }
    Map<Integer, TreeMap<Long, String>> mm = byMonth.get(key);
    if (mm == null) {
      return;
    }
    int m = month(date);
    for (int x = m - window; x <= m + window; x++) {
      take(mm.get(x), perList, out);
    }
    take(mm.get(UNDATED), perList, out);
  }

  private static void take(TreeMap<Long, String> t, int n, java.util.function.Consumer<String> out) {
    if (t == null) {
      return;
    }
    Iterator<String> it = t.descendingMap().values().iterator();
    for (int i = 0; i < n && it.hasNext(); i++) {
      out.accept(it.next());
    }
  }

  int stories() {
    return listed.size();
  }
}
