package org.newsgraph.extract.claims.model;

/**
 * Where feature code puts the features of one position, each given as the parts its name is made of ("path|w=",
 * path, "|", word). Training keeps the names ({@link NamedFeatures}); the stage at run time keeps only a hash of each
 * name ({@link HashedFeatures}), computed from the parts without building the string. A feature is the same whichever
 * sink receives it: its hash is {@link FeatureHash#of} of the concatenated parts.
 */
public interface FeatureSink {
  void add(String a);

  void add(String a, String b);

  void add(String a, String b, String c);

  void add(String a, String b, String c, String d);

  void add(String a, String b, String c, String d, String e);

  void add(String a, String b, String c, String d, String e, String f);

  /** Closes the current position's features and starts the next position's. */
  void next();
}
