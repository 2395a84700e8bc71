package org.newsgraph.store;

import org.newsgraph.core.Entity;

/**
 * A canonical entity as stored, with how much the stored articles talk about it.
 *
 * @param entity        the entity: the first writer's name, and every alias seen since
 * @param articleCount  number of stored articles that list it
 * @param mentionCount  number of mentions of it over all stored articles
 */
public record EntityRecord(Entity entity, int articleCount, int mentionCount) {}
