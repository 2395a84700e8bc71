/**
 * The small learning tools the trained stages share: string features to a sparse vector, a softmax (multinomial
 * logistic) regression fitted deterministically, folds for cross-validation and reliability tables.
 * Pure Java, no dependency beyond the JDK, so that a model file is the byte-for-byte output of its training data.
 */
package org.newsgraph.extract.learn;
