package org.newsgraph.stories.events;

/**
 * Where one event mention went.
 *
 * @param articleId   the article
 * @param mentionId   the mention's id in it
 * @param instanceId  the event instance it joined or started
 * @param started     whether it started the instance
 * @param score       its similarity to the instance (1 for a new one)
 * @param reason      why, for people
 * @param instance    the instance after the mention joined
 */
public record EventLink(String articleId, String mentionId, String instanceId, boolean started, double score,
    String reason, EventInstanceState instance) {}
