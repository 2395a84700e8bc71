package org.newsgraph.extract.entities;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses, where the layer ({@link NerLayer}, the CRF with document consistency) and newsgraph's own tagger disagree,
 * which of the two to believe. A disagreement is a region of overlapping phrases (a phrase only one of them has, the
 * same words typed differently, different boundaries); it is described by a key (the layer's types there, the
 * tagger's, whether the spans are the same, how far the tagger's own scores prefer its labels to the layer's, in
 * doublings), and the table says, per key, whether the tagger's phrases did better there (right phrases minus wrong
 * ones) in the documents it was fitted on. A key seen fewer than {@link #SUPPORT} times backs off to the key without
 * the scores; with no evidence the layer stands. Where they agree nothing changes.
 */
public final class PhraseVote {
  /** The fewest regions a key needs before its verdict counts. */
  static final int SUPPORT = 3;

  private final Map<String, int[]> table; // key → {regions, tagger's gain summed}

  private PhraseVote(Map<String, int[]> table) {
    this.table = table;
  }

  /** Keys with a verdict. */
  public int size() {
    return table.size();
  }

  /** A phrase of a sentence: tokens [first, end) and its type. */
  record Phrase(int first, int end, String type) {}

  /** A region where the two disagree: its key and both systems' phrases in it. */
  record Region(String key, List<Phrase> layer, List<Phrase> own) {}

  /** The regions of one sentence where the layer's and the tagger's phrases differ. */
  static List<Region> regions(List<String> layer, List<String> own, double[][] scores) {
    List<Phrase> l = phrases(layer);
    List<Phrase> t = phrases(own);
    List<Phrase> all = new ArrayList<>(l);
    all.addAll(t);
    all.sort(Comparator.comparingInt(Phrase::first).thenComparingInt(Phrase::end));
    List<Region> out = new ArrayList<>();
    int i = 0;
    while (i < all.size()) {
      int first = all.get(i).first();
      int end = all.get(i).end();
      int j = i + 1;
      while (j < all.size() && all.get(j).first() < end) {
        end = Math.max(end, all.get(j).end());
        j++;
      }
      List<Phrase> inL = within(l, first, end);
      List<Phrase> inT = within(t, first, end);
      if (!inL.equals(inT)) {
        out.add(new Region(key(inL, inT, margin(layer, own, scores, first, end)), inL, inT));
      }
      i = j;
    }
    return out;
  }

  private static String key(List<Phrase> l, List<Phrase> t, String margin) {
    boolean sameSpans = l.size() == t.size();
    for (int k = 0; sameSpans && k < l.size(); k++) {
      sameSpans = l.get(k).first() == t.get(k).first() && l.get(k).end() == t.get(k).end();
    }
    return types(l) + "|" + types(t) + "|" + (sameSpans ? "same" : "other") + "|" + margin;
  }

  private static String types(List<Phrase> ps) {
    if (ps.isEmpty()) {
      return "-";
    }
    List<String> t = new ArrayList<>();
    for (Phrase p : ps) {
      t.add(p.type());
    }
    return String.join("+", t);
  }

  /** How far, at most, the tagger's scores at a token of [first, end) prefer its label to the layer's. */
  private static String margin(List<String> layer, List<String> own, double[][] scores, int first, int end) {
    double top = 0;
    for (int i = first; i < end; i++) {
      top = Math.max(top, scores[i][NerTagger.LABELS.index(own.get(i))]
          - scores[i][NerTagger.LABELS.index(layer.get(i))]);
    }
    int k = 0;
    for (double x = 1; top >= x && k < 5; x *= 2) {
      k++;
    }
    return Integer.toString(k);
  }

  private static String coarse(String key) {
    return key.substring(0, key.lastIndexOf('|'));
  }

  private static List<Phrase> within(List<Phrase> ps, int first, int end) {
    List<Phrase> out = new ArrayList<>();
    for (Phrase p : ps) {
      if (p.first() >= first && p.end() <= end) {
        out.add(p);
      }
    }
    return out;
  }

  /** The phrases of IOB2 tags. */
  static List<Phrase> phrases(List<String> tags) {
    List<Phrase> out = new ArrayList<>();
    int i = 0;
    while (i < tags.size()) {
      String t = tags.get(i);
      if (t.equals("O")) {
        i++;
        continue;
      }
      String type = t.substring(2);
      int j = i + 1;
      while (j < tags.size() && tags.get(j).equals("I-" + type)) {
        j++;
      }
      out.add(new Phrase(i, j, type));
      i = j;
    }
    return out;
  }

  /** One sentence decided: the layer's tags, with the tagger's phrases where the table says so. */
  List<String> decide(List<String> layer, List<String> own, double[][] scores) {
    List<Phrase> kept = new ArrayList<>(phrases(layer));
    for (Region r : regions(layer, own, scores)) {
      if (believeTagger(r.key())) {
        kept.removeAll(r.layer());
        kept.addAll(r.own());
      }
    }
    List<String> out = new ArrayList<>(Collections.nCopies(layer.size(), "O"));
    for (Phrase p : kept) {
      for (int i = p.first(); i < p.end(); i++) {
        out.set(i, (i == p.first() ? "B-" : "I-") + p.type());
      }
    }
    return out;
  }

  private boolean believeTagger(String key) {
    int[] fine = table.get(key);
    if (fine != null && fine[0] >= SUPPORT) {
      return fine[1] > 0;
    }
    int[] back = table.get(coarse(key));
    return back != null && back[0] >= SUPPORT && back[1] > 0;
  }

  /** A sentence to fit on: the layer's, the tagger's and the gold tags (IOB2), and the tagger's scores. */
  public record Example(List<String> layer, List<String> own, double[][] scores, List<String> gold) {}

  /** Fits the table: per key (and per key without the scores) the regions seen and the tagger's summed gain. */
  static PhraseVote fit(List<Example> examples) {
    Map<String, int[]> table = new TreeMap<>();
    for (Example e : examples) {
      Set<Phrase> gold = new HashSet<>(phrases(e.gold()));
      for (Region r : regions(e.layer(), e.own(), e.scores())) {
        int gain = value(r.own(), gold) - value(r.layer(), gold);
        for (String k : List.of(r.key(), coarse(r.key()))) {
          int[] c = table.computeIfAbsent(k, x -> new int[2]);
          c[0]++;
          c[1] += gain;
        }
      }
    }
    return new PhraseVote(table);
  }

  /** Right phrases minus wrong ones: what a phrase adds to F1 near 0.9 is about what a wrong one takes away. */
  private static int value(List<Phrase> ps, Set<Phrase> gold) {
    int v = 0;
    for (Phrase p : ps) {
      v += gold.contains(p) ? 1 : -1;
    }
    return v;
  }

  /** Writes {@code part<TAB>key<TAB>regions gain} lines, keys sorted. */
  void write(Writer out, String part) throws IOException {
    for (Map.Entry<String, int[]> e : table.entrySet()) {
      out.write(part + "\t" + e.getKey() + "\t" + e.getValue()[0] + " " + e.getValue()[1] + "\n");
    }
  }

  /** Reads the lines {@link #write} wrote, each without its part column. */
  static PhraseVote read(List<String> lines) {
    Map<String, int[]> table = new TreeMap<>();
    for (String line : lines) {
      int tab = line.lastIndexOf('\t');
      String[] v = tab <= 0 ? new String[0] : line.substring(tab + 1).split(" ");
      if (v.length != 2) {
        throw new IllegalArgumentException("expected key<TAB>regions gain: " + line);
      }
      table.put(line.substring(0, tab), new int[] {Integer.parseInt(v[0]), Integer.parseInt(v[1])});
    }
    return new PhraseVote(table);
  }
}
