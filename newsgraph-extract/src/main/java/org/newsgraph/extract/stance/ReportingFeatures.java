package org.newsgraph.extract.stance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.claims.CueLexicon;

/**
 * How a body reports the claim, from the attribution stage's word lists ({@link CueLexicon}): denying, confirming,
 * believing, hedging and reporting verbs near the claim (in its closest sentences) and across the body, refused or
 * negated confirmation ("has not confirmed", "declined to confirm"), a denying or confirming verb right after a word
 * of the claim's subject ("the company denied"), and where in the body the closest sentences and the denials are.
 * Dense figures for the boosted trees; no word of any one story.
 */
final class ReportingFeatures {
  static final int SIZE = 26;
  /** Irregular past forms of the lexicons' verbs (the stemmer only strips regular endings). */
  private static final Map<String, String> IRREGULAR = Map.of("said", "say", "told", "tell", "wrote", "write",
      "thought", "think", "found", "find", "shown", "show", "spoke", "speak");
  private static final int SUBJECT_WINDOW = 8;

  private ReportingFeatures() {}

  /**
   * @param sentences the body's sentences as lower-cased tokens
   * @param closest   sentence indexes, closest to the claim first
   * @param sims      their cosines to the claim, in the same order
   */
  static double[] of(List<String> claimTokens, List<String> claimStems, List<List<String>> sentences,
      Integer[] closest, double[] sims) {
    double[] e = new double[SIZE];
    int n = sentences.size();
    if (n == 0) {
      return e;
    }
    Set<String> subject = subject(claimStems);
    int[] deny = new int[n];
    int[] confirm = new int[n];
    int[] believe = new int[n];
    int[] hedge = new int[n];
    int[] report = new int[n];
    int[] unconfirmed = new int[n];
    int[] subjectDeny = new int[n];
    int[] subjectConfirm = new int[n];
    boolean[] looseHedge = new boolean[n];
    boolean[] strong = new boolean[n];
    for (int s = 0; s < n; s++) {
      List<String> toks = sentences.get(s);
      int lastSubject = -100;
      for (int i = 0; i < toks.size(); i++) {
        String t = toks.get(i);
        String st = StanceText.stem(t);
        if (subject.contains(st)) {
          lastSubject = i;
        }
        looseHedge[s] |= StanceLexicon.HEDGE.contains(st);
        strong[s] |= StanceLexicon.STRONG_REFUTE.contains(st);
        if (is(t, CueLexicon.hedges())) {
          hedge[s]++;
        }
        if (is(t, CueLexicon.reporting())) {
          report[s]++;
        }
        if (is(t, CueLexicon.believing())) {
          believe[s]++;
        }
        if (is(t, CueLexicon.denying())) {
          deny[s]++;
          if (i - lastSubject <= SUBJECT_WINDOW) {
            subjectDeny[s]++;
          }
        }
        if (is(t, CueLexicon.confirming())) {
          if (negatedBefore(toks, i)) {
            unconfirmed[s]++;
          } else {
            confirm[s]++;
            if (i - lastSubject <= SUBJECT_WINDOW) {
              subjectConfirm[s]++;
            }
          }
        }
      }
    }
    int k = Math.min(3, closest.length);
    int top = closest[0];
    for (int j = 0; j < k; j++) {
      int s = closest[j];
      e[0] += deny[s];
      e[1] += confirm[s];
      e[2] += believe[s];
      e[3] += hedge[s];
      e[4] += report[s];
      e[10] += unconfirmed[s];
    }
    for (int i = 0; i <= 4; i++) {
      e[i] = Math.log1p(e[i]);
    }
    e[10] = e[10] > 0 ? 1 : 0;
    int firstDenial = -1;
    int sentencesReporting = 0;
    int sentencesHedging = 0;
    for (int s = 0; s < n; s++) {
      e[5] += deny[s];
      e[6] += confirm[s];
      e[7] += report[s];
      e[8] += hedge[s];
      e[9] += unconfirmed[s];
      e[11] += subjectDeny[s];
      e[12] += subjectConfirm[s];
      if (firstDenial < 0 && (deny[s] > 0 || strong[s])) {
        firstDenial = s;
      }
      sentencesReporting += report[s] > 0 ? 1 : 0;
      sentencesHedging += looseHedge[s] ? 1 : 0;
    }
    for (int i = 5; i <= 8; i++) {
      e[i] /= n;
    }
    e[9] = Math.log1p(e[9]);
    e[11] = Math.log1p(e[11]);
    e[12] = Math.log1p(e[12]);
    e[13] = deny[top] > 0 ? 1 : 0;
    e[14] = looseHedge[top] ? 1 : 0;
    e[15] = report[top] > 0 ? 1 : 0;
    e[16] = top / (double) n;
    e[17] = firstDenial < 0 ? 1 : firstDenial / (double) n;
    int distance = 5;
    if (firstDenial >= 0) {
      for (int j = 0; j < k; j++) {
        for (int s = 0; s < n; s++) {
          if (deny[s] > 0 || strong[s]) {
            distance = Math.min(distance, Math.abs(s - closest[j]));
          }
        }
      }
    }
    e[18] = distance / 5.0;
    e[19] = sims.length < 2 ? sims[0] : sims[0] - sims[1];
    e[20] = Math.log1p(n) / 4;
    e[21] = sentencesReporting / (double) n;
    e[22] = sentencesHedging / (double) n;
    e[23] = strong[top] ? 1 : 0;
    for (String t : claimTokens) {
      e[24] = Math.max(e[24], is(t, CueLexicon.hedges()) ? 1 : 0);
      e[25] = Math.max(e[25], is(t, CueLexicon.reporting()) ? 1 : 0);
    }
    return e;
  }

  /** The claim's first two content words not of the lexicons: a rough subject ("Apple", "ISIS fighters"). */
  private static Set<String> subject(List<String> claimStems) {
    Set<String> out = new HashSet<>();
    for (String s : claimStems) {
      if (out.size() == 2) {
        break;
      }
      if (!is(s, CueLexicon.reporting()) && !StanceLexicon.REFUTE.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** "not confirmed", "never confirmed", "declined to confirm", "refused to confirm" (up to three words before). */
  private static boolean negatedBefore(List<String> toks, int i) {
    for (int j = Math.max(0, i - 3); j < i; j++) {
      String t = toks.get(j);
      if (CueLexicon.negators().contains(t) || is(t, CueLexicon.refusing())) {
        return true;
      }
    }
    return false;
  }

  /** True when the token is a form of a lemma of {@code lemmas} ("denied", "denies" of "deny"; "admitted"). */
  static boolean is(String token, Set<String> lemmas) {
    if (lemmas.contains(token)) {
      return true;
    }
    String irregular = IRREGULAR.get(token);
    if (irregular != null) {
      return lemmas.contains(irregular);
    }
    String s = StanceText.stem(token);
    if (s.equals(token)) {
      return false;
    }
    if (lemmas.contains(s) || lemmas.contains(s + "e")) {
      return true;
    }
    int n = s.length();
    return n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && lemmas.contains(s.substring(0, n - 1));
  }
}
