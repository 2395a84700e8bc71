package org.newsgraph.app.json;

import java.util.List;
import org.newsgraph.app.json.Answers.EntityView;
import org.newsgraph.app.json.StoryBoardViews.BoardRow;
import org.newsgraph.app.json.StoryViews.StoryItem;
import org.newsgraph.core.Entity;
import org.newsgraph.store.StoryBoard;
import org.newsgraph.store.StorySummary;

/**
 * {@code GET /api/entities/{id}/board}: the events an entity takes part in (or that happen at it) that are the most
 * corroborated and the most disputed, each a row of its story's board.
 */
public final class EntityBoardViews {
  private EntityBoardViews() {}

  /**
   * The entity's best corroborated and most disputed events.
   *
   * @param storiesRead    how many of its stories were read (the largest first)
   * @param storiesTotal   how many stories name it
   * @param events         its events on those stories' boards
   * @param corroborated   the events the most independent sources assert, the most first
   * @param disputed       the events some named source denies or has not confirmed: disputed, then denied, then the
   *                       others, by how many sources deny or have not confirmed them
   */
  public record EntityBoardAnswer(EntityView entity, int storiesRead, long storiesTotal, int events,
      List<EntityBoardItem> corroborated, List<EntityBoardItem> disputed) {
    public static EntityBoardAnswer of(Entity e, int storiesRead, long storiesTotal, int events,
        List<Placed> corroborated, List<Placed> disputed) {
      return new EntityBoardAnswer(EntityView.of(e), storiesRead, storiesTotal, events,
          corroborated.stream().map(EntityBoardItem::of).toList(), disputed.stream().map(EntityBoardItem::of).toList());
    }
  }

  /** An event of a story's board, with its story. */
  public record EntityBoardItem(StoryItem story, BoardRow row) {
    static EntityBoardItem of(Placed p) {
      return new EntityBoardItem(StoryItem.of(p.story()), BoardRow.of(p.row()));
    }
  }

  /** A board row and the story it is from. */
  public record Placed(StorySummary story, StoryBoard.Row row) {}
}
