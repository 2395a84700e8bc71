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
 * Event coreference within a story: each mention, in stream order, joins the event instance of its story that the
 * trained {@link EventLinkModel} finds most probably the same event, when that probability reaches the threshold, or
 * starts one (online best-first linking: the instances are the clusters so far). Candidates are the instances of the
 * same story that share a trigger stem or type, and the newest instances of the story, at most {@link #PER_KEY} per
 * key, so the cost does not grow with the story. An instance whose narrow time lies more than a week from the mention's
 * is no candidate ({@link DatesApart}).
 */
public final class EventLinker {
  static final int PER_KEY = 64;
  private static final int CONTEXT_KEYS = 60;
  private static final String RECENT = "r|";

  private final EventLinkModel model;
  private final double threshold;
  private final DocumentFrequencies df;
  private final Map<String, StoryEvents> stories = new HashMap<>();

  /** The instances of one story, and per trigger key the newest of them. */
  private static final class StoryEvents {
    final Map<String, EventInstanceState> instances = new LinkedHashMap<>();
    final Map<String, Deque<String>> byKey = new HashMap<>();
    /** Training only: the instance of each gold cluster. */
    final Map<String, String> byGold = new HashMap<>();
  }

  /** A mention with its sentence context weighed by rarity (as it was when its article arrived). */
  public record Weighed(EventMention mention, SparseVector context) {}

  /** What training sees of one candidate: its features and whether it is the mention's gold event. */
  public interface Examples {
    void add(double[] features, boolean same);
  }

  /**
   * @param model      the event-link model
   * @param threshold  the model probability from which a mention joins an instance
   * @param df         the document frequencies of the stream, which weigh the context words
   */
  public EventLinker(EventLinkModel model, double threshold, DocumentFrequencies df) {
    this.model = model;
    this.threshold = threshold;
    this.df = df;
  }

  /** Links the mentions of one article, in order, within {@code storyId}. */
  public List<EventLink> link(String storyId, long seq, List<EventMention> mentions) {
    return linkWeighed(storyId, seq, weigh(mentions));
  }

  /** The mentions with their contexts weighed by the document frequencies as they are now. */
  public List<Weighed> weigh(List<EventMention> mentions) {
    List<Weighed> out = new ArrayList<>();
    for (EventMention m : mentions) {
      out.add(new Weighed(m, weigh(m.context())));
    }
    return out;
  }

  /** {@link #link} for mentions already weighed. */
  public List<EventLink> linkWeighed(String storyId, long seq, List<Weighed> mentions) {
    StoryEvents s = stories.computeIfAbsent(storyId, x -> new StoryEvents());
    List<EventLink> out = new ArrayList<>();
    for (Weighed w : mentions) {
      out.add(link(storyId, seq, s, w.mention(), w.context()));
    }
    return out;
  }

  /**
   * Training: each mention is compared with its candidates as {@link #link} would (each comparison goes to
   * {@code examples}, labelled by whether the candidate is its gold event), then joins the instance of its gold
   * cluster {@code gold.get(k)} (or starts it), so that later mentions see the gold clusters so far.
   */
  public void teach(String storyId, long seq, List<Weighed> mentions, List<String> gold, Examples examples) {
    StoryEvents s = stories.computeIfAbsent(storyId, x -> new StoryEvents());
    for (int k = 0; k < mentions.size(); k++) {
      EventMention m = mentions.get(k).mention();
      SparseVector context = mentions.get(k).context();
      String own = s.byGold.get(gold.get(k));
      for (String id : candidates(s, m)) {
        examples.add(LinkFeatures.of(m, context, s.instances.get(id)), id.equals(own));
      }
      EventInstanceState n = own == null ? start(storyId, seq, m, context)
          : join(s.instances.get(own), m, context, seq);
      s.byGold.put(gold.get(k), n.id());
      put(s, n, m);
    }
  }

  private EventLink link(String storyId, long seq, StoryEvents s, EventMention m, SparseVector context) {
    EventInstanceState best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    EventInstanceState apart = null;
    for (String id : candidates(s, m)) {
      EventInstanceState i = s.instances.get(id);
      if (DatesApart.far(m, i)) {
        apart = apart == null ? i : apart;
        continue;
      }
      double score = model.probability(LinkFeatures.of(m, context, i));
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best != null && bestScore >= threshold) {
      EventInstanceState n = join(best, m, context, seq);
      put(s, n, m);
      return new EventLink(m.articleId(), m.mentionId(), n.id(), false, bestScore,
          String.format(java.util.Locale.ROOT, "same event as %s (probability %.2f)", n.id(), bestScore), n);
    }
    EventInstanceState n = start(storyId, seq, m, context);
    put(s, n, m);
    String why = best != null
        ? String.format(java.util.Locale.ROOT, "a new event: the closest, %s, has probability %.2f", best.id(),
            bestScore)
        : apart != null ? "a new event: " + apart.id() + " has a time more than a week apart"
        : "a new event: the story has no earlier event";
    return new EventLink(m.articleId(), m.mentionId(), n.id(), true, 1, why, n);
  }

  private static EventInstanceState start(String storyId, long seq, EventMention m, SparseVector context) {
    return new EventInstanceState("v" + m.articleId() + "-" + m.mentionId(), storyId, m.type(), m.trigger(),
        counts(m.stems()), counts(m.actors()), counts(m.recipients()), m.location(), m.begin(), m.end(), context, 1,
        1, m.articleId(), seq);
  }

  private static Set<String> keys(EventMention m) {
    Set<String> k = new LinkedHashSet<>();
    for (String st : m.stems()) {
      k.add("s|" + st);
    }
    if (m.type() != null) {
      k.add("t|" + m.type());
    }
    k.add(RECENT);
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
