package org.newsgraph.stories.claims;

/**
 * Where one claim went.
 *
 * @param articleId   the article
 * @param claimId     the claim's id in it
 * @param instanceId  the claim instance it joined or started
 * @param started     whether it started it
 * @param score       its similarity to the instance (1 for a new one)
 * @param stance      the report's own stance
 * @param instance    the instance after the report joined
 */
public record ClaimLink(String articleId, String claimId, String instanceId, boolean started, double score,
    String stance, ClaimInstanceState instance) {}
