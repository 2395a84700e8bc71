package org.newsgraph.stories.cluster;

import org.newsgraph.stories.profile.ArticleProfile.Channel;
import org.newsgraph.stories.profile.DocumentFrequencies;
import org.newsgraph.stories.profile.Vectors;

/**
 * A story and the live document-frequency counters of its keys, per channel in the order of its vectors: scoring
 * reads a key's count through them, not through a map of every key seen. They are looked up when the story is
 * first scored, not when it is listed: a store's load lists every story, and an open scores few of them (the
 * lookups were most of listing a story, by JFR); a counter is the same live object whenever it is looked up.
 */
final class ListedStory {
  private final StoryState state;
  private final long[] bits;
  private final DocumentFrequencies df;
  private DocumentFrequencies.Counter[][] counters;

  ListedStory(StoryState state, long[] bits, DocumentFrequencies df) {
    this.state = state;
    this.bits = bits;
    this.df = df;
  }

  StoryState state() {
    return state;
  }

  long[] bits() {
    return bits;
  }

  DocumentFrequencies.Counter[][] counters() {
    if (counters == null) {
      DocumentFrequencies.Counter[][] c = new DocumentFrequencies.Counter[Channel.values().length][];
      for (Channel ch : Channel.values()) {
        c[ch.ordinal()] = Vectors.counters(state.channel(ch), df);
      }
      counters = c;
    }
    return counters;
  }
}
