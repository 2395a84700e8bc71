package org.newsgraph.extract.time.engine;

import org.newsgraph.extract.time.resolution.ResolutionContext;
import org.newsgraph.extract.time.resolution.TimexValue;

/** Checks one match of a rule against the tokens around it and resolves it; returns null to reject the match. */
@FunctionalInterface
public interface RuleHandler {
  TimexValue resolve(Match match, ResolutionContext context);
}
