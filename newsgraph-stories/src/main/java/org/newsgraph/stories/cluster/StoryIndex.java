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

  /** Per key: lastSeq → story id over every month, and per month. One map lookup per key and story listed. */
  private final Map<String, Lists> byKey = new HashMap<>();
  /** What each story is listed under now, to take it out when it changes. */
  private final Map<String, Listing> listed = new HashMap<>();

  private record Listing(long seq, List<String> keys, List<Integer> months) {}

  /** The lists of one key. */
  private static final class Lists {
    final TreeMap<Long, String> recent = new TreeMap<>();
    final Map<Integer, TreeMap<Long, String>> byMonth = new HashMap<>();
  }

  static int month(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  /** Lists (or re-lists) a story under its keys and months. */
  void put(String storyId, long seq, List<String> keys, LocalDate first, LocalDate last) {
    Listing old = listed.remove(storyId);
    List<Integer> months = new ArrayList<>();
    if (first == null) {
      months.add(UNDATED);
    } else {
      int a = Math.max(month(first), month(last) - MAX_MONTHS + 1);
      for (int m = a; m <= month(last); m++) {
        months.add(m);
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
        l.byMonth.computeIfAbsent(m, x -> new TreeMap<>()).put(seq, storyId);
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
      TreeMap<Long, String> t = l.byMonth.get(m);
      if (t != null) {
        t.remove(old.seq());
        if (t.isEmpty()) {
          l.byMonth.remove(m);
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
    Lists l = byKey.get(key);
    if (l == null) {
      return;
    }
    if (date == null) {
      take(l.recent, perList, out);
      return;
    }
    int m = month(date);
    for (int x = m - window; x <= m + window; x++) {
      take(l.byMonth.get(x), perList, out);
    }
    take(l.byMonth.get(UNDATED), perList, out);
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
