package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.extract.claims.model.FeatureSink;

/**
 * What the role tagger sees of each token around one cue: where it lies from the cue (side, distance, sentence), the
 * dependency path from the cue's main word to it, whether the cue's subtree holds it, quotation marks between them,
 * what the rules made of it for this cue (source, content or nothing), and the token's own word, tag, relation and
 * entity kind, joined with the side it is on. The window is the cue's sentence and its neighbours in the same
 * paragraph ({@link #BEFORE} before, {@link #AFTER} after): where PolNeAR's sources and contents lie.
 */
final class RoleTagFeatures {
  /** Sentences before the cue's that a content may reach back over (a quotation of several sentences). */
  static final int BEFORE = 3;
  /** Sentences after the cue's. */
  static final int AFTER = 2;
  /** Longest dependency path read as a feature; longer ones are "far". */
  private static final int MAX_PATH = 4;

  /** A cue: sentence {@code k}, tokens {@code from..to} (inclusive), main token {@code head}. */
  record Cue(int k, int from, int to, int head) {
    boolean covers(int sentence, int i) {
      return sentence == k && i >= from && i <= to;
    }
  }

  /** The sentences {@code first..last} (inclusive) a cue's roles are looked for in. */
  record Window(int first, int last) {}

  private RoleTagFeatures() {}

  static Window window(ArticleTokens doc, int k) {
    int first = k;
    while (first - 1 >= 0 && k - (first - 1) <= BEFORE && doc.paragraph(first - 1) == doc.paragraph(k)) {
      first--;
    }
    int last = k;
    while (last + 1 < doc.size() && last + 1 - k <= AFTER && doc.paragraph(last + 1) == doc.paragraph(k)) {
      last++;
    }
    return new Window(first, last);
  }

  /** The rules' role of each token of the window for this cue: 'S' source, 'C' content, 0 neither. */
  private static char[][] ruleRoles(ArticleTokens doc, Cue cue, Window w) {
    char[][] out = new char[w.last() - w.first() + 1][];
    for (int k = w.first(); k <= w.last(); k++) {
      out[k - w.first()] = new char[doc.tree(k).tokens().size()];
    }
    Draft d = doc.draft(cue.k(), cue.head());
    if (d == null) {
      return out;
    }
    List<Span> content = new ArrayList<>();
    for (Span c : d.content()) {
      content.add(doc.quotes().balance(doc.quotes().snap(c)));
    }
    for (int k = w.first(); k <= w.last(); k++) {
      for (Token t : doc.tree(k).tokens()) {
        Span s = t.span();
        char r = d.source() != null && d.source().contains(s) ? 'S'
            : content.stream().anyMatch(c -> c.contains(s)) ? 'C' : 0;
        out[k - w.first()][t.index()] = r;
      }
    }
    return out;
  }

  /** The features of each token of the window, sentence after sentence, one position per token. */
  static void of(ArticleTokens doc, Cue cue, Window w, FeatureSink f) {
    DependencyTree ct = doc.tree(cue.k());
    Token h = ct.token(cue.head());
    String cl = CueRules.lemma(h);
    int[] upFromCue = new int[ct.tokens().size()]; // steps from the cue's head up to each of its ancestors, or -1
    java.util.Arrays.fill(upFromCue, -1);
    List<Token> chain = new ArrayList<>();
    for (Token x = h; x != null && chain.size() <= ct.tokens().size(); x = ct.head(x)) {
      if (upFromCue[x.index()] >= 0) {
        break;
      }
      upFromCue[x.index()] = chain.size();
      chain.add(x);
    }
    BitSet sub = ct.subtree(h);
    boolean cueQuoted = doc.quoted(cue.k(), cue.head());
    char[][] rules = ruleRoles(doc, cue, w);
    for (int k = w.first(); k <= w.last(); k++) {
      DependencyTree tree = doc.tree(k);
      char[] rr = rules[k - w.first()];
      for (Token t : tree.tokens()) {
        String word = CueTagFeatures.word(t);
        String pos = t.pos();
        String rel = t.deprel();
        String side;
        String path;
        if (k == cue.k()) {
          side = cue.covers(k, t.index()) ? "C" : t.index() < cue.from() ? "L" : "R";
          path = path(ct, chain, upFromCue, t);
          f.add("dist=", side, bucket(Math.abs(t.index() - cue.head())));
          boolean inside = sub.get(t.index());
          String via = inside ? via(ct, h, t) : "out";
          f.add("via=", via, "|", side);
          f.add("via|p=", via, "|", pos, "|", side);
          f.add("via|r=", via, "|", rel);
          f.add("path|cl=", path, "|", cl);
          f.add("sep=", side, separators(ct, t.index(), cue));
        } else {
          side = k < cue.k() ? "L" : "R";
          path = "s" + (k - cue.k());
          f.add("sq=", path, "|", String.valueOf(doc.quoted(k, t.index())), "|", String.valueOf(t.index() == 0));
        }
        f.add("b|", side);
        f.add("path=", path);
        f.add("path|p=", path, "|", pos);
        f.add("path|w=", path, "|", word);
        f.add("d|w=", side, "|", word);
        f.add("d|p=", side, "|", pos);
        f.add("d|r=", side, "|", rel);
        f.add("d|l=", side, "|", CueRules.lemma(t));
        f.add("cl|d|r=", cl, "|", side, "|", rel);
        f.add("cl|d|p=", cl, "|", side, "|", pos);
        f.add("d|ner=", side, "|", t.ner(), "|", String.valueOf(doc.entity(k, t.index())));
        String prev = CueTagFeatures.word(tree, t.index() - 1);
        f.add("d|w-1|w=", side, "|", prev, "|", word);
        f.add("d|p-1|p=", side, "|", (t.index() == 0 ? "<s>" : tree.token(t.index() - 1).pos()), "|", pos);
        f.add("d|w+1=", side, "|", CueTagFeatures.word(tree, t.index() + 1));
        boolean q = doc.quoted(k, t.index());
        f.add("q=", side, "|", String.valueOf(q), "|", String.valueOf(cueQuoted));
        f.add("q|p=", side, "|", String.valueOf(q), "|", pos);
        char r = rr[t.index()];
        char prevRule = t.index() == 0 ? 0 : rr[t.index() - 1];
        String ruleTag = r == 0 ? "O" : (prevRule == r ? "I-" : "B-") + r;
        f.add("rd=", ruleTag);
        f.add("rd|d=", ruleTag, "|", side);
        f.add("rd|p=", ruleTag, "|", pos);
        f.add("rd|w=", ruleTag, "|", word);
        f.add("rd|path=", ruleTag, "|", path);
        f.add("rd|cl=", ruleTag, "|", cl);
        char nextRule = t.index() + 1 < rr.length ? rr[t.index() + 1] : 0;
        f.add("rd|next=", ruleTag, "|", (nextRule == r ? "same" : "end"), "|", word);
        Token head = tree.head(t);
        f.add("hd=", side, "|", rel, "|", (head == null ? "ROOT" : head.pos()));
        f.next();
      }
    }
  }

  /**
   * The dependency path from the cue's main word to {@code t}: up-steps ("^nsubj" is leaving a subject for its
   * head) then down-steps, "far" when longer than {@link #MAX_PATH}, "self" for the cue's word itself.
   */
  private static String path(DependencyTree tree, List<Token> chain, int[] upFromCue, Token t) {
    List<Token> down = new ArrayList<>();
    Token x = t;
    while (x != null && upFromCue[x.index()] < 0 && down.size() <= MAX_PATH) {
      down.add(x);
      x = tree.head(x);
    }
    if (x == null || upFromCue[x.index()] < 0) {
      return "far";
    }
    int up = upFromCue[x.index()];
    if (up + down.size() > MAX_PATH) {
      return "far" + Math.min(up, 3) + "/" + Math.min(down.size(), 3);
    }
    if (up == 0 && down.isEmpty()) {
      return "self";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < up; i++) {
      sb.append('^').append(chain.get(i).deprel());
    }
    for (int i = down.size() - 1; i >= 0; i--) {
      sb.append('v').append(down.get(i).deprel());
    }
    return sb.toString();
  }

  /** The relation of the cue's child whose subtree holds {@code t}. */
  private static String via(DependencyTree tree, Token h, Token t) {
    Token x = t;
    for (int guard = 0; x != null && guard <= tree.tokens().size(); guard++) {
      Token up = tree.head(x);
      if (up != null && up.index() == h.index()) {
        return x.deprel();
      }
      x = up;
    }
    return "self";
  }

  /** Commas, colons, dashes and quotation marks between {@code i} and the cue: none, one, or more. */
  private static String separators(DependencyTree tree, int i, Cue cue) {
    int a = Math.min(i, cue.from()) + 1;
    int b = Math.max(i, cue.to());
    int n = 0;
    for (int j = a; j < b; j++) {
      if (j >= cue.from() && j <= cue.to()) {
        continue;
      }
      String w = tree.token(j).word();
      if (w.equals(",") || w.equals(":") || w.equals("--") || w.equals("—") || CueRules.startsWithQuote(w)
          || w.length() == 1 && QuoteMarks.isQuote(w.charAt(0))) {
        n++;
      }
    }
    return n == 0 ? "0" : n == 1 ? "1" : "2+";
  }

  private static String bucket(int d) {
    return d <= 3 ? String.valueOf(d) : d <= 6 ? "4-6" : d <= 12 ? "7-12" : "13+";
  }
}
