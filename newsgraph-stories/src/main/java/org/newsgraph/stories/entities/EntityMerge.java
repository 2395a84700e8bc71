package org.newsgraph.stories.entities;

import java.util.List;

/**
 * In one article, a person named by surname alone is the person named in full elsewhere.
 *
 * @param id            "m" + the article id + ":" + the entity id
 * @param articleId     the article whose mentions are merged
 * @param entity        the entity as linked in that article ({@code person:reagan})
 * @param into          the entity it is one with ({@code person:ronald-reagan})
 * @param storyId       the article's story
 * @param surname       the shared surname, folded
 * @param reason        why, for people
 * @param evidence      the other entities the article shares with the full name's articles
 * @param mentions      the merged mentions, as "begin-end" offsets in the article
 * @param undoneBy      the article whose evidence undid the merge, or null while it holds
 * @param undoneReason  why it was undone, or null
 */
public record EntityMerge(String id, String articleId, String entity, String into, String storyId, String surname,
    String reason, List<String> evidence, List<String> mentions, String undoneBy, String undoneReason) {
  public EntityMerge {
    evidence = List.copyOf(evidence);
    mentions = List.copyOf(mentions);
  }

  public boolean active() {
    return undoneBy == null;
  }

  public EntityMerge undo(String byArticle, String why) {
    return new EntityMerge(id, articleId, entity, into, storyId, surname, reason, evidence, mentions, byArticle, why);
  }
}
