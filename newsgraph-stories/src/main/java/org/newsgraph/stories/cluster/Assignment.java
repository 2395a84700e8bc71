package org.newsgraph.stories.cluster;

/**
 * Where one article went.
 *
 * @param articleId  the article
 * @param storyId    the story it joined or started
 * @param started    true when it started the story
 * @param score      the similarity to the story it joined (0 for a new story)
 * @param dated      false when the article has no date (it joined by content only)
 * @param reason     why, for people: the keys it shares with the story, or why no story was close enough
 * @param story      the story's state after the article joined
 */
public record Assignment(String articleId, String storyId, boolean started, double score, boolean dated,
    String reason, StoryState story) {}
