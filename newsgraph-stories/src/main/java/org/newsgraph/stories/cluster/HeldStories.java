package org.newsgraph.stories.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.stories.profile.DocumentFrequencies;

/**
 * The states of the stories a clusterer compares articles with: those it holds (started, joined or loaded in this
 * session), and those a store lists without their state, read from {@link SavedStories} when first needed.
 */
final class HeldStories {
  private final Map<String, ListedStory> held = new HashMap<>();
  private final DocumentFrequencies df;
  /** Null: every listed story is held. */
  private SavedStories saved;

  HeldStories(DocumentFrequencies df) {
    this.df = df;
  }

  void readFrom(SavedStories s) {
    saved = s;
  }

  /** Whether stories may be listed without their states (then {@link #read} has something to read from). */
  boolean reads() {
    return saved != null;
  }

  void put(StoryState s) {
    held.put(s.id(), new ListedStory(s, CandidateBound.signature(s), df));
  }

  boolean holds(String id) {
    return held.containsKey(id);
  }

  int size() {
    return held.size();
  }

  /** A story with its state: held, or read now (null when neither has it). */
  ListedStory get(String id) {
    ListedStory l = held.get(id);
    if (l == null && saved != null) {
      read(List.of(id));
      l = held.get(id);
    }
    return l;
  }

  /** Reads the saved states of {@code ids} in one go, and holds them. */
  void read(Collection<String> ids) {
    for (StoryState s : saved.read(ids).values()) {
      put(s);
    }
  }

  Collection<ListedStory> all() {
    return held.values();
  }
}
