package org.newsgraph.app.http;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.app.json.EntityBoardViews.EntityBoardAnswer;
import org.newsgraph.app.json.EntityBoardViews.Placed;
import org.newsgraph.core.Entity;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Page;
import org.newsgraph.store.StoryBoard;
import org.newsgraph.store.StoryBoard.Column;
import org.newsgraph.store.StoryBoard.Level;
import org.newsgraph.store.StoryDetail;
import org.newsgraph.store.StorySummary;

/**
 * {@code GET /api/entities/{id}/board}: the boards of the largest stories naming an entity, read at request time,
 * and of their events those the entity takes part in (actor, recipient or place), the most corroborated and the most
 * disputed.
 */
final class EntityBoard {
  private EntityBoard() {}

  static EntityBoardAnswer build(NewsStore store, Entity e, int stories, int limit) {
    Page<StorySummary> page = store.stories(e.id(), null, null, 0, stories);
    // the stories are read side by side (the store reads on connections of their own); their order is kept
    List<Placed> rows = page.items().parallelStream().map(s -> placed(store, e, s)).toList().stream()
        .flatMap(List::stream).toList();
    Comparator<Placed> reach = Comparator.comparingInt((Placed p) -> p.row().articles())
        .thenComparingInt(p -> p.row().outlets()).reversed();
    List<Placed> corroborated = rows.stream()
        .filter(p -> p.row().sources() > 0 && p.row().level() != Level.DENIED && p.row().level() != Level.DISPUTED)
        .sorted(Comparator.comparingInt((Placed p) -> p.row().sources()).reversed().thenComparing(reach))
        .limit(limit).toList();
    List<Placed> disputed = rows.stream()
        .filter(p -> p.row().level() == Level.DISPUTED || p.row().level() == Level.DENIED || against(p.row()) > 0)
        .sorted(Comparator.comparingInt((Placed p) -> rank(p.row().level()))
            .thenComparing(Comparator.comparingInt((Placed p) -> against(p.row())).reversed())
            .thenComparing(reach))
        .limit(limit).toList();
    return EntityBoardAnswer.of(e, page.items().size(), page.total(), rows.size(), corroborated, disputed);
  }

  /** The rows of the story's board whose event the entity takes part in. */
  private static List<Placed> placed(NewsStore store, Entity e, StorySummary s) {
    StoryDetail d = store.story(s.id()).orElse(null);
    StoryBoard b = d == null ? null : store.board(s.id()).orElse(null);
    if (b == null) {
      return List.of();
    }
    Set<String> involved = d.events().stream().filter(ev -> ev.actors().contains(e.id())
        || ev.recipients().contains(e.id()) || e.id().equals(ev.location()))
        .map(StoryDetail.EventInstance::id).collect(Collectors.toSet());
    return b.events().stream().filter(r -> involved.contains(r.instanceId())).map(r -> new Placed(s, r)).toList();
  }

  /** Disputed first, then denied, then the rest. */
  private static int rank(Level l) {
    return l == Level.DISPUTED ? 0 : l == Level.DENIED ? 1 : 2;
  }

  /** Named sources that deny the fact or have not confirmed it. */
  private static int against(StoryBoard.Row r) {
    return (int) r.entries().stream().filter(x -> x.named()
        && (x.column() == Column.DENIES || x.column() == Column.NOT_CONFIRMED)).count();
  }
}
