package org.newsgraph.core;

/** What a stage adds to an {@link AnalyzedArticle}; stages declare the facets they need and give. */
public enum Facet {
  /** The article's text and structure: every analysis starts with it. */
  TEXT,
  SENTENCES,
  TOKENS,
  POS,
  LEMMAS,
  NER,
  DEPENDENCIES,
  ENTITIES,
  TIMES,
  CLAIMS,
  EVENTS,
  /** Place mentions, the dateline and events resolved to points. */
  PLACES,
  /** The numbers of each event's clause, with what they count. */
  QUANTITIES
}
