package org.newsgraph.extract.gazetteer;

/** How a surface string names a gazetteer entry. */
public enum NameKind {
  /** The entry's preferred name ("North Korea"). */
  NAME,
  /** Another name or abbreviation of the entry ("DPRK", "UAE"). */
  ALIAS,
  /** An adjective or people form of a country ("North Korean", "Britons"). */
  DEMONYM,
  /** The capital of a country, standing for it ("Pyongyang"). */
  CAPITAL,
  /** A seat of power standing for a country's government ("the Kremlin"). */
  SEAT
}
