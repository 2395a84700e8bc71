package org.newsgraph.stories.cluster;

import java.util.Collection;
import java.util.Map;

/** Where the states of stories a clusterer lists without them are read from (a store's tables). */
@FunctionalInterface
public interface SavedStories {
  /** The saved states of {@code ids} (those that exist), by id. */
  Map<String, StoryState> read(Collection<String> ids);
}
