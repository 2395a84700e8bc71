package org.newsgraph.app.json;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.store.ClaimRecord;
import org.newsgraph.store.EventRecord;
import org.newsgraph.store.NewsStore;

/**
 * What a claim's source is shown as, on the page, in the API's {@code source_label} fields and by the claims
 * command: never a pronoun. Words that name no one on their own ("he", "it", "they", "who", "both sides") show the
 * entity they were resolved to, else "unnamed source"; any other words show as they are ("Ukrainian officials",
 * "the company", "Vladimir Putin").
 */
public final class SourceLabels {
  /** The label of a source that names no one and was resolved to no one. */
  public static final String UNNAMED = "unnamed source";

  private SourceLabels() {}

  /**
   * Entity names as the store knows them (null for an entity it does not hold), each looked up once: a page of 50
   * claims of one source asked the store for the same name up to 50 times. For one answer or command (one thread);
   * not shared across requests, so a name is never older than the request.
   */
  public static Function<String, String> names(NewsStore store) {
    return names(store, java.util.List.of());
  }

  /**
   * {@link #names(NewsStore)}, with the names of {@code ids} read first in one query (a story's claim sources: one
   * lookup each cost as much as the story's read); any other id, or one the entities table lacks, is looked up as
   * before.
   */
  public static Function<String, String> names(NewsStore store, java.util.Collection<String> ids) {
    Map<String, Optional<String>> seen = new HashMap<>();
    store.entityNames(ids).forEach((id, name) -> seen.put(id, Optional.ofNullable(name)));
    return id -> seen.computeIfAbsent(id, k -> store.entity(k).map(r -> r.entity().name())).orElse(null);
  }

  /** The entity ids a page of claims shows labels for: each claim's source, and the source of its reporting claim. */
  public static java.util.List<String> sourcesOf(java.util.List<ClaimRecord> claims) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (ClaimRecord c : claims) {
      out.add(c.claim().sourceEntityId());
      out.add(c.reportedBy() == null ? null : c.reportedBy().entityId());
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  /** The entity ids a page of events shows labels for: the source of the claim each is reported through. */
  public static java.util.List<String> reportersOf(java.util.List<EventRecord> events) {
    return events.stream().map(e -> e.claimedBy() == null ? null : e.claimedBy().entityId())
        .filter(java.util.Objects::nonNull).toList();
  }

  /**
   * The label of a source: {@code words} (null when unattributed), the entity it links to (or null) and a lookup of
   * entity names (which may answer null).
   */
  public static String of(String words, String entityId, Function<String, String> names) {
    if (words == null) {
      return null;
    }
    if (!Coreference.namesNoOne(words)) {
      return words;
    }
    String name = entityId == null ? null : names.apply(entityId);
    return name != null && !name.isBlank() ? name : entityId != null ? entityId : UNNAMED;
  }
}
