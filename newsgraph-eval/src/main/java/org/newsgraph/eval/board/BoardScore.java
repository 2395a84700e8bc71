package org.newsgraph.eval.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision of a store's board statements against hand judgements, by kind. A statement nobody judged is counted
 * apart (unjudged), never as right or wrong.
 *
 * @param kinds      per kind: statements, judged, right
 * @param wrong      the judged-wrong statements (id and why)
 * @param unjudged   the ids of the statements without a judgement
 */
public record BoardScore(List<Kind> kinds, List<String> wrong, List<String> unjudged) {
  /** One kind's counts and its precision over the judged statements (NaN when none is judged). */
  public record Kind(String kind, int statements, int judged, int right, double precision) {}

  public static BoardScore of(List<BoardStatement> statements, Map<String, BoardLabel> labels) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    BoardStatement.KINDS.forEach(k -> counts.put(k, new int[3]));
    List<String> wrong = new ArrayList<>();
    List<String> unjudged = new ArrayList<>();
    for (BoardStatement s : statements) {
      int[] c = counts.computeIfAbsent(s.kind(), k -> new int[3]);
      c[0]++;
      BoardLabel l = labels.get(s.id());
      if (l == null) {
        unjudged.add(s.id());
        continue;
      }
      c[1]++;
      if (l.correct()) {
        c[2]++;
      } else {
        wrong.add(s.id() + "  (" + l.why() + ")");
      }
    }
    List<Kind> kinds = new ArrayList<>();
    counts.forEach((k, c) -> kinds.add(new Kind(k, c[0], c[1], c[2], c[1] == 0 ? Double.NaN : (double) c[2] / c[1])));
    return new BoardScore(kinds, wrong, unjudged);
  }

  /** The figures as a table, the wrong statements after it. */
  public String text() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-16s %10s %7s %6s %9s%n", "kind", "statements",
        "judged", "right", "precision"));
    int n = 0;
    int j = 0;
    int r = 0;
    for (Kind k : kinds) {
      b.append(String.format(Locale.ROOT, "%-16s %10d %7d %6d %9s%n", k.kind(), k.statements(), k.judged(), k.right(),
          Double.isNaN(k.precision()) ? "-" : String.format(Locale.ROOT, "%.3f", k.precision())));
      n += k.statements();
      j += k.judged();
      r += k.right();
    }
    b.append(String.format(Locale.ROOT, "%-16s %10d %7d %6d %9s%n", "all", n, j, r,
        j == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) r / j)));
    if (!unjudged.isEmpty()) {
      b.append(unjudged.size()).append(" statement(s) not judged (--list FILE writes them for judging)\n");
    }
    if (!wrong.isEmpty()) {
      b.append("wrong:\n");
      wrong.forEach(w -> b.append("  ").append(w).append('\n'));
    }
    return b.toString();
  }
}
