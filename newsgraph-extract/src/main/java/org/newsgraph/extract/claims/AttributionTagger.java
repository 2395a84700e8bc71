package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.extract.claims.model.HashedFeatures;
import org.newsgraph.extract.claims.model.Labels;
import org.newsgraph.extract.claims.model.LinearChainTagger;

/**
 * Finds attributions as two sequence-labelling steps, both {@link LinearChainTagger}s trained on PolNeAR's train
 * split: the cue tagger marks cue spans in each sentence (BIO over {@link CueTagFeatures}); then, for each cue, the
 * role tagger marks its source and its content among the tokens of its sentence and the neighbouring ones
 * (BIO over {@link RoleTagFeatures}; the cue's own tokens can be neither). A cue without content is no attribution;
 * as in PolNeAR, an attribution whose cue lies inside another's content is left to that outer one.
 */
final class AttributionTagger {
  static final Labels CUE_LABELS = Labels.bio("CUE");
  static final Labels ROLE_LABELS = Labels.bio("SRC", "CON");
  static final int B_SRC = ROLE_LABELS.index("B-SRC");
  static final int I_SRC = ROLE_LABELS.index("I-SRC");
  static final int B_CON = ROLE_LABELS.index("B-CON");
  static final int I_CON = ROLE_LABELS.index("I-CON");

  private final LinearChainTagger cues;
  private final LinearChainTagger roles;

  AttributionTagger(LinearChainTagger cues, LinearChainTagger roles) {
    this.cues = cues;
    this.roles = roles;
  }

  /**
   * One cue the tagger found, with the score of its cue (the sum of its tokens' margins over O) and the attribution
   * the role tagger made of it (null when it found no content).
   */
  record Found(Span cue, double cueScore, Draft draft) {}

  /** The attributions of an article, in text order. */
  List<Draft> find(ArticleTokens doc) {
    return outermost(candidates(doc));
  }

  /** Every cue the cue tagger marks, each with its roles, nested ones included. */
  List<Found> candidates(ArticleTokens doc) {
    List<Found> found = new ArrayList<>();
    for (int k = 0; k < doc.size(); k++) {
      HashedFeatures features = new HashedFeatures();
      CueTagFeatures.of(doc, k, features);
      double[][] scores = cues.scores(features.positions());
      int[] labels = cues.decode(scores, null);
      for (int[] run : runs(labels, CUE_LABELS)) {
        RoleTagFeatures.Cue cue = new RoleTagFeatures.Cue(k, run[0], run[1], head(doc.tree(k), run[0], run[1]));
        double s = 0;
        for (int i = run[0]; i <= run[1]; i++) {
          s += scores[i][labels[i]] - scores[i][0];
        }
        DependencyTree tree = doc.tree(k);
        found.add(new Found(new Span(tree.token(run[0]).span().begin(), tree.token(run[1]).span().end()), s,
            roles(doc, cue)));
      }
    }
    return found;
  }

  /** The source and content the role tagger gives {@code cue}, as a draft; null when it gives no content. */
  private Draft roles(ArticleTokens doc, RoleTagFeatures.Cue cue) {
    RoleTagFeatures.Window w = RoleTagFeatures.window(doc, cue.k());
    HashedFeatures features = new HashedFeatures();
    RoleTagFeatures.of(doc, cue, w, features);
    int[] masks = new int[features.positions().size()];
    List<Token> tokens = new ArrayList<>(masks.length);
    int at = 0;
    for (int k = w.first(); k <= w.last(); k++) {
      for (Token t : doc.tree(k).tokens()) {
        masks[at++] = cue.covers(k, t.index()) ? 1 : LinearChainTagger.ANY;
        tokens.add(t);
      }
    }
    int[] labels = roles.decode(features.positions(), masks);
    List<int[]> sourceRuns = new ArrayList<>();
    List<int[]> contentRuns = new ArrayList<>();
    for (int[] run : runs(labels, ROLE_LABELS)) {
      (labels[run[0]] == B_SRC ? sourceRuns : contentRuns).add(run);
    }
    int cueAt = 0; // the cue's first position in the window
    for (int k = w.first(); k < cue.k(); k++) {
      cueAt += doc.tree(k).tokens().size();
    }
    int[] cueRun = {cueAt + cue.from(), cueAt + cue.to()};
    int[] sourceRun = sourceRuns.stream().min(Comparator.comparingInt(r -> gap(r, cueRun))).orElse(null);
    List<Span> content = new ArrayList<>();
    for (int[] r : connected(tokens, contentRuns, sourceRun == null ? List.of(cueRun) : List.of(cueRun, sourceRun))) {
      Span c = new Span(tokens.get(r[0]).span().begin(), tokens.get(r[1]).span().end());
      content.add(doc.quotes().balance(c));
    }
    List<Span> sources = sourceRun == null ? List.of()
        : List.of(new Span(tokens.get(sourceRun[0]).span().begin(), tokens.get(sourceRun[1]).span().end()));
    if (content.isEmpty()) {
      return null;
    }
    DependencyTree tree = doc.tree(cue.k());
    Token v = tree.token(cue.head());
    Span cueSpan = new Span(tree.token(cue.from()).span().begin(), tree.token(cue.to()).span().end());
    Span source = sources.isEmpty() ? null : sources.get(0);
    Token sourceHead = source == null ? null : headWithin(tree, source);
    return new Draft(tree, cueSpan, v, source, sourceHead, content, null,
        new CueExtent(new SpanTrimmer(doc.text())).channel(tree, v));
  }

  /**
   * Drops each attribution whose cue lies inside another's content; of two that hold each other's, the likelier
   * stays.
   */
  static List<Draft> outermost(List<Found> candidates) {
    List<Found> found = candidates.stream().filter(f -> f.draft() != null).toList();
    List<Draft> out = new ArrayList<>();
    for (Found f : found) {
      boolean nested = false;
      for (Found o : found) {
        if (o == f || o.draft().content().stream().noneMatch(c -> c.contains(f.draft().cue()))) {
          continue;
        }
        boolean mutual = f.draft().content().stream().anyMatch(c -> c.contains(o.draft().cue()));
        nested |= !mutual || o.cueScore() > f.cueScore();
      }
      if (!nested) {
        out.add(f.draft());
      }
    }
    out.sort(Comparator.comparing(Draft::cue));
    return out;
  }

  /** Positions between two runs. */
  private static int gap(int[] a, int[] b) {
    return a[1] < b[0] ? b[0] - a[1] - 1 : b[1] < a[0] ? a[0] - b[1] - 1 : 0;
  }

  /** Most words allowed between a content fragment and the cue, the source or another fragment it goes with. */
  static final int MAX_GAP_WORDS = 0;

  /**
   * The content fragments that hang together with the cue: a fragment belongs when nothing but punctuation (at most
   * {@link #MAX_GAP_WORDS} words) separates it from the cue, the source or a fragment that belongs ("“A,” he said,
   * “B.”"); a fragment elsewhere in the window is the tagger straying into another attribution. When none touches
   * the cue, the nearest one anchors the rest.
   */
  private static List<int[]> connected(List<Token> tokens, List<int[]> runs, List<int[]> anchors) {
    if (runs.isEmpty()) {
      return runs;
    }
    List<int[]> held = new ArrayList<>(anchors);
    List<int[]> out = new ArrayList<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int[] r : runs) {
        if (!out.contains(r) && held.stream().anyMatch(a -> wordsBetween(tokens, r, a) <= MAX_GAP_WORDS)) {
          out.add(r);
          held.add(r);
          grew = true;
        }
      }
      if (out.isEmpty()) {
        int[] nearest = runs.stream().min(Comparator.comparingInt(r -> gap(r, anchors.get(0)))).orElseThrow();
        out.add(nearest);
        held.add(nearest);
        grew = true;
      }
    }
    out.sort(Comparator.comparingInt(r -> r[0]));
    return out;
  }

  private static int wordsBetween(List<Token> tokens, int[] a, int[] b) {
    int from = Math.min(a[1], b[1]) + 1;
    int to = Math.max(a[0], b[0]);
    int n = 0;
    for (int i = from; i < to; i++) {
      n += tokens.get(i).word().codePoints().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
    }
    return n;
  }

  /** Inclusive token runs {from, to} of each labelled span (a B label and the I labels after it). */
  static List<int[]> runs(int[] labels, Labels names) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      if (names.begins(labels[i])) {
        int j = i;
        while (j + 1 < labels.length && !names.begins(labels[j + 1]) && labels[j + 1] != 0) {
          j++;
        }
        out.add(new int[] {i, j});
        i = j;
      }
    }
    return out;
  }

  /**
   * The main token of tokens {@code from..to}: the one whose head lies outside them, a verb first ("has said" gives
   * "said", "according to" gives "according").
   */
  static int head(DependencyTree tree, int from, int to) {
    int best = -1;
    for (int i = from; i <= to; i++) {
      Token t = tree.token(i);
      Token h = tree.head(t);
      boolean top = h == null || h.index() < from || h.index() > to;
      if (top && (best < 0 || t.isVerb() && !tree.token(best).isVerb())) {
        best = i;
      }
    }
    return best < 0 ? from : best;
  }

  /** The token of {@code span} in {@code tree} whose head lies outside it (the last such), or null. */
  private static Token headWithin(DependencyTree tree, Span span) {
    Token best = null;
    for (Token t : tree.tokens()) {
      if (span.contains(t.span())) {
        Token h = tree.head(t);
        if (h == null || !span.contains(h.span())) {
          best = t;
        }
      }
    }
    return best;
  }
}
