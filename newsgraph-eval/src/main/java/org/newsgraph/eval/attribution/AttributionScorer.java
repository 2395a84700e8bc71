package org.newsgraph.eval.attribution;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Span;
import org.newsgraph.extract.claims.BratAttribution.Role;
import org.newsgraph.extract.claims.BratAttribution;

/**
 * Scores predicted attributions against gold, document by document. Per role: exact-span P/R/F1 (the fragments
 * equal, one-to-one) and token-overlap P/R/F1 (pairs matched one-to-one greedily by shared tokens, largest first;
 * each pair earns the shared share of its predicted tokens towards precision and of its gold tokens towards
 * recall). Linked: a predicted attribution counts when one unmatched gold attribution shares cue tokens, content
 * tokens and source tokens (or both have no source). Tokens are runs of letters/digits and single other marks.
 */
public final class AttributionScorer {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  private final Map<Role, Counts> roles = new EnumMap<>(Role.class);
  private final Counts linked = new Counts();

  public AttributionScorer() {
    for (Role r : Role.values()) {
      roles.put(r, new Counts());
    }
  }

  /** P/R/F1 of one measure. */
  public record Prf(double precision, double recall, double f1) {
    static Prf of(double matchedP, double predicted, double matchedR, double gold) {
      double p = predicted == 0 ? 0 : matchedP / predicted;
      double r = gold == 0 ? 0 : matchedR / gold;
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** The figures of one role. */
  public record RoleResult(Prf exact, Prf overlap, int predicted, int gold) {}

  /** Everything scored so far. */
  public record Result(Map<Role, RoleResult> roles, Prf linked, int predicted, int gold) {
    public String toTable(String name) {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%-10s %-8s %6s %6s %6s   %6s %6s %6s   %5s %5s%n", name, "role", "exP",
          "exR", "exF1", "ovP", "ovR", "ovF1", "pred", "gold"));
      for (Map.Entry<Role, RoleResult> e : roles.entrySet()) {
        RoleResult r = e.getValue();
        sb.append(String.format(Locale.ROOT, "%-10s %-8s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f   %5d %5d%n", "",
            e.getKey().name().toLowerCase(Locale.ROOT), r.exact().precision(), r.exact().recall(), r.exact().f1(),
            r.overlap().precision(), r.overlap().recall(), r.overlap().f1(), r.predicted(), r.gold()));
      }
      sb.append(String.format(Locale.ROOT, "%-10s %-8s %6.3f %6.3f %6.3f   %21s %5d %5d%n", "", "linked",
          linked.precision(), linked.recall(), linked.f1(), "", predicted, gold));
      return sb.toString();
    }
  }

  private static final class Counts {
    double exactMatched;
    double overlapP;
    double overlapR;
    int predicted;
    int gold;
  }

  /** Adds one document: its text, the gold and the predicted attributions. */
  public void add(String text, List<BratAttribution> gold, List<BratAttribution> predicted) {
    List<Span> tokens = tokens(text);
    for (Role r : Role.values()) {
      List<List<Span>> g = gold.stream().map(a -> a.role(r)).filter(s -> !s.isEmpty()).toList();
      List<List<Span>> p = predicted.stream().map(a -> a.role(r)).filter(s -> !s.isEmpty()).toList();
      Counts c = roles.get(r);
      c.gold += g.size();
      c.predicted += p.size();
      c.exactMatched += exact(text, g, p);
      List<BitSet> gt = g.stream().map(s -> cover(tokens, s)).toList();
      List<BitSet> pt = p.stream().map(s -> cover(tokens, s)).toList();
      boolean[] gu = new boolean[gt.size()];
      boolean[] pu = new boolean[pt.size()];
      while (true) {
        int bi = -1;
        int bj = -1;
        int best = 0;
        for (int i = 0; i < pt.size(); i++) {
          for (int j = 0; j < gt.size() && !pu[i]; j++) {
            if (!gu[j]) {
              int shared = shared(pt.get(i), gt.get(j));
              if (shared > best) {
                best = shared;
                bi = i;
                bj = j;
              }
            }
          }
        }
        if (bi < 0) {
          break;
        }
        pu[bi] = true;
        gu[bj] = true;
        c.overlapP += (double) best / Math.max(1, pt.get(bi).cardinality());
        c.overlapR += (double) best / Math.max(1, gt.get(bj).cardinality());
      }
    }
    linked.gold += gold.size();
    linked.predicted += predicted.size();
    boolean[] used = new boolean[gold.size()];
    for (BratAttribution p : predicted) {
      for (int j = 0; j < gold.size(); j++) {
        if (!used[j] && linkedMatch(tokens, p, gold.get(j))) {
          used[j] = true;
          linked.exactMatched++;
          break;
        }
      }
    }
  }

  public Result result() {
    Map<Role, RoleResult> out = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      Counts c = roles.get(r);
      out.put(r, new RoleResult(Prf.of(c.exactMatched, c.predicted, c.exactMatched, c.gold),
          Prf.of(c.overlapP, c.predicted, c.overlapR, c.gold), c.predicted, c.gold));
    }
    return new Result(out, Prf.of(linked.exactMatched, linked.predicted, linked.exactMatched, linked.gold),
        linked.predicted, linked.gold);
  }

  private static boolean linkedMatch(List<Span> tokens, BratAttribution p, BratAttribution g) {
    boolean source = p.source().isEmpty() && g.source().isEmpty()
        || shared(cover(tokens, p.source()), cover(tokens, g.source())) > 0;
    return source && shared(cover(tokens, p.cue()), cover(tokens, g.cue())) > 0
        && shared(cover(tokens, p.content()), cover(tokens, g.content())) > 0;
  }

  private static int exact(String text, List<List<Span>> gold, List<List<Span>> predicted) {
    List<List<Span>> left = new ArrayList<>(gold.stream().map(s -> trimmed(text, s)).toList());
    int n = 0;
    for (List<Span> p : predicted) {
      if (left.remove(trimmed(text, p))) {
        n++;
      }
    }
    return n;
  }

  /** Fragments with surrounding blanks removed, so "said " and "said" are the same span. */
  private static List<Span> trimmed(String text, List<Span> frags) {
    List<Span> out = new ArrayList<>();
    for (Span s : frags) {
      int b = s.begin();
      int e = Math.min(s.end(), text.length());
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > b) {
        out.add(new Span(b, e));
      }
    }
    return out;
  }

  static List<Span> tokens(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
    return out;
  }

  private static BitSet cover(List<Span> tokens, List<Span> frags) {
    BitSet b = new BitSet();
    for (Span f : frags) {
      int lo = 0;
      int hi = tokens.size();
      while (lo < hi) { // first token ending after f.begin
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).end() <= f.begin()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int i = lo; i < tokens.size() && tokens.get(i).begin() < f.end(); i++) {
        b.set(i);
      }
    }
    return b;
  }

  private static int shared(BitSet a, BitSet b) {
    BitSet x = (BitSet) a.clone();
    x.and(b);
    return x.cardinality();
  }
}
