package org.newsgraph.store;

import org.newsgraph.core.Entity;

/**
 * An entity seen beside another one.
 *
 * @param entity     the entity
 * @param articles   stored articles that list both
 * @param sentences  sentences in which both are mentioned
 */
public record Related(Entity entity, int articles, int sentences) {}
