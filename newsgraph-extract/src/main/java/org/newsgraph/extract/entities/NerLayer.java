package org.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * newsgraph's named-entity recogniser over the CRF's output (CoreNLP's CoNLL 4-class model, as our {@link Token}
 * records carry it), with document-level consistency: a name typed once is typed the same everywhere in the article
 * (the type most of its mentions got, headlines in capitals left out of the vote), and a name the CRF tagged
 * somewhere is tagged where it missed it (the same words, capitalised, not inside another name); a lone "person" that
 * begins a company name of the article is that company ({@link CompanyShortNames}). Tags are CoNLL types
 * with IOB2 prefixes ({@code B-PER}, {@code I-ORG}, {@code O}). Measured with {@code newsgraph eval ner}.
 */
public final class NerLayer {
  private static final NerLayer BUNDLED = new NerLayer();

  private NerLayer() {}

  /** The recogniser. */
  public static NerLayer bundled() {
    return BUNDLED;
  }

  /** A phrase of one sentence: tokens [first, end) and its type. */
  private record Chunk(int first, int end, String type) {}

  /** newsgraph's tags for one document's sentences (IOB2). */
  public List<List<String>> tag(List<Sentence> sentences) {
    List<List<String>> words = new ArrayList<>();
    List<List<Chunk>> chunks = new ArrayList<>();
    List<Boolean> capitals = new ArrayList<>();
    Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
    for (Sentence s : sentences) {
      List<String> w = s.tokens().stream().map(Token::word).toList();
      List<Chunk> cs = chunks(s);
      boolean caps = allCapitals(w);
      words.add(w);
      chunks.add(cs);
      capitals.add(caps);
      if (!caps) {
        for (Chunk c : cs) {
          votes.computeIfAbsent(phrase(w, c), k -> new LinkedHashMap<>()).merge(c.type(), 1, Integer::sum);
        }
      }
    }
    surnameVotes(votes);
    Map<String, String> majority = new HashMap<>();
    votes.forEach((p, v) -> majority.put(p, top(v)));
    List<String> byLength = new ArrayList<>(votes.keySet());
    byLength.sort(Comparator.comparingInt((String p) -> -p.split(" ").length));
    List<List<String>> out = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      List<String> w = words.get(si);
      List<Chunk> kept = new ArrayList<>();
      boolean[] covered = new boolean[w.size()];
      for (Chunk c : chunks.get(si)) {
        String type = c.type();
        Map<String, Integer> v = votes.get(phrase(w, c));
        if (v != null && !capitals.get(si)) {
          String t = majority.get(phrase(w, c));
          if (v.get(t) > v.getOrDefault(type, 0)) {
            type = t;
          }
        }
        kept.add(new Chunk(c.first(), c.end(), type));
        for (int i = c.first(); i < c.end(); i++) {
          covered[i] = true;
        }
      }
      for (String p : byLength) {
        String[] ws = p.split(" ");
        for (int i = 0; i + ws.length <= w.size(); i++) {
          if (matches(w, i, ws, covered) && Character.isUpperCase(w.get(i).codePointAt(0))) {
            kept.add(new Chunk(i, i + ws.length, majority.get(p)));
            for (int k = i; k < i + ws.length; k++) {
              covered[k] = true;
            }
          }
        }
      }
      out.add(tags(w.size(), kept));
    }
    CompanyShortNames.retype(words, out); // after the vote: the article's company names are known // after the vote: the article's company names are known
    return out;
  }

  /**
   * A person named in full ("Alicia Keys") is a vote that the surname alone ("Keys said") names a person too: each
   * such phrase adds one PER vote to its last word, when that word is also tagged alone somewhere in the article.
   */
  private static void surnameVotes(Map<String, Map<String, Integer>> votes) {
    Map<String, Integer> surnames = new HashMap<>();
    votes.forEach((p, v) -> {
      String[] w = p.split(" ");
      int per = v.getOrDefault("PER", 0);
      if (w.length > 1 && per > 0 && per >= v.values().stream().mapToInt(Integer::intValue).max().orElse(0)) {
        surnames.merge(w[w.length - 1], per, Integer::sum);
      }
    });
    surnames.forEach((w, n) -> {
      Map<String, Integer> v = votes.get(w);
      if (v != null) {
        v.merge("PER", n, Integer::sum);
      }
    });
  }

  private static boolean matches(List<String> w, int i, String[] ws, boolean[] covered) {
    for (int k = 0; k < ws.length; k++) {
      if (covered[i + k] || !w.get(i + k).equals(ws[k])) {
        return false;
      }
    }
    return true;
  }

  private static String top(Map<String, Integer> v) {
    String best = null;
    for (Map.Entry<String, Integer> e : v.entrySet()) {
      if (best == null || e.getValue() > v.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static String phrase(List<String> w, Chunk c) {
    return String.join(" ", w.subList(c.first(), c.end()));
  }

  /** A headline in capitals ("SOCCER - JAPAN GET LUCKY WIN"): more than one word, every word with letters upper. */
  private static boolean allCapitals(List<String> w) {
    int words = 0;
    for (String x : w) {
      if (x.chars().anyMatch(Character::isLetter)) {
        words++;
        if (!x.equals(x.toUpperCase(java.util.Locale.ROOT))) {
          return false;
        }
      }
    }
    return words > 1;
  }

  private static List<Chunk> chunks(Sentence s) {
    List<Chunk> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      String type = conllType(t.get(i).ner());
      if (type.equals("O")) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < t.size() && conllType(t.get(j).ner()).equals(type)) {
        j++;
      }
      out.add(new Chunk(i, j, type));
      i = j;
    }
    return out;
  }

  private static List<String> tags(int n, List<Chunk> chunks) {
    List<String> tags = new ArrayList<>(java.util.Collections.nCopies(n, "O"));
    for (Chunk c : chunks) {
      for (int i = c.first(); i < c.end(); i++) {
        tags.set(i, (i == c.first() ? "B-" : "I-") + c.type());
      }
    }
    return tags;
  }

  /**
   * The sentences with each token's NER tag replaced by this recogniser's type (CoreNLP's names: PERSON, LOCATION,
   * ORGANIZATION, MISC, O), what the entity linker reads.
   */
  public List<Sentence> relabel(List<Sentence> sentences) {
    List<List<String>> tags = tag(sentences);
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Token> tokens = new ArrayList<>(s.tokens().size());
      boolean changed = false;
      for (Token t : s.tokens()) {
        String tag = tags.get(si).get(t.index());
        String ner = coreNlpType(tag.equals("O") ? "O" : tag.substring(2));
        if (!ner.equals(t.ner()) && !(ner.equals("O") && conllType(t.ner()).equals("O"))) {
          t = new Token(t.index(), t.span(), t.word(), t.pos(), t.lemma(), ner, t.head(), t.deprel());
          changed = true;
        }
        tokens.add(t);
      }
      out.add(changed ? new Sentence(s.index(), s.span(), tokens) : s);
    }
    return out;
  }

  private static String coreNlpType(String conll) {
    return switch (conll) {
      case "PER" -> "PERSON";
      case "LOC" -> "LOCATION";
      case "ORG" -> "ORGANIZATION";
      case "MISC" -> "MISC";
      default -> "O";
    };
  }

  /** The CRF's tags as they are, in IOB2: a run of tokens with one type is one phrase. */
  public static List<List<String>> crf(List<Sentence> sentences) {
    List<List<String>> out = new ArrayList<>();
    for (Sentence s : sentences) {
      out.add(tags(s.tokens().size(), chunks(s)));
    }
    return out;
  }

  /** CoNLL's type for CoreNLP's coarse tag: PER, LOC, ORG, MISC, or O. */
  public static String conllType(String ner) {
    return switch (ner) {
      case "PERSON" -> "PER";
      case "LOCATION" -> "LOC";
      case "ORGANIZATION" -> "ORG";
      case "MISC" -> "MISC";
      default -> "O";
    };
  }
}
