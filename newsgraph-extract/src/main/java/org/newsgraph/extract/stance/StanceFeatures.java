package org.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of a (claim, body) pair. Dense ones first (how much of the claim the body repeats: word, bigram and
 * character overlap, TF-IDF cosine of the whole body and of its closest sentences; what the body says near the claim:
 * refuting, hedging and confirming words, negation next to the claim's words, polarity), then each overlap figure
 * again in ten bins (so a linear model can bend), then hashed words of the sentences closest to the claim, of the
 * lead and of the claim (used by the stance stage only).
 */
final class StanceFeatures {
  static final int DENSE = 32;
  static final int[] BINNED = {1, 3, 4, 5, 7, 8};
  static final int BINS = 10;
  static final int LEXICAL_OFFSET = DENSE + BINNED.length * BINS;
  static final int HASH_BUCKETS = 1 << 15;
  static final int DIMENSION = LEXICAL_OFFSET + HASH_BUCKETS;
  private static final int LEAD = 3;
  private static final int CLOSEST = 3;
  /** Stems at most this IDF (in roughly 50 or more of the training documents) give word features. */
  private static final double COMMON_IDF = 4.5;
  /** Word features weigh little beside the dense ones; at full weight they learn each story's words. */
  private static final double LEXICAL_SCALE = 0.15;

  private final Map<String, Float> idf;
  private final float unknownIdf;

  StanceFeatures(Map<String, Float> idf, float unknownIdf) {
    this.idf = idf;
    this.unknownIdf = unknownIdf;
  }

  /** A body read once: its tokens, content stems, sentences (as stem lists) and their TF-IDF vectors. */
  record Body(List<String> tokens, List<String> stems, List<List<String>> sentenceStems,
      List<List<String>> sentenceTokens, List<String> sentenceTexts, List<Map<String, Double>> sentenceVectors,
      Map<String, Double> vector, Set<String> charGrams, Set<String> bigrams) {}

  /** The claim read once. */
  record Claim(String text, List<String> stems, Map<String, Double> vector, Set<String> bigrams,
      Set<String> charGrams) {}

  /** Everything the model and the reason need about one pair. */
  record Pair(double[] dense, FeatureVector relatedness, FeatureVector stance, double[] trees,
      List<String> refuting, List<String> hedging, List<String> confirming) {}

  /**
   * The length of {@link Pair#trees()}: the dense figures but the constant, then {@link ReportingFeatures}, then
   * {@link OverlapFeatures}.
   */
  static final int TREE_FEATURES = DENSE - 1 + ReportingFeatures.SIZE + OverlapFeatures.SIZE;

  Body body(String text) {
    List<String> tokens = StanceText.tokens(text);
    List<String> stems = StanceText.contentStems(tokens);
    List<List<String>> sentenceStems = new ArrayList<>();
    List<List<String>> sentenceTokens = new ArrayList<>();
    List<String> sentenceTexts = new ArrayList<>();
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (String s : StanceText.sentences(text)) {
      List<String> st = StanceText.tokens(s);
      List<String> ss = StanceText.contentStems(st);
      if (!ss.isEmpty()) {
        sentenceStems.add(ss);
        sentenceTokens.add(st);
        sentenceTexts.add(s);
        vectors.add(tfidf(ss));
      }
    }
    return new Body(tokens, stems, sentenceStems, sentenceTokens, sentenceTexts, vectors, tfidf(stems),
        charGrams(stems), bigrams(stems));
  }

  Claim claim(String text) {
    List<String> stems = StanceText.contentStems(StanceText.tokens(text));
    return new Claim(text, stems, tfidf(stems), bigrams(stems), charGrams(stems));
  }

  Pair pair(Claim claim, Body body) {
    double[] d = new double[DENSE];
    d[0] = 1;
    Set<String> bodySet = new HashSet<>(body.stems());
    Set<String> claimSet = new HashSet<>(claim.stems());
    Set<String> leadSet = new HashSet<>();
    for (int i = 0; i < Math.min(LEAD, body.sentenceStems().size()); i++) {
      leadSet.addAll(body.sentenceStems().get(i));
    }
    int shared = 0;
    int sharedLead = 0;
    double idfShared = 0;
    double idfAll = 0;
    for (String s : claimSet) {
      double w = idf(s);
      idfAll += w;
      if (bodySet.contains(s)) {
        shared++;
        idfShared += w;
      }
      if (leadSet.contains(s)) {
        sharedLead++;
      }
    }
    int n = Math.max(1, claimSet.size());
    d[1] = shared / (double) n;
    d[2] = sharedLead / (double) n;
    d[3] = idfAll == 0 ? 0 : idfShared / idfAll;
    d[4] = cosine(claim.vector(), body.vector());
    Integer[] bySimilarity = closestSentences(claim, body);
    double[] sims = new double[bySimilarity.length];
    for (int i = 0; i < sims.length; i++) {
      sims[i] = cosine(claim.vector(), body.sentenceVectors().get(bySimilarity[i]));
    }
    d[5] = sims.length == 0 ? 0 : sims[0];
    double top = 0;
    for (int i = 0; i < Math.min(CLOSEST, sims.length); i++) {
      top += sims[i];
    }
    d[6] = top / CLOSEST;
    d[7] = share(claim.bigrams(), body.bigrams());
    d[8] = share(claim.charGrams(), body.charGrams());
    d[9] = Math.log1p(body.tokens().size()) / 8;
    d[10] = Math.min(claimSet.size(), 20) / 10.0;
    List<String> closestStems = new ArrayList<>();
    for (int i = 0; i < Math.min(CLOSEST, bySimilarity.length); i++) {
      closestStems.addAll(body.sentenceStems().get(bySimilarity[i]));
    }
    List<String> closestAll = new ArrayList<>();
    for (int i = 0; i < Math.min(CLOSEST, bySimilarity.length); i++) {
      for (String t : body.sentenceStems().get(bySimilarity[i])) {
        closestAll.add(t);
      }
    }
    List<String> refuting = matches(closestAll, StanceLexicon.REFUTE);
    List<String> hedging = matches(closestAll, StanceLexicon.HEDGE);
    List<String> confirming = matches(closestAll, StanceLexicon.CONFIRM);
    List<String> bodyStems = stemsWithStop(body.tokens());
    double per100 = 100.0 / Math.max(1, bodyStems.size());
    d[11] = Math.log1p(refuting.size());
    d[12] = Math.log1p(hedging.size());
    d[13] = Math.log1p(confirming.size());
    d[14] = Math.min(5, matches(bodyStems, StanceLexicon.REFUTE).size() * per100);
    d[15] = Math.min(5, matches(bodyStems, StanceLexicon.HEDGE).size() * per100);
    d[16] = Math.min(5, matches(bodyStems, StanceLexicon.CONFIRM).size() * per100);
    d[17] = Math.log1p(negationNearClaim(claimSet, bodyStems));
    List<String> claimAll = stemsWithStop(StanceText.tokens(claim.text()));
    int claimRefute = matches(claimAll, StanceLexicon.REFUTE).size();
    d[18] = claimRefute > 0 ? 1 : 0;
    d[19] = matches(claimAll, StanceLexicon.HEDGE).isEmpty() ? 0 : 1;
    d[20] = matches(claimAll, StanceLexicon.CONFIRM).isEmpty() ? 0 : 1;
    d[21] = claim.text().contains("?") ? 1 : 0;
    d[22] = (claimRefute % 2) != (refuting.size() % 2) ? 1 : 0;
    List<String> leadAll = new ArrayList<>();
    for (int i = 0; i < Math.min(LEAD, body.sentenceStems().size()); i++) {
      leadAll.addAll(body.sentenceStems().get(i));
    }
    d[23] = Math.log1p(matches(leadAll, StanceLexicon.REFUTE).size());
    d[24] = Math.log1p(matches(leadAll, StanceLexicon.HEDGE).size());
    d[25] = Math.log1p(matches(closestAll, StanceLexicon.NEGATION).size());
    int strongClosest = matches(closestAll, StanceLexicon.STRONG_REFUTE).size();
    d[26] = Math.log1p(strongClosest);
    d[27] = Math.min(5, matches(bodyStems, StanceLexicon.STRONG_REFUTE).size() * per100);
    d[28] = Math.log1p(matches(leadAll, StanceLexicon.STRONG_REFUTE).size());
    d[29] = claimRefute > 0 && strongClosest > 0 ? 1 : 0;
    d[30] = claimRefute == 0 && strongClosest > 0 ? 1 : 0;
    d[31] = (d[15]) / (d[15] + d[16] + 1);
    FeatureVector relatedness = denseAndBins(d, null);
    Map<Integer, Double> lexical = new HashMap<>();
    addWords(lexical, "r:", common(closestStems, claimSet));
    addWords(lexical, "l:", common(leadAll, claimSet));
    double[] trees = new double[TREE_FEATURES];
    System.arraycopy(d, 1, trees, 0, DENSE - 1);
    if (sims.length > 0) {
      double[] reporting = ReportingFeatures.of(StanceText.tokens(claim.text()), claim.stems(),
          body.sentenceTokens(), bySimilarity, sims);
      System.arraycopy(reporting, 0, trees, DENSE - 1, ReportingFeatures.SIZE);
    }
    double[] overlap = OverlapFeatures.of(claim.stems(), StanceText.tokens(claim.text()), body.sentenceStems(),
        body.sentenceTexts(), body.tokens(), bodyStems, bySimilarity.length == 0 ? -1 : bySimilarity[0], this::idf);
    System.arraycopy(overlap, 0, trees, DENSE - 1 + ReportingFeatures.SIZE, OverlapFeatures.SIZE);
    return new Pair(d, relatedness, denseAndBins(d, lexical), trees, refuting, hedging, confirming);
  }

  private static FeatureVector denseAndBins(double[] d, Map<Integer, Double> lexical) {
    int size = DENSE + BINNED.length + (lexical == null ? 0 : lexical.size());
    int[] idx = new int[size];
    double[] val = new double[size];
    for (int i = 0; i < DENSE; i++) {
      idx[i] = i;
      val[i] = d[i];
    }
    for (int b = 0; b < BINNED.length; b++) {
      int bin = Math.min(BINS - 1, (int) Math.floor(Math.max(0, d[BINNED[b]]) * BINS));
      idx[DENSE + b] = DENSE + b * BINS + bin;
      val[DENSE + b] = 1;
    }
    if (lexical != null) {
      int k = DENSE + BINNED.length;
      Integer[] keys = lexical.keySet().toArray(new Integer[0]);
      Arrays.sort(keys);
      double norm = Math.sqrt(keys.length);
      for (Integer key : keys) {
        idx[k] = key;
        val[k] = LEXICAL_SCALE / norm;
        k++;
      }
    }
    return new FeatureVector(idx, val);
  }

  /**
   * The stems common across the training corpus (low IDF) and not in the claim: the words of how a body reports
   * ("officials", "however", "according"), not of what it is about, which would not carry over to other stories.
   */
  private List<String> common(List<String> stems, Set<String> claim) {
    List<String> out = new ArrayList<>();
    for (String s : stems) {
      if (!claim.contains(s) && idf(s) <= COMMON_IDF) {
        out.add(s);
      }
    }
    return out;
  }

  private static void addWords(Map<Integer, Double> out, String prefix, List<String> stems) {
    String prev = null;
    for (String s : stems) {
      out.put(bucket(prefix + s), 1.0);
      if (prev != null) {
        out.put(bucket(prefix + prev + "_" + s), 1.0);
      }
      prev = s;
    }
  }

  private static int bucket(String name) {
    return LEXICAL_OFFSET + Math.floorMod(name.hashCode() * 0x9E3779B1, HASH_BUCKETS);
  }

  private Integer[] closestSentences(Claim claim, Body body) {
    int k = body.sentenceVectors().size();
    Integer[] order = new Integer[k];
    double[] sim = new double[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
      sim[i] = cosine(claim.vector(), body.sentenceVectors().get(i));
    }
    Arrays.sort(order, (a, b) -> sim[a] != sim[b] ? Double.compare(sim[b], sim[a]) : Integer.compare(a, b));
    return order;
  }

  /** Negation words within four tokens of a word the claim also has. */
  private static int negationNearClaim(Set<String> claim, List<String> bodyStems) {
    int count = 0;
    for (int i = 0; i < bodyStems.size(); i++) {
      if (!StanceLexicon.NEGATION.contains(bodyStems.get(i))) {
        continue;
      }
      for (int j = Math.max(0, i - 4); j <= Math.min(bodyStems.size() - 1, i + 4); j++) {
        if (j != i && claim.contains(bodyStems.get(j))) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  private static List<String> stemsWithStop(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      out.add(StanceText.stem(t));
    }
    return out;
  }

  private static List<String> matches(List<String> stems, Set<String> lexicon) {
    List<String> out = new ArrayList<>();
    for (String s : stems) {
      if (lexicon.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private double idf(String stem) {
    Float v = idf.get(stem);
    return v == null ? unknownIdf : v;
  }

  private Map<String, Double> tfidf(List<String> stems) {
    Map<String, Double> v = new HashMap<>();
    for (String s : stems) {
      v.merge(s, 1.0, Double::sum);
    }
    double norm = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * idf(e.getKey());
      e.setValue(w);
      norm += w * w;
    }
    if (norm > 0) {
      double r = Math.sqrt(norm);
      v.replaceAll((k, w) -> w / r);
    }
    return v;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double s = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        s += e.getValue() * o;
      }
    }
    return s;
  }

  private static double share(Set<String> part, Set<String> whole) {
    if (part.isEmpty()) {
      return 0;
    }
    int k = 0;
    for (String s : part) {
      if (whole.contains(s)) {
        k++;
      }
    }
    return k / (double) part.size();
  }

  private static Set<String> bigrams(List<String> stems) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i < stems.size(); i++) {
      out.add(stems.get(i - 1) + " " + stems.get(i));
    }
    return out;
  }

  private static Set<String> charGrams(List<String> stems) {
    Set<String> out = new HashSet<>();
    for (String s : stems) {
      String w = " " + s + " ";
      for (int i = 0; i + 4 <= w.length(); i++) {
        out.add(w.substring(i, i + 4));
      }
    }
    return out;
  }
}
