package org.newsgraph.stories.cluster;

import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.newsgraph.stories.profile.ArticleProfile.Channel;
import org.newsgraph.stories.profile.SparseVector;

/**
 * An upper bound on an article's similarity to a candidate story, read from a few hundred bits per story instead of
 * the story's keys and their live counts: the similarity rule needs only the best candidate, and a candidate whose
 * bound is below the best score found so far cannot be it, so its cosines need not be computed.
 *
 * <p>Why it holds: a channel's cosine is {@code a·s' / (|a| |s'|)} with {@code s'} the story's vector reweighed by
 * the idf now (template words dropped), so only the keys the two share add to the dot product, and by Cauchy-Schwarz
 * {@code a·s' <= |a restricted to the shared keys| |s'|}: the cosine is at most the share of the article's norm on
 * keys the story holds, whatever the counts. A story keeps, per channel, a bit set of its keys' hashes (a Bloom filter
 * with one hash): a key whose bit is clear is not the story's; a set bit may be a collision, which only loosens the
 * bound. The penalties (quiet days, dates, protagonist) are never negative with the shipped weights, so leaving out
 * those not known before the cosines keeps it an upper bound; with a negative weight there is no bound.
 */
final class CandidateBound {
  /** Bits per channel (powers of two, about four times the keys a story keeps in it). */
  private static final int[] BITS = new int[Channel.values().length];
  /** Where each channel's bits start, in longs. */
  private static final int[] OFFSET = new int[Channel.values().length];
  static final int LONGS;

  static {
    BITS[Channel.TERMS.ordinal()] = 1024;
    BITS[Channel.ENTITIES.ordinal()] = 512;
    BITS[Channel.EVENTS.ordinal()] = 128;
    BITS[Channel.DATES.ordinal()] = 64;
    BITS[Channel.NUMBERS.ordinal()] = 256;
    int at = 0;
    for (Channel c : Channel.values()) {
      OFFSET[c.ordinal()] = at;
      at += BITS[c.ordinal()] / 64;
    }
    LONGS = at;
  }

  /**
   * Room left for rounding: the score and the bound are sums of a few dozen doubles (errors near 1e-15), so a
   * candidate is skipped only when its bound is below the best score by more than this.
   */
  static final double SLACK = 1e-9;

  private CandidateBound() {}

  /** Days between a dated article and a dated story's span (0 when either is undated or the date is inside it). */
  static long daysApart(java.time.LocalDate date, StoryState s) {
    return date == null || !s.dated() ? 0 : date.isBefore(s.first()) ? ChronoUnit.DAYS.between(date, s.first())
        : date.isAfter(s.last()) ? ChronoUnit.DAYS.between(s.last(), date) : 0;
  }

  /**
   * The article as the bounds read it, or null when no bound holds: a penalty known only after the cosines (dates
   * that do not meet, another protagonist) or a channel with a negative weight could raise a score above it.
   *
   * @param v     the article's vectors
   * @param kept  its terms without the template words (what the terms' cosine takes)
   */
  static Probe probe(Map<Channel, SparseVector> v, SparseVector kept, ClusterWeights weights) {
    if (weights.dateConflict() < 0 || weights.protagonist() < 0) {
      return null;
    }
    Map<Channel, SparseVector> side = new EnumMap<>(v);
    side.put(Channel.TERMS, kept);
    boolean[] present = new boolean[Channel.values().length];
    double[] w = new double[present.length];
    for (Channel c : Channel.values()) {
      present[c.ordinal()] = !v.get(c).isEmpty();
      w[c.ordinal()] = weights.weight(c);
    }
    Probe p = new Probe(side, present, w);
    return p.bounded() ? p : null;
  }

  /** The bit of {@code key} in channel {@code c}, counted from the start of the story's bits. */
  private static int bit(Channel c, String key) {
    int h = key.hashCode() * 0x9E3779B1; // spreads String.hashCode's low bits, which differ little between keys
    int bits = BITS[c.ordinal()];
    return OFFSET[c.ordinal()] * 64 + (h >>> (32 - Integer.numberOfTrailingZeros(bits)));
  }

  /** A story's bits: per channel, the bit of each of its keys. */
  static long[] signature(StoryState s) {
    long[] sig = new long[LONGS];
    for (Channel c : Channel.values()) {
      SparseVector v = s.channel(c);
      for (int i = 0; i < v.size(); i++) {
        int b = bit(c, v.key(i));
        sig[b >>> 6] |= 1L << (b & 63);
      }
    }
    return sig;
  }

  /**
   * An article as the bound reads it: per channel, each key's bit and squared weight in the vector the cosine takes
   * (the terms without the template words), that vector's norm, and the channel's weight (0 when the article has
   * nothing in it, which leaves it out of the similarity's mean).
   */
  static final class Probe {
    private final int[][] bits = new int[Channel.values().length][];
    private final double[][] squares = new double[Channel.values().length][];
    private final double[] norms = new double[Channel.values().length];
    private final double[] weights = new double[Channel.values().length];
    private double total;
    private boolean bounded = true;

    /**
     * @param cosineSide  per channel, the article's vector the cosine takes
     * @param present     per channel, whether the article has anything in it (the channel counts in the mean)
     * @param weights     per channel, its weight in the mean
     */
    Probe(Map<Channel, SparseVector> cosineSide, boolean[] present, double[] weights) {
      for (Channel c : Channel.values()) {
        int o = c.ordinal();
        SparseVector v = cosineSide.get(c);
        bits[o] = new int[v.size()];
        squares[o] = new double[v.size()];
        for (int i = 0; i < v.size(); i++) {
          bits[o][i] = bit(c, v.key(i));
          squares[o][i] = (double) v.weight(i) * v.weight(i);
        }
        norms[o] = v.norm();
        if (present[o]) {
          this.weights[o] = weights[o];
          total += weights[o];
          bounded &= weights[o] >= 0;
        }
      }
    }

    /** Whether the bound holds for these weights (none negative). */
    boolean bounded() {
      return bounded;
    }

    /**
     * At least the candidate's similarity before the penalties known only after its cosines.
     *
     * @param penalty  what is taken off in any case (the quiet days' share)
     */
    double upperBound(long[] sig, double penalty) {
      if (total == 0) {
        return -penalty;
      }
      double sum = 0;
      for (int o = 0; o < bits.length; o++) {
        if (weights[o] == 0 || norms[o] == 0) {
          continue;
        }
        double s = 0;
        int[] b = bits[o];
        for (int i = 0; i < b.length; i++) {
          if ((sig[b[i] >>> 6] & (1L << (b[i] & 63))) != 0) {
            s += squares[o][i];
          }
        }
        sum += weights[o] * Math.min(1, Math.sqrt(s) / norms[o]);
      }
      return sum / total - penalty;
    }
  }
}
