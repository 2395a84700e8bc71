package org.newsgraph.extract.claims.model;

import java.util.ArrayList;
import java.util.List;

/** A {@link FeatureSink} that keeps each feature's name: what training learns from and the model file lists. */
public final class NamedFeatures implements FeatureSink {
  private final List<String[]> positions = new ArrayList<>();
  private final List<String> current = new ArrayList<>();

  @Override
  public void add(String a) {
    current.add(a);
  }

  @Override
  public void add(String a, String b) {
    current.add(a + b);
  }

  @Override
  public void add(String a, String b, String c) {
    current.add(a + b + c);
  }

  @Override
  public void add(String a, String b, String c, String d) {
    current.add(a + b + c + d);
  }

  @Override
  public void add(String a, String b, String c, String d, String e) {
    current.add(a + b + c + d + e);
  }

  @Override
  public void add(String a, String b, String c, String d, String e, String f) {
    current.add(a + b + c + d + e + f);
  }

  @Override
  public void next() {
    positions.add(current.toArray(String[]::new));
    current.clear();
  }

  /** The features of each position closed so far. */
  public List<String[]> positions() {
    return positions;
  }
}
