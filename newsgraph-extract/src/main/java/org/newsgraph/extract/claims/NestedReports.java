package org.newsgraph.extract.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.Set;
import org.newsgraph.core.Span;
import org.newsgraph.core.SpanIndex;

/**
 * Attributions nested in another's content ("X said a study concluded Y"; "As we've noted, a study concluded …"):
 * which stand as claims of their own, and which claim reports each. The outer claim keeps its content (X's claim is
 * the report "a study concluded Y"); the nested one carries Y and names the outer as what reports it
 * ({@link org.newsgraph.core.Claim#reportedBy()}). Only a cue that reports speech, writing, evidence or belief stands
 * on its own ("said", "concluded", "showed", "believed"); wanting, planning, offering or agreeing inside a report is
 * part of what is reported, as before.
 */
final class NestedReports {
  private static final Set<String> REPORTING = Set.of("say", "tell", "add", "state", "claim", "argue", "write",
      "warn", "declare", "announce", "insist", "explain", "note", "admit", "acknowledge", "concede", "confirm",
      "deny", "allege", "label", "brand", "conclude", "show", "find", "reveal", "suggest", "indicate", "report",
      "demonstrate", "believe");

  private NestedReports() {}

  /** Whether a draft nested in another's content is a claim of its own. */
  static boolean standsAlone(Draft d) {
    return d.source() != null && d.cueToken().isVerb() && REPORTING.contains(lemma(d));
  }

  /**
   * For each draft (in text order), the position of the draft that reports it: the one whose content holds its cue
   * most closely; -1 when none does.
   */
  static int[] reporters(List<Draft> drafts) {
    int[] out = new int[drafts.size()];
    int[] tightest = new int[drafts.size()];
    Arrays.fill(out, -1);
    Arrays.fill(tightest, Integer.MAX_VALUE);
    SpanIndex<Integer> cues = SpanIndex.of(IntStream.range(0, drafts.size()).boxed().toList(),
        i -> drafts.get(i).cue());
    for (int j = 0; j < out.length; j++) { // the cues each content holds (not every pair: linear work)
      for (Span c : drafts.get(j).content()) {
        for (int i : cues.within(c)) {
          if (i != j && c.length() < tightest[i]) {
            tightest[i] = c.length();
            out[i] = j;
          }
        }
      }
    }
    return out;
  }

  private static String lemma(Draft d) {
    String l = d.cueToken().lemma();
    return (l == null ? d.cueToken().word() : l).toLowerCase(Locale.ROOT);
  }
}
