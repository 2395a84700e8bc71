package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Where a content fragment starts and ends: the rules give a span from the parse (a complement clause, an object,
 * the rest of a clause), and this model moves either end to another token of the same stretch of the sentence when
 * PolNeAR's annotators would have put it there ("that" at the start kept, a trailing "who…" clause or "in a
 * statement" left out, an object the parse cut short carried on). Each end is chosen apart, among the tokens between
 * the cue (or source, or other fragment) before and after the fragment, by a linear score over {@link #endFeatures}
 * or {@link #startFeatures}; the rules' own end is a feature, so the model moves an end only on evidence. Trained by
 * ranking on PolNeAR's train split ({@link AttributionModelTrainer}).
 */
final class ContentBoundaries {
  /** Farthest a boundary may move from the rules' one, in tokens. */
  static final int REACH = 40;

  private final Map<String, Double> start;
  private final Map<String, Double> end;

  ContentBoundaries(Map<String, Double> start, Map<String, Double> end) {
    this.start = Map.copyOf(start);
    this.end = Map.copyOf(end);
  }

  static ContentBoundaries empty() {
    return new ContentBoundaries(Map.of(), Map.of());
  }

  boolean isEmpty() {
    return start.isEmpty() && end.isEmpty();
  }

  Map<String, Double> startWeights() {
    return start;
  }

  Map<String, Double> endWeights() {
    return end;
  }

  /**
   * A fragment as token indices in its sentence: {@code first..last} the rules' tokens, {@code low..high} the
   * tokens it may grow over (up to the cue, the source, another fragment or, for a noun cue, the word it hangs from;
   * within {@link #REACH}). When the content's main verb lies in the fragment, neither end may move past it: the
   * start stays at or before it, the end at or after it ("North Korean soldiers … appear not to have been engaged"
   * keeps "appear" and its subject).
   */
  record Frame(int first, int last, int low, int high, String cue, boolean afterCue, int minEnd, int maxStart) {
    Frame {
      if (first > last || low > first || high < last || minEnd < first || maxStart > last) {
        throw new IllegalArgumentException("frame " + low + " " + first + " " + last + " " + high);
      }
    }
  }

  /**
   * The frame of {@code fragment}, or null when it does not lie on whole tokens of the draft's sentence (a quote
   * from an earlier sentence, a colon layout).
   */
  static Frame frame(Draft d, Span fragment) {
    DependencyTree tree = d.tree();
    List<Token> toks = tree.tokens();
    int first = -1;
    int last = -1;
    for (Token t : toks) {
      if (fragment.contains(t.span())) {
        first = first < 0 ? t.index() : first;
        last = t.index();
      }
    }
    if (first < 0 || toks.get(first).span().begin() != fragment.begin()
        || toks.get(last).span().end() != fragment.end()) {
      return null;
    }
    List<Span> blocked = new ArrayList<>();
    blocked.add(d.cue());
    if (d.source() != null) {
      blocked.add(d.source());
    }
    for (Span c : d.content()) {
      if (!c.equals(fragment)) {
        blocked.add(c);
      }
    }
    Token governor = tree.head(d.cueToken());
    if (governor != null && governor.index() > d.cueToken().index() && d.cueToken().pos().startsWith("NN")) {
      blocked.add(governor.span()); // "the governor's claim that the mines were safe | drew criticism"
    }
    int low = first;
    while (low - 1 >= 0 && first - (low - 1) <= REACH && free(toks.get(low - 1), blocked)) {
      low--;
    }
    int high = last;
    // a fragment before the verb a conjunct cue hangs on (the subject a passive conjunct shares: "Israel will not
    // attend, but is said to …") keeps its end: what lies between is the first conjunct's own predicate
    boolean shared = DependencyTree.is(d.cueToken(), "conj") && governor != null
        && governor.index() < d.cueToken().index() && last < governor.index();
    while (!shared && high + 1 < toks.size() && high + 1 - last <= REACH && free(toks.get(high + 1), blocked)) {
      high++;
    }
    Token head = d.contentHead();
    int keep = head != null && head.isVerb() && head.index() >= first && head.index() <= last ? head.index() : -1;
    return new Frame(first, last, low, high, CueRules.lemma(d.cueToken()), fragment.begin() >= d.cue().end(),
        keep < 0 ? first : keep, keep < 0 ? last : keep);
  }

  private static boolean free(Token t, List<Span> blocked) {
    return blocked.stream().noneMatch(b -> b.overlaps(t.span()));
  }

  /** The fragment with each end where the model puts it (the rules' span when the model is empty). */
  Span adjust(Draft d, Span fragment) {
    if (isEmpty()) {
      return fragment;
    }
    Frame f = frame(d, fragment);
    if (f == null) {
      return fragment;
    }
    DependencyTree tree = d.tree();
    int bestEnd = f.last();
    double top = score(end, endFeatures(tree, f, bestEnd));
    for (int i = f.minEnd(); i <= f.high(); i++) {
      double s = score(end, endFeatures(tree, f, i));
      if (s > top) { // ties keep the rules' boundary
        top = s;
        bestEnd = i;
      }
    }
    int bestStart = f.first();
    top = score(start, startFeatures(tree, f, bestStart));
    for (int j = f.low(); j <= f.maxStart(); j++) {
      double s = score(start, startFeatures(tree, f, j));
      if (s > top) {
        top = s;
        bestStart = j;
      }
    }
    if (bestStart > bestEnd) {
      return fragment;
    }
    return new Span(tree.token(bestStart).span().begin(), tree.token(bestEnd).span().end());
  }

  private static double score(Map<String, Double> w, List<String> features) {
    double s = 0;
    for (String x : features) {
      s += w.getOrDefault(x, 0.0);
    }
    return s;
  }

  /** Features of ending the fragment at token {@code i}. */
  static List<String> endFeatures(DependencyTree tree, Frame f, int i) {
    List<String> x = new ArrayList<>();
    String d = bucket(i - f.last());
    String side = f.afterCue() ? "A" : "B";
    String w = word(tree, i);
    String nw = i == f.high() ? "<E>" : word(tree, i + 1);
    String nr = i == f.high() ? "<E>" : rel(tree.token(i + 1));
    String np = i == f.high() ? "<E>" : tree.token(i + 1).pos();
    boolean attaches = i < f.high() && headWithin(tree, tree.token(i + 1), f.first(), i);
    x.add("d=" + d);
    x.add("d|s=" + d + "|" + side);
    x.add("w=" + w);
    x.add("p=" + tree.token(i).pos());
    x.add("nw=" + nw);
    x.add("np=" + np);
    x.add("nr=" + nr);
    x.add("w|nw=" + w + "|" + nw);
    x.add("att=" + attaches);
    x.add("att|nr=" + attaches + "|" + nr);
    x.add("att|nw=" + attaches + "|" + nw);
    x.add("d|nr=" + sign(i - f.last()) + "|" + nr);
    x.add("d|nw=" + sign(i - f.last()) + "|" + nw);
    x.add("out=" + Math.min(3, headsOutside(tree, f.first(), i)));
    x.add("open=" + openQuote(tree, f.first(), i));
    x.add("cue|nr=" + f.cue() + "|" + nr);
    x.add("high=" + (i == f.high()) + "|" + side);
    Token cut = null; // the first token after the end that hangs from inside: the relation the end severs
    for (int k = i + 1; k <= f.high() && cut == null; k++) {
      cut = headWithin(tree, tree.token(k), f.first(), i) && !DependencyTree.is(tree.token(k), "punct")
          ? tree.token(k) : null;
    }
    String cr = cut == null ? "none" : rel(cut);
    String cw = cut == null ? "none" : word(tree, cut.index());
    x.add("cr=" + cr);
    x.add("cr|cw=" + cr + "|" + cw);
    x.add("cr|nw=" + cr + "|" + nw);
    x.add("cr|d=" + cr + "|" + sign(i - f.last()));
    x.add("cue|cr=" + f.cue() + "|" + cr);
    Token next = nextWord(tree, i + 1, f.high());
    x.add("nnw=" + (next == null ? "<E>" : word(tree, next.index())) + "|" + nw);
    x.add("nnr=" + (next == null ? "<E>" : rel(next)) + "|" + nw);
    return x;
  }

  /** Features of starting the fragment at token {@code j}. */
  static List<String> startFeatures(DependencyTree tree, Frame f, int j) {
    List<String> x = new ArrayList<>();
    String d = bucket(j - f.first());
    String side = f.afterCue() ? "A" : "B";
    String w = word(tree, j);
    String r = rel(tree.token(j));
    String pw = j == f.low() ? "<S>" : word(tree, j - 1);
    boolean severs = j > f.low() && headWithin(tree, tree.token(j - 1), j, f.last());
    x.add("d=" + d);
    x.add("d|s=" + d + "|" + side);
    x.add("w=" + w);
    x.add("p=" + tree.token(j).pos());
    x.add("r=" + r);
    x.add("pw=" + pw);
    x.add("pw|w=" + pw + "|" + w);
    x.add("w|r=" + w + "|" + r);
    x.add("cut=" + severs);
    x.add("cut|pw=" + severs + "|" + pw);
    x.add("d|r=" + sign(j - f.first()) + "|" + r);
    x.add("d|w=" + sign(j - f.first()) + "|" + w);
    x.add("d|pw=" + sign(j - f.first()) + "|" + pw);
    x.add("out=" + Math.min(3, headsOutside(tree, j, f.last())));
    x.add("open=" + openQuote(tree, j, f.last()));
    x.add("cue|w=" + f.cue() + "|" + w);
    x.add("low=" + (j == f.low()) + "|" + side);
    Token cut = null; // the last token before the start that hangs from inside: the relation the start severs
    for (int k = j - 1; k >= f.low() && cut == null; k--) {
      cut = headWithin(tree, tree.token(k), j, f.last()) && !DependencyTree.is(tree.token(k), "punct")
          ? tree.token(k) : null;
    }
    String cr = cut == null ? "none" : rel(cut);
    String cw = cut == null ? "none" : word(tree, cut.index());
    x.add("cr=" + cr);
    x.add("cr|cw=" + cr + "|" + cw);
    x.add("cr|w=" + cr + "|" + w);
    x.add("cr|d=" + cr + "|" + sign(j - f.first()));
    x.add("cue|cr=" + f.cue() + "|" + cr);
    Token h = tree.head(tree.token(j));
    String hr = h == null ? "ROOT" : h.index() < j ? "left" : h.index() <= f.last() ? "in" : "right";
    x.add("h=" + hr + "|" + r);
    x.add("h|w=" + hr + "|" + w);
    return x;
  }

  private static Token nextWord(DependencyTree tree, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (!DependencyTree.is(tree.token(k), "punct")) {
        return tree.token(k);
      }
    }
    return null;
  }

  private static boolean headWithin(DependencyTree tree, Token t, int from, int to) {
    Token h = tree.head(t);
    return h != null && h.index() >= from && h.index() <= to;
  }

  /** Tokens of {@code from..to} whose head lies outside it: 1 for a whole subtree, more for a broken one. */
  private static int headsOutside(DependencyTree tree, int from, int to) {
    int n = 0;
    for (int k = from; k <= to; k++) {
      if (!headWithin(tree, tree.token(k), from, to)) {
        n++;
      }
    }
    return n;
  }

  /** Whether {@code from..to} holds an odd number of quotation marks. */
  private static boolean openQuote(DependencyTree tree, int from, int to) {
    int n = 0;
    for (int k = from; k <= to; k++) {
      String w = tree.token(k).word();
      if (w.equals("``") || w.equals("''") || w.length() == 1 && QuoteMarks.isQuote(w.charAt(0))) {
        n++;
      }
    }
    return n % 2 == 1;
  }

  private static String rel(Token t) {
    return t.deprel();
  }

  private static String word(DependencyTree tree, int i) {
    Token t = tree.token(i);
    String w = t.word().toLowerCase(Locale.ROOT);
    return t.isProperNoun() ? "NNP" : w.chars().anyMatch(Character::isDigit) ? "NUM" : w;
  }

  private static String sign(int d) {
    return d < 0 ? "-" : d > 0 ? "+" : "0";
  }

  private static String bucket(int d) {
    int a = Math.abs(d);
    String m = a <= 3 ? String.valueOf(a) : a <= 6 ? "4-6" : a <= 12 ? "7-12" : "13+";
    return sign(d) + m;
  }
}
