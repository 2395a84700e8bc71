package org.newsgraph.core;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Items found by where they are in the text: the ones whose span overlaps, lies within or contains a given span, in
 * the order they were given. Built once per document, so that a rule asking "which times overlap this token" or
 * "which cues lie in this quotation" reads only the items near the answer instead of every item of the document
 * (which makes a document's work grow with the square of its length).
 *
 * <p>A query costs a binary search plus the items that begin before the span ends and reach into it; with spans of
 * words and sentences that is the answer and little more.
 */
public final class SpanIndex<T> {
  private final List<T> items;
  private final Span[] spans;
  /** Positions of the items, by the begin of their span. */
  private final int[] byBegin;
  /** For each position in {@link #byBegin}: the furthest end among the items up to it. */
  private final int[] reach;

  private SpanIndex(List<T> items, Function<? super T, Span> span) {
    this(items, items.stream().map(span).toList());
  }

  /** Item {@code i} at span {@code i} (an item may come several times, once per span). */
  private SpanIndex(List<T> items, List<Span> at) {
    this.items = new ArrayList<>(items);
    int n = this.items.size();
    spans = new Span[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      spans[i] = at.get(i);
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> spans[i].begin()));
    byBegin = new int[n];
    reach = new int[n];
    int far = -1;
    for (int k = 0; k < n; k++) {
      byBegin[k] = order[k];
      far = Math.max(far, spans[order[k]].end());
      reach[k] = far;
    }
    Work.tally(n);
  }

  /** An index of {@code items} by {@code span}; null items are not allowed, a null span is. */
  public static <T> SpanIndex<T> of(Collection<? extends T> items, Function<? super T, Span> span) {
    return new SpanIndex<>(new ArrayList<T>(items), x -> {
      Span s = span.apply(x);
      return s == null ? new Span(Integer.MAX_VALUE, Integer.MAX_VALUE) : s; // never found
    });
  }

  /** The mentions of a list by their spans; the same list asked again on this thread gets the same index. */
  public static SpanIndex<Mention> ofMentions(List<Mention> mentions) {
    return cached(mentions, "mentions", l -> of(l, Mention::span));
  }

  /** The time expressions of a list by their spans; cached as {@link #ofMentions}. */
  public static SpanIndex<TimeExpression> ofTimes(List<TimeExpression> times) {
    return cached(times, "times", l -> of(l, TimeExpression::span));
  }

  /** The sentences of a list by their spans; cached as {@link #ofMentions}. */
  public static SpanIndex<Sentence> ofSentences(List<Sentence> sentences) {
    return cached(sentences, "sentences", l -> of(l, Sentence::span));
  }

  /**
   * The claims of a list by the spans of their content: a claim is found once for each content span that answers
   * (drop repeats with {@code distinct()}); cached as {@link #ofMentions}.
   */
  public static SpanIndex<Claim> ofClaimContents(List<Claim> claims) {
    return cached(claims, "claim contents", l -> {
      List<Claim> owners = new ArrayList<>();
      List<Span> spans = new ArrayList<>();
      for (Claim c : l) {
        for (Span content : c.content()) {
          owners.add(c);
          spans.add(content);
        }
      }
      return new SpanIndex<>(owners, spans);
    });
  }

  /**
   * The last few indexes made on this thread, by the identity of their list: a stage asks for the index of its
   * article's mentions once per claim or token, and the article's lists do not change (they are immutable copies;
   * a list that is not immutable is indexed afresh each time).
   */
  private static final ThreadLocal<List<Cached>> CACHE = ThreadLocal.withInitial(ArrayList::new);
  private static final int CACHED = 6;

  /** The list is held weakly; its index holds it while the entry lasts, and only {@link #CACHED} entries do. */
  private record Cached(WeakReference<List<?>> list, String kind, SpanIndex<?> index) {}

  @SuppressWarnings("unchecked")
  private static <T, R> SpanIndex<R> cached(List<T> list, String kind, Function<List<T>, SpanIndex<R>> make) {
    if (List.copyOf(list) != list) {
      return make.apply(list); // a list that may change: never taken from the cache
    }
    List<Cached> cache = CACHE.get();
    for (int i = cache.size() - 1; i >= 0; i--) {
      Cached c = cache.get(i);
      if (c.list().get() == list && c.kind().equals(kind)) {
        return (SpanIndex<R>) c.index();
      }
    }
    SpanIndex<R> made = make.apply(list);
    if (cache.size() == CACHED) {
      cache.remove(0);
    }
    cache.add(new Cached(new WeakReference<>(list), kind, made));
    return made;
  }

  /** Spans themselves. */
  public static SpanIndex<Span> ofSpans(Collection<Span> spans) {
    return of(spans, s -> s);
  }

  /** The items whose span overlaps {@code s} ({@link Span#overlaps}), in the order given. */
  public List<T> overlapping(Span s) {
    return collect(s, x -> x.overlaps(s));
  }

  /** The items whose span lies within {@code s} ({@code s.contains(item)}), in the order given. */
  public List<T> within(Span s) {
    return collect(s, s::contains);
  }

  /** The items whose span contains {@code s}, in the order given. */
  public List<T> containing(Span s) {
    return collect(s, x -> x.contains(s));
  }

  /** Whether any item's span overlaps {@code s}. */
  public boolean anyOverlapping(Span s) {
    return !overlapping(s).isEmpty();
  }

  public int size() {
    return items.size();
  }

  private interface Test {
    boolean holds(Span item);
  }

  /**
   * The items passing {@code test} among those that could touch {@code s}: they begin no later than its end and
   * reach at least its begin (an empty span touches both ways).
   */
  private List<T> collect(Span s, Test test) {
    int hi = firstBeginAfter(s.end()); // items at positions below hi begin at or before s.end()
    List<Integer> found = new ArrayList<>();
    for (int k = hi - 1; k >= 0 && reach[k] >= s.begin(); k--) {
      Work.tally(1);
      int i = byBegin[k];
      if (test.holds(spans[i])) {
        found.add(i);
      }
    }
    found.sort(null);
    List<T> out = new ArrayList<>(found.size());
    for (int i : found) {
      out.add(items.get(i));
    }
    return out;
  }

  /** The first position in {@link #byBegin} whose item begins after {@code offset}. */
  private int firstBeginAfter(int offset) {
    int lo = 0;
    int hi = byBegin.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans[byBegin[mid]].begin() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
