package org.newsgraph.store.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.TimeExpression;

/**
 * What the search filters ({@link org.newsgraph.store.SearchFilter}) see of one article: its event types and claim
 * stances (lower case), its outlets (its own and its publications', trimmed of spaces and lower case), and the
 * resolved periods of its time expressions and events, each as [begin, end) in epoch days with an open end as
 * {@link Integer#MAX_VALUE}; and what a trend counts of it ({@link TrendRows#counts}).
 */
public record IndexFacets(Set<String> types, Set<String> stances, Set<String> outlets, Set<Period> periods,
    Map<String, Integer> trend) {
  /** Nothing to filter on or count. */
  public static final IndexFacets NONE = new IndexFacets(Set.of(), Set.of(), Set.of(), Set.of(), Map.of());

  /** A resolved period; {@code end} may be at or before {@code begin}, as the tables may hold it. */
  public record Period(int begin, int end) {
    static Period of(LocalDate begin, LocalDate end) {
      return new Period((int) begin.toEpochDay(), end == null ? Integer.MAX_VALUE : (int) end.toEpochDay());
    }
  }

  public IndexFacets {
    types = Set.copyOf(types);
    stances = Set.copyOf(stances);
    outlets = Set.copyOf(outlets);
    periods = Set.copyOf(periods);
    trend = Map.copyOf(trend);
  }

  /** The facets of an analysed article, with the outlets of {@code publications} beside its own. */
  public static IndexFacets of(AnalyzedArticle a, Collection<String> publicationOutlets) {
    Set<String> types = new LinkedHashSet<>();
    Set<Period> periods = new LinkedHashSet<>();
    for (Event e : a.events()) {
      types.add(lower(e.type()));
      if (e.begin() != null) {
        periods.add(Period.of(e.begin(), e.end()));
      }
    }
    for (TimeExpression t : a.times()) {
      if (t.begin() != null) {
        periods.add(Period.of(t.begin(), t.end()));
      }
    }
    Set<String> stances = new LinkedHashSet<>();
    for (Claim c : a.claims()) {
      stances.add(lower(c.stance().name()));
    }
    List<String> outlets = new ArrayList<>(publicationOutlets);
    outlets.add(a.article().outlet());
    return new IndexFacets(types, stances, outlets(outlets), periods, TrendRows.of(a).counts());
  }

  /** Outlets as the filter compares them, nulls left out. */
  static Set<String> outlets(Collection<String> outlets) {
    Set<String> out = new LinkedHashSet<>();
    for (String o : outlets) {
      if (o != null) {
        out.add(outlet(o));
      }
    }
    return out;
  }

  /** An outlet as the filter compares it: as SQL's {@code lower(trim(x))}, spaces only trimmed. */
  static String outlet(String outlet) {
    int b = 0;
    int e = outlet.length();
    while (b < e && outlet.charAt(b) == ' ') {
      b++;
    }
    while (e > b && outlet.charAt(e - 1) == ' ') {
      e--;
    }
    return lower(outlet.substring(b, e));
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
