package org.newsgraph.eval.precision;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The figures of a precision run, for people (text) and for machines (a map written as JSON, snake_case). */
public final class PrecisionReport {
  /** What the output says of the test split every time it is printed. */
  public static final String HELD_OUT = "held out: report it, never tune on it";
  /** What the output says of the dev split. */
  public static final String DEV = "development: may be looked at while tuning";
  /** What the output says of the fresh split every time it is printed. */
  public static final String FRESH = "second sample, labelled blind: report it, never tune on it";
  /** What the output says of the blind3 split every time it is printed. */
  public static final String BLIND3 = "third sample, labelled blind: report it, never tune on it";

  private PrecisionReport() {}

  /** The figures of every split scored, one block each, the split named; dev before test. */
  public static String text(Map<String, SplitTally> tallies) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, SplitTally> e : ordered(tallies).entrySet()) {
      SplitTally t = e.getValue();
      sb.append(String.format(Locale.ROOT, "split %s (%d articles; %s)%s%n", e.getKey(), t.articles(),
          note(e.getKey()),
          t.reanchored() > 0 ? " [" + t.reanchored() + " re-anchored]" : ""));
      sb.append(String.format(Locale.ROOT, "  claims: %d predicted, fully right %s%n", t.claimsPredicted(),
          pct(t.claimsRight(), t.claimsPredicted())));
      for (ClaimError c : ClaimError.values()) {
        sb.append(String.format(Locale.ROOT, "    %-30s %s%n", c.label(), pct(t.claimErrors(c),
            t.claimsPredicted())));
      }
      sb.append(String.format(Locale.ROOT, "    recall: %s of %d gold claims have a fully right prediction; %s "
          + "are found at all%n", pct(t.goldClaimsRecalled(), t.goldClaims()), t.goldClaims(),
          pct(t.goldClaimsFound(), t.goldClaims())));
      if (t.claimReliability().items() > 0) {
        sb.append("    reliability of the claims' confidence (fully right)").append("dev".equals(e.getKey())
            ? "; in-sample: the calibration was fitted on dev (`train claim-confidence` prints it cross-validated)"
            : "").append(":\n").append(t.claimReliability().text()
            .replaceAll("(?m)^", "  "));
      }
      sb.append(String.format(Locale.ROOT, "  events: %d predicted, fully right %s%n", t.eventsPredicted(),
          pct(t.eventsRight(), t.eventsPredicted())));
      for (EventError c : EventError.values()) {
        sb.append(String.format(Locale.ROOT, "    %-30s %s%n", c.label(), pct(t.eventErrors(c),
            t.eventsPredicted())));
      }
      sb.append(String.format(Locale.ROOT, "    recall: %s of %d gold events have a fully right prediction; %s "
          + "are found at all%n", pct(t.goldEventsRecalled(), t.goldEvents()), t.goldEvents(),
          pct(t.goldEventsFound(), t.goldEvents())));
      sb.append(String.format(Locale.ROOT, "    %d events coded in the %d articles the gold says have none%n",
          t.eventsWhereNone(), t.articlesWithoutEvents()));
    }
    return sb.toString();
  }

  /** The same figures as nested maps (shares are fractions 0..1). */
  public static Map<String, Object> json(Map<String, SplitTally> tallies) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, SplitTally> e : ordered(tallies).entrySet()) {
      SplitTally t = e.getValue();
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("articles", t.articles());
      s.put("held_out", !"dev".equals(e.getKey()));
      s.put("note", note(e.getKey()));
      s.put("reanchored_articles", t.reanchored());
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("predicted", t.claimsPredicted());
      c.put("fully_right", t.claimsRight());
      c.put("fully_right_share", SplitTally.share(t.claimsRight(), t.claimsPredicted()));
      Map<String, Object> ce = new LinkedHashMap<>();
      for (ClaimError x : ClaimError.values()) {
        ce.put(x.name().toLowerCase(Locale.ROOT), count(t.claimErrors(x), t.claimsPredicted()));
      }
      c.put("errors", ce);
      c.put("gold", t.goldClaims());
      c.put("found", t.goldClaimsFound());
      c.put("recalled", t.goldClaimsRecalled());
      c.put("recall", SplitTally.share(t.goldClaimsRecalled(), t.goldClaims()));
      c.put("confidence_reliability", reliability(t.claimReliability()));
      s.put("claims", c);
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("predicted", t.eventsPredicted());
      v.put("fully_right", t.eventsRight());
      v.put("fully_right_share", SplitTally.share(t.eventsRight(), t.eventsPredicted()));
      Map<String, Object> ve = new LinkedHashMap<>();
      for (EventError x : EventError.values()) {
        ve.put(x.name().toLowerCase(Locale.ROOT), count(t.eventErrors(x), t.eventsPredicted()));
      }
      v.put("errors", ve);
      v.put("gold", t.goldEvents());
      v.put("found", t.goldEventsFound());
      v.put("recalled", t.goldEventsRecalled());
      v.put("recall", SplitTally.share(t.goldEventsRecalled(), t.goldEvents()));
      v.put("articles_without_gold_events", t.articlesWithoutEvents());
      v.put("events_in_articles_without_gold_events", t.eventsWhereNone());
      s.put("events", v);
      out.put(e.getKey(), s);
    }
    return out;
  }

  /** What the output says of a split: only dev may be looked at while tuning. */
  static String note(String split) {
    if ("dev".equals(split)) {
      return DEV;
    }
    if (FreshSample.SPLIT.equals(split)) {
      return FRESH;
    }
    return Blind3Sample.SPLIT.equals(split) ? BLIND3 : HELD_OUT;
  }

  /** dev, then test, then any other split in the order seen. */
  static Map<String, SplitTally> ordered(Map<String, SplitTally> tallies) {
    Map<String, SplitTally> out = new LinkedHashMap<>();
    for (String s : new String[] {"dev", "test"}) {
      if (tallies.containsKey(s)) {
        out.put(s, tallies.get(s));
      }
    }
    tallies.forEach(out::putIfAbsent);
    return out;
  }

  /** A reliability table as JSON: the non-empty bins and the expected calibration error. */
  static Map<String, Object> reliability(org.newsgraph.extract.learn.Reliability r) {
    java.util.List<Map<String, Object>> bins = new java.util.ArrayList<>();
    for (org.newsgraph.extract.learn.Reliability.Bin b : r.table()) {
      if (b.items() > 0) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", b.from());
        m.put("to", b.to());
        m.put("items", b.items());
        m.put("mean_confidence", b.meanGiven());
        m.put("share_right", b.shareRight());
        bins.add(m);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", r.items());
    m.put("expected_calibration_error", r.expectedCalibrationError());
    m.put("bins", bins);
    return m;
  }

  private static Map<String, Object> count(int n, int of) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", n);
    m.put("share", SplitTally.share(n, of));
    return m;
  }

  private static String pct(int n, int of) {
    return String.format(Locale.ROOT, "%5.1f%% (%d)", 100 * SplitTally.share(n, of), n);
  }
}
