package org.newsgraph.extract.time.engine;

/** A group of rules that adds itself to a {@link RuleBook}, its rules in its own order. */
public interface RuleSet {
  void addTo(RuleBook book);
}
