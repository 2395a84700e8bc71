package org.newsgraph.extract.claims.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A {@link FeatureSink} that keeps only the {@link FeatureHash} of each feature: what the stage scores at run time. */
public final class HashedFeatures implements FeatureSink {
  private final List<long[]> positions = new ArrayList<>();
  private long[] current = new long[64];
  private int size;

  private void put(long h) {
    if (size == current.length) {
      current = Arrays.copyOf(current, size * 2);
    }
    current[size++] = h;
  }

  private static long mix(long h, String s) {
    return FeatureHash.mix(h, s);
  }

  @Override
  public void add(String a) {
    put(mix(FeatureHash.START, a));
  }

  @Override
  public void add(String a, String b) {
    put(mix(mix(FeatureHash.START, a), b));
  }

  @Override
  public void add(String a, String b, String c) {
    put(mix(mix(mix(FeatureHash.START, a), b), c));
  }

  @Override
  public void add(String a, String b, String c, String d) {
    put(mix(mix(mix(mix(FeatureHash.START, a), b), c), d));
  }

  @Override
  public void add(String a, String b, String c, String d, String e) {
    put(mix(mix(mix(mix(mix(FeatureHash.START, a), b), c), d), e));
  }

  @Override
  public void add(String a, String b, String c, String d, String e, String f) {
    put(mix(mix(mix(mix(mix(mix(FeatureHash.START, a), b), c), d), e), f));
  }

  @Override
  public void next() {
    positions.add(Arrays.copyOf(current, size));
    size = 0;
  }

  /** The feature hashes of each position closed so far. */
  public List<long[]> positions() {
    return positions;
  }
}
