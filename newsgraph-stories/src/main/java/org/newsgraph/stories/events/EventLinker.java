package org.newsgraph.stories.events;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.stories.profile.DocumentFrequencies;
import org.newsgraph.stories.profile.SparseVector;

/**
 * Event coreference within a story: each mention, in stream order, joins the most similar event instance of its
 * story, or starts one. Similarity: the trigger (the same stem, else the same PLOVER type), the words and entities of
 * the sentence (weighted by how rare they are), and the participants, place and time, which count against when they
 * disagree. Candidates are the instances of the same story that share a trigger stem or type, newest first, at most
 * {@link #PER_KEY} per key, so the cost does not grow with the story.
 */
public final class EventLinker {
  static final int PER_KEY = 64;
  private static final int CONTEXT_KEYS = 60;
  /** Reporting verbs: many different statements share them, so their context has to agree as well. */
  private static final Set<String> REPORTING = Set.of("say", "tell", "report", "announc", "state", "add", "claim",
      "confirm", "note", "explain", "comment", "describ", "ask");

  private final double threshold;
  private final DocumentFrequencies df;
  private final Map<String, StoryEvents> stories = new HashMap<>();

  /** The instances of one story, and per trigger key the newest of them. */
  private static final class StoryEvents {
    final Map<String, EventInstanceState> instances = new LinkedHashMap<>();
    final Map<String, Deque<String>> byKey = new HashMap<>();
  }

  public EventLinker(double threshold, DocumentFrequencies df) {
    this.threshold = threshold;
    this.df = df;
  }

  /** Links the mentions of one article, in order, within {@code storyId}. */
  public List<EventLink> link(String storyId, long seq, List<EventMention> mentions) {
    StoryEvents s = stories.computeIfAbsent(storyId, x -> new StoryEvents());
    List<EventLink> out = new ArrayList<>();
    for (EventMention m : mentions) {
      out.add(link(storyId, seq, s, m));
    }
    return out;
  }

  private EventLink link(String storyId, long seq, StoryEvents s, EventMention m) {
    SparseVector context = weigh(m.context());
    EventInstanceState best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (String id : candidates(s, m)) {
      EventInstanceState i = s.instances.get(id);
      double score = score(m, context, i);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best != null && bestScore >= threshold) {
      EventInstanceState n = join(best, m, context, seq);
      put(s, n, m);
      return new EventLink(m.articleId(), m.mentionId(), n.id(), false, bestScore,
          String.format(java.util.Locale.ROOT, "same event as %s (similarity %.2f)", n.id(), bestScore), n);
    }
    EventInstanceState n = new EventInstanceState("v" + m.articleId() + "-" + m.mentionId(), storyId, m.type(),
        m.trigger(), counts(m.stems()), counts(m.actors()), counts(m.recipients()), m.location(), m.begin(), m.end(),
        context, 1, 1, m.articleId(), seq);
    put(s, n, m);
    String why = best == null ? "a new event: no earlier event of the story shares its trigger or type"
        : String.format(java.util.Locale.ROOT, "a new event: the closest, %s, has similarity %.2f", best.id(),
            bestScore);
    return new EventLink(m.articleId(), m.mentionId(), n.id(), true, 1, why, n);
  }

  private static Set<String> keys(EventMention m) {
    Set<String> k = new LinkedHashSet<>();
    for (String st : m.stems()) {
      k.add("s|" + st);
    }
    if (m.type() != null) {
      k.add("t|" + m.type());
    }
    return k;
  }

  private static List<String> candidates(StoryEvents s, EventMention m) {
    Set<String> out = new LinkedHashSet<>();
    for (String k : keys(m)) {
      Deque<String> d = s.byKey.get(k);
      if (d != null) {
        out.addAll(d);
      }
    }
    return new ArrayList<>(out);
  }

  private void put(StoryEvents s, EventInstanceState i, EventMention m) {
    s.instances.put(i.id(), i);
    for (String k : keys(m)) {
      Deque<String> d = s.byKey.computeIfAbsent(k, x -> new ArrayDeque<>());
      d.remove(i.id());
      d.addFirst(i.id());
      while (d.size() > PER_KEY) {
        d.removeLast();
      }
    }
  }

  double score(EventMention m, SparseVector context, EventInstanceState i) {
    double trigger = 0;
    boolean reporting = false;
    for (String st : m.stems()) {
      if (i.stems().containsKey(st)) {
        trigger = 1;
      }
      reporting |= REPORTING.contains(st);
    }
    if (trigger == 0 && m.type() != null && m.type().equals(i.type())) {
      trigger = 0.6;
    }
    double ctx = context.cosine(i.context());
    double score = 0.55 * trigger + 0.45 * ctx;
    if (reporting && ctx < 0.3) {
      score -= 0.3; // "said" by different people about different things
    }
    if (m.type() != null && i.type() != null && !m.type().equals(i.type())) {
      score -= 0.2;
    }
    if (!m.actors().isEmpty() && !i.actors().isEmpty()) {
      score += m.actors().stream().anyMatch(i.actors()::containsKey) ? 0.1 : -0.15;
    }
    if (m.location() != null && i.location() != null && !m.location().equals(i.location())) {
      score -= 0.15;
    }
    if (m.begin() != null && m.end() != null && i.begin() != null && i.end() != null) {
      boolean overlap = m.begin().isBefore(i.end()) && i.begin().isBefore(m.end());
      score += overlap ? 0.1 : -0.3;
    }
    return score;
  }

  private SparseVector weigh(SparseVector counts) {
    Map<String, Float> m = new HashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      m.put(counts.key(i), (float) (counts.weight(i) * df.idf(counts.key(i))));
    }
    return SparseVector.of(m).top(CONTEXT_KEYS).unit();
  }

  private static EventInstanceState join(EventInstanceState i, EventMention m, SparseVector context, long seq) {
    Map<String, Integer> stems = new HashMap<>(i.stems());
    m.stems().forEach(x -> stems.merge(x, 1, Integer::sum));
    Map<String, Integer> actors = new HashMap<>(i.actors());
    m.actors().forEach(x -> actors.merge(x, 1, Integer::sum));
    Map<String, Integer> recipients = new HashMap<>(i.recipients());
    m.recipients().forEach(x -> recipients.merge(x, 1, Integer::sum));
    LocalDate begin = i.begin();
    LocalDate end = i.end();
    if (m.begin() != null && m.end() != null && (begin == null || end == null
        || m.end().toEpochDay() - m.begin().toEpochDay() < end.toEpochDay() - begin.toEpochDay())) {
      begin = m.begin(); // the narrowest time given is the best one
      end = m.end();
    }
    String type = i.type() != null ? i.type() : m.type();
    boolean newArticle = !m.articleId().equals(i.lastArticle());
    return new EventInstanceState(i.id(), i.storyId(), type, i.label(), stems, actors, recipients,
        i.location() != null ? i.location() : m.location(), begin, end,
        i.context().plus(context, 1).top(CONTEXT_KEYS * 2), i.mentions() + 1, i.articles() + (newArticle ? 1 : 0),
        m.articleId(), seq);
  }

  private static Map<String, Integer> counts(List<String> xs) {
    Map<String, Integer> m = new HashMap<>();
    xs.forEach(x -> m.merge(x, 1, Integer::sum));
    return m;
  }

  /** Loads a saved instance; {@code keys} are the trigger keys of its mentions, oldest first. */
  public void restore(EventInstanceState i) {
    StoryEvents s = stories.computeIfAbsent(i.storyId(), x -> new StoryEvents());
    s.instances.put(i.id(), i);
    EventMention asMention = new EventMention(i.lastArticle(), "", i.type(), i.label(),
        List.copyOf(i.stems().keySet()), List.of(), List.of(), null, null, null, null, null);
    for (String k : keys(asMention)) {
      Deque<String> d = s.byKey.computeIfAbsent(k, x -> new ArrayDeque<>());
      d.addFirst(i.id());
      while (d.size() > PER_KEY) {
        d.removeLast();
      }
    }
  }

  public int instanceCount() {
    return stories.values().stream().mapToInt(s -> s.instances.size()).sum();
  }
}
