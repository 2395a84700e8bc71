package org.newsgraph.app.json;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.store.ClaimRecord;
import org.newsgraph.store.EventRecord;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.StoryDetail;

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
    if (!ids.isEmpty()) { // most pages have no source to name: no read at all
      store.entityNames(ids).forEach((id, name) -> seen.put(id, Optional.ofNullable(name)));
    }
    return id -> seen.computeIfAbsent(id, k -> store.entity(k).map(r -> r.entity().name())).orElse(null);
  }

  /**
   * The entity ids a page of claims looks up names for ({@link #of}): the source of each claim, and of its reporting
   * claim, whose words name no one.
   */
  public static java.util.List<String> sourcesOf(java.util.List<ClaimRecord> claims) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (ClaimRecord c : claims) {
      wanted(c.source(), c.claim().sourceEntityId(), out);
      if (c.reportedBy() != null) {
        wanted(c.reportedBy().sourceText(), c.reportedBy().entityId(), out);
      }
    }
    return out;
  }

  /** The entity ids a page of events looks up names for: the source of the claim each is reported through. */
  public static java.util.List<String> reportersOf(java.util.List<EventRecord> events) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (EventRecord e : events) {
      if (e.claimedBy() != null) {
        wanted(e.claimedBy().sourceText(), e.claimedBy().entityId(), out);
      }
    }
    return out;
  }

  /** The entity ids a story looks up names for: the named source of each claim instance whose words name no one. */
  public static java.util.List<String> sourcesOf(StoryDetail d) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (StoryDetail.ClaimInstance c : d.claims()) {
      if (namedSource(c.sourceKey())) {
        wanted(c.sourceText(), c.sourceKey(), out);
      }
    }
    return out;
  }

  /** Whether a claim instance's source key is one entity's id (not "unnamed", not a group of countries). */
  static boolean namedSource(String sourceKey) {
    return sourceKey.indexOf(':') > 0 && !sourceKey.startsWith("group:");
  }

  private static void wanted(String words, String entityId, java.util.List<String> out) {
    if (words != null && entityId != null && Coreference.namesNoOne(words)) {
      out.add(entityId);
    }
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
