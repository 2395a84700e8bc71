package org.newsgraph.extract.places;

/**
 * Where a toponym was resolved to.
 *
 * @param toponym    the name
 * @param place      the place it means, or null when the table has no place of that name (it then has no point)
 * @param confidence 0..1: the resolver's share of belief in {@code place} among the candidates
 * @param evidence   what decided it: "only", "qualifier", "context", "nearby", "outlet", "population", "linked"
 */
public record Resolution(Toponym toponym, Place place, double confidence, String evidence) {}
