package org.newsgraph.store;

import java.util.List;

/**
 * How widely an article was published: "reported by N outlets".
 *
 * @param publications  its publications, the first one included (1 when it has no near-duplicates)
 * @param outlets       the distinct outlets that published it, first seen first
 */
public record Reach(int publications, List<String> outlets) {}
