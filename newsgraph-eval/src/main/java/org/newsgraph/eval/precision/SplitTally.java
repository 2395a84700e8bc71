package org.newsgraph.eval.precision;

import java.util.EnumMap;
import java.util.Map;

/** The counts behind one split's figures. Mutable; filled by {@link PrecisionScorer}. */
public final class SplitTally {
  int articles;
  int reanchored;
  int claimsPredicted;
  int claimsRight;
  final Map<ClaimError, Integer> claimErrors = new EnumMap<>(ClaimError.class);
  int goldClaims;
  int goldClaimsFound;
  int goldClaimsRecalled;
  int eventsPredicted;
  int eventsRight;
  final Map<EventError, Integer> eventErrors = new EnumMap<>(EventError.class);
  int goldEvents;
  int goldEventsFound;
  int goldEventsRecalled;
  int articlesWithoutEvents;
  int eventsWhereNone;
  /** The claims' confidence against their verdicts (claims without a confidence are not in it). */
  final org.newsgraph.extract.learn.Reliability claimReliability = new org.newsgraph.extract.learn.Reliability(10);

  /** The reliability table of the claims' confidence on this split. */
  public org.newsgraph.extract.learn.Reliability claimReliability() {
    return claimReliability;
  }

  public int articles() {
    return articles;
  }

  public int reanchored() {
    return reanchored;
  }

  public int claimsPredicted() {
    return claimsPredicted;
  }

  public int claimsRight() {
    return claimsRight;
  }

  /** Predictions with this error (a prediction may have several). */
  public int claimErrors(ClaimError e) {
    return claimErrors.getOrDefault(e, 0);
  }

  public int goldClaims() {
    return goldClaims;
  }

  /** Gold claims some prediction was paired with, right or not. */
  public int goldClaimsFound() {
    return goldClaimsFound;
  }

  /** Gold claims a fully right prediction was paired with. */
  public int goldClaimsRecalled() {
    return goldClaimsRecalled;
  }

  public int eventsPredicted() {
    return eventsPredicted;
  }

  public int eventsRight() {
    return eventsRight;
  }

  public int eventErrors(EventError e) {
    return eventErrors.getOrDefault(e, 0);
  }

  public int goldEvents() {
    return goldEvents;
  }

  public int goldEventsFound() {
    return goldEventsFound;
  }

  public int goldEventsRecalled() {
    return goldEventsRecalled;
  }

  /** Articles whose gold has no political event. */
  public int articlesWithoutEvents() {
    return articlesWithoutEvents;
  }

  /** Events the system coded in those articles. */
  public int eventsWhereNone() {
    return eventsWhereNone;
  }

  /** {@code part / whole}, or 0 when there is no whole. */
  public static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
