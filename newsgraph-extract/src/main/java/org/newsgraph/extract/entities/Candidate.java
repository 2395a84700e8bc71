package org.newsgraph.extract.entities;

import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;

/**
 * A decided mention before entities are merged: its span, the entity id, how it refers, and what to create if
 * the id is not a gazetteer entry.
 */
record Candidate(Span span, String entityId, Mention.Role role, String surface) {}
