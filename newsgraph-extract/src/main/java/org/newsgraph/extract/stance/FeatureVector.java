package org.newsgraph.extract.stance;

/** A sparse feature vector: sorted-or-not indexes with their values (an index may repeat; values then add). */
record FeatureVector(int[] index, double[] value) {
  int size() {
    return index.length;
  }
}
