package org.newsgraph.stories.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.stories.profile.ArticleProfile;
import org.newsgraph.stories.profile.ArticleProfile.Channel;
import org.newsgraph.stories.profile.DocumentFrequencies;
import org.newsgraph.stories.profile.SparseVector;
import org.newsgraph.stories.profile.Vectors;

/**
 * Online story clustering: each article, in stream order, joins the most similar story among the candidates the
 * {@link Candidates} gives, or starts a new one when none is similar enough. Similarity weighs words, entities,
 * events and dates ({@link ClusterWeights}); a dated article never joins a dated story that has been quiet for
 * longer than the quiet period; an undated one joins by content only, and a story of dated articles only by strong
 * evidence; no article joins a story it shares no specific entity with ({@link JoinRefusal}). Deterministic: the same articles in the same
 * order give the same stories, whether or not the state was saved and loaded in between.
 */
public final class StoryClusterer {
  /** Heaviest keys kept per channel, for an article and for a story. */
  private static final Map<Channel, Integer> ARTICLE_KEYS = Map.of(Channel.TERMS, 80, Channel.ENTITIES, 40,
      Channel.EVENTS, 20, Channel.DATES, 12, Channel.NUMBERS, 24);
  private static final Map<Channel, Integer> STORY_KEYS = Map.of(Channel.TERMS, 160, Channel.ENTITIES, 80,
      Channel.EVENTS, 30, Channel.DATES, 16, Channel.NUMBERS, 40);

  private final double threshold;
  private final int quietDays;
  private final ClusterWeights weights;
  private final JoinModel model;
  private final DocumentFrequencies df = new DocumentFrequencies();
  private final HeldStories stories = new HeldStories(df);
  private final Candidates candidates;
  private final OutletNames outlets = new OutletNames();
  private long seq;
  /** Candidate stories scored in full so far (what {@code bench stories} reports per article), and not scored. */
  private long scored;
  private long skipped;

  public StoryClusterer(double threshold, int quietDays, ClusterWeights weights) {
    this(threshold, quietDays, weights, null);
  }

  /**
   * @param model  decides whether an article joins its most probable candidate, when that candidate's similarity
   *               reaches {@code threshold} too (null: the similarity and {@code threshold} decide, with
   *               {@code weights}' further checks)
   */
  public StoryClusterer(double threshold, int quietDays, ClusterWeights weights, JoinModel model) {
    this.threshold = threshold;
    this.quietDays = quietDays;
    this.weights = weights;
    this.model = model;
    this.candidates = new Candidates(quietDays);
  }

  /** Places one article; the returned assignment carries the story's new state. */
  public Assignment assign(ArticleProfile p) {
    if (model != null) {
      Considered c = consider(p);
      Scored best = null;
      double most = -1;
      for (Scored s : c.candidates()) {
        double q = model.probability(s.features());
        if (q > most || (q == most && s.story().lastSeq() > best.story().lastSeq())) {
          best = s;
          most = q;
        }
      }
      String refused = best == null ? null : JoinRefusal.refusal(p, best, threshold);
      // the model decides among the stories the similarity rule would admit: trained on ECB+, where one topic's
      // documents are alike, it alone joined Reuters reports of one company or one genre (eurobond issues)
      boolean joins = best != null && refused == null && most >= model.threshold() && best.score() >= threshold;
      return place(c, joins ? best.story().id() : null, best == null ? null : refused != null ? refused
          : String.format(java.util.Locale.ROOT, "join probability %.2f", most));
    }
    Considered c = considerBest(p);
    Scored best = c.best();
    String refused = best == null ? null : JoinRefusal.refusal(p, best, threshold);
    boolean joins = best != null && refused == null && best.score() >= threshold
        && best.shared().size() >= weights.minShared() && !(best.story().cohesion() * weights.cohesion() > best.score());
    return place(c, joins ? best.story().id() : null, refused);
  }

  /**
   * One article's candidate stories, each scored, before it is placed: what {@link #assign} decides on, and what
   * training reads (with the story the article should join).
   *
   * @param candidates  the candidates in index order, each with its similarity and features; null scores left out
   */
  public record Considered(ArticleProfile profile, Map<Channel, SparseVector> raw, List<Scored> candidates) {
    /** The candidate the article would join: the highest score, ties to the most recently active. */
    Scored best() {
      Scored best = null;
      for (Scored s : candidates) {
        if (best == null || s.score() > best.score()
            || (s.score() == best.score() && s.story().lastSeq() > best.story().lastSeq())) {
          best = s;
        }
      }
      return best;
    }
  }

  /** Counts the article in, and scores its candidate stories; call {@link #place} next, for the same article. */
  public Considered consider(ArticleProfile p) {
    Prepared a = prepare(p);
    List<Scored> out = new ArrayList<>();
    for (String id : candidates.of(p.date(), a.v())) {
      scored++;
      Ranked r = rank(p, a, stories.get(id));
      if (r != null) {
        out.add(finish(p, a, r));
      }
    }
    JoinFeatures.compare(out);
    return new Considered(p, a.raw(), out);
  }

  /**
   * {@link #consider} for the similarity rule, which reads only the best candidate: scored in the order of their
   * upper bounds ({@link CandidateBound}), until the next bound is below the best score (the candidates grow with the
   * stories, and their cosines were most of their cost); only the best gets its shared keys and features. The same
   * best as {@link #consider}'s: the same scores, the same tie rule (no two stories share a last position).
   */
  private Considered considerBest(ArticleProfile p) {
    Prepared a = prepare(p);
    List<String> ids = candidates.of(p.date(), a.v());
    ListedStory[] listed = new ListedStory[ids.size()];
    double[] bounds = new double[ids.size()];
    Integer[] order = new Integer[ids.size()];
    for (int i = 0; i < order.length; i++) {
      listed[i] = stories.get(ids.get(i));
      long gap = CandidateBound.daysApart(p.date(), listed[i].state());
      bounds[i] = gap > quietDays ? Double.NEGATIVE_INFINITY : a.probe() == null ? Double.POSITIVE_INFINITY
          : a.probe().upperBound(listed[i].bits(), weights.gap() * gap / Math.max(1, quietDays));
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(bounds[y], bounds[x]));
    Ranked best = null;
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      if (bounds[i] == Double.NEGATIVE_INFINITY || best != null && bounds[i] < best.score() - CandidateBound.SLACK) {
        skipped += order.length - k; // quiet (rank gives null), or below the best: so are those after it
        break;
      }
      scored++;
      Ranked r = rank(p, a, listed[i]);
      if (r != null && (best == null || r.score() > best.score()
          || (r.score() == best.score() && r.story().lastSeq() > best.story().lastSeq()))) {
        best = r;
      }
    }
    return new Considered(p, a.raw(), best == null ? List.of() : List.of(finish(p, a, best)));
  }

  /**
   * An article counted in, weighed: its vectors, its raw vectors, its terms without the template words, and what
   * the candidates' bounds read (null for the join model, which scores every candidate, or when no bound holds).
   */
  private record Prepared(Map<Channel, SparseVector> v, Map<Channel, SparseVector> raw, SparseVector termsKept,
      CandidateBound.Probe probe) {}

  private Prepared prepare(ArticleProfile p) {
    seq++;
    List<String> keys = new ArrayList<>();
    for (Channel c : Channel.values()) {
      keys.addAll(p.channel(c).keys());
    }
    df.add(keys);
    Map<Channel, SparseVector> v = new EnumMap<>(Channel.class);
    Map<Channel, SparseVector> raw = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      v.put(c, Vectors.weigh(p.channel(c), df, ARTICLE_KEYS.get(c)));
      raw.put(c, Vectors.logTf(p.channel(c)));
    }
    // df does not change while the candidates score
    SparseVector kept = withoutCommon(v.get(Channel.TERMS));
    return new Prepared(v, raw, kept, model != null ? null : CandidateBound.probe(v, kept, weights));
  }

  /**
   * Places the considered article in story {@code storyId} (one of its candidates), or in a new story when null.
   *
   * @param note  added to the reason given: why its best candidate would not take it in, or the join probability;
   *              or null
   */
  public Assignment place(Considered c, String storyId, String note) {
    ArticleProfile p = c.profile();
    boolean dated = p.date() != null;
    String undatedNote = dated ? "" : "; undated: joined by content only";
    Scored joined = null;
    for (Scored s : c.candidates()) {
      if (s.story().id().equals(storyId)) {
        joined = s;
      }
    }
    if (storyId != null && joined == null) {
      throw new IllegalArgumentException("story " + storyId + " is not a candidate of " + p.articleId());
    }
    if (joined != null) {
      StoryState s = join(joined.story(), p, c.raw(), joined.score());
      String why = String.format(java.util.Locale.ROOT, "joined %s (similarity %.2f): shares %s%s", s.id(),
          joined.score(), String.join(", ", joined.shared().subList(0, Math.min(8, joined.shared().size()))),
          (note == null ? "" : "; " + note) + undatedNote);
      return new Assignment(p.articleId(), s.id(), false, joined.score(), dated, why, s);
    }
    Scored best = c.best();
    StoryState s = start(p, c.raw());
    String why = best == null ? "started: no earlier story shares its names or words"
        : String.format(java.util.Locale.ROOT, "started: the closest story, %s, has similarity %.2f (its own"
            + " articles: %.2f on average) and shares %d key(s)", best.story().id(), best.score(),
            best.story().articles() > 1 ? best.story().cohesion() : Double.NaN, best.shared().size())
            + (note == null ? "" : "; " + note);
    return new Assignment(p.articleId(), s.id(), true, 0, dated, why + (dated ? "" : "; undated"), s);
  }

  /**
   * @param shared          the keys it shares with the story that are not common, strongest first
   * @param sharedEntities  those of them that are specific entities ({@link #specific})
   * @param features        what the join model reads ({@link JoinFeatures})
   */
  public record Scored(StoryState story, double score, List<String> shared, int sharedEntities,
      double[] features) {}

  /** A candidate scored, before its shared keys and features ({@link #finish}). */
  private record Ranked(StoryState story, double score, double[] cosines, boolean[] present, SparseVector entities,
      long gap, boolean dateConflict, boolean protagonist) {}

  /** The candidate's similarity, or null when the story went quiet. */
  private Ranked rank(ArticleProfile p, Prepared a, ListedStory listed) {
    Map<Channel, SparseVector> v = a.v();
    StoryState s = listed.state();
    long gap = CandidateBound.daysApart(p.date(), s);
    if (gap > quietDays) {
      return null; // the story went quiet: another earthquake three years later is another story
    }
    double sum = 0;
    double total = 0;
    double[] cosines = new double[Channel.values().length];
    boolean[] present = new boolean[cosines.length];
    SparseVector entities = null;
    for (Channel c : Channel.values()) {
      SparseVector av = v.get(c);
      if (av.isEmpty()) {
        continue;
      }
      double w = weights.weight(c);
      total += w;
      // the story's words weighed by how rare they are now, not when its articles came; the words of a template
      // (in more than TEMPLATE_SHARE of the articles so far) do not count
      DocumentFrequencies.Counter[] counts = listed.counters()[c.ordinal()];
      SparseVector sv = s.channel(c);
      present[c.ordinal()] = !sv.isEmpty();
      if (c == Channel.ENTITIES) {
        entities = Vectors.reweigh(sv, counts, df);
        cosines[c.ordinal()] = av.cosine(entities);
      } else {
        // the cosine with the reweighed story vector, without making it (most of a candidate's cost otherwise)
        cosines[c.ordinal()] = c == Channel.TERMS
            ? Vectors.cosineReweighed(a.termsKept(), sv, counts, df, templateCount())
            : Vectors.cosineReweighed(av, sv, counts, df, Double.POSITIVE_INFINITY);
      }
      sum += w * cosines[c.ordinal()];
    }
    double score = total == 0 ? 0 : sum / total;
    SparseVector ad = v.get(Channel.DATES);
    SparseVector sd = s.channel(Channel.DATES);
    boolean dateConflict = !ad.isEmpty() && !sd.isEmpty() && ad.dot(sd) == 0;
    if (dateConflict) {
      score -= weights.dateConflict();
    }
    score -= weights.gap() * gap / Math.max(1, quietDays);
    if (entities == null) {
      entities = Vectors.reweigh(s.channel(Channel.ENTITIES), listed.counters()[Channel.ENTITIES.ordinal()], df);
    }
    boolean protagonist = Protagonists.differ(v.get(Channel.ENTITIES), entities);
    if (protagonist) {
      score -= weights.protagonist();
    }
    return new Ranked(s, score, cosines, present, entities, gap, dateConflict, protagonist);
  }

  /** A ranked candidate with the keys it shares with the article and the join model's features. */
  private Scored finish(ArticleProfile p, Prepared a, Ranked r) {
    StoryState s = r.story();
    SparseVector ae = a.v().get(Channel.ENTITIES);
    List<String> shared = new ArrayList<>();
    int sharedEntities = 0;
    for (String e : ae.shared(s.channel(Channel.ENTITIES))) {
      if (!common(e)) {
        shared.add(e);
        if (specific(e, p.outlet())) {
          sharedEntities++;
        }
      }
    }
    for (String t : a.v().get(Channel.TERMS).shared(s.channel(Channel.TERMS))) {
      if (!common(t)) {
        shared.add(t);
      }
    }
    SparseVector entities = r.entities();
    double[] features = JoinFeatures.of(r.cosines(), r.present(), JoinFeatures.places(ae).cosine(
        JoinFeatures.places(entities)), JoinFeatures.actors(ae).cosine(JoinFeatures.actors(entities)),
        r.dateConflict(), (double) r.gap() / Math.max(1, quietDays), r.protagonist(), sharedEntities, shared.size(),
        s.articles());
    SparseVector both = SparseVector.of(weightsOf(shared, a.v()));
    return new Scored(s, r.score(), both.byWeight(), sharedEntities, features);
  }

  /** A word in more than this share of the articles so far is a template's: it does not count in the similarity. */
  static final double TEMPLATE_SHARE = 0.05;
  /** Articles a word must be in before it can be a template word, whatever the share. */
  static final int TEMPLATE_FLOOR = 50;

  /** The vector without its template words ({@link #TEMPLATE_SHARE}). */
  private SparseVector withoutCommon(SparseVector v) {
    double most = templateCount();
    return v.filter(i -> df.count(v.key(i)) <= most);
  }

  /** The most articles a word may be in and still count ({@link #TEMPLATE_SHARE}). */
  private double templateCount() {
    return Math.max(TEMPLATE_FLOOR, TEMPLATE_SHARE * df.articles());
  }

  /** Articles a key must be in before it can be common, whatever the share. */
  private static final int COMMON_FLOOR = 20;

  /**
   * Whether a key is in so many of the articles so far ({@link ClusterWeights#commonShare}) that sharing it says
   * nothing: the "shr", "net" and "qtr" of every quarterly-results brief. Such keys count towards the similarity but
   * not towards the keys an article must share with a story to join it.
   */
  private boolean common(String key) {
    return df.count(key) > Math.max(COMMON_FLOOR, weights.commonShare() * df.articles());
  }

  /**
   * Whether an entity says which event an article is about: not common ({@link #common}) and not the outlet that
   * published it ("org:reuters" in every Reuters article).
   */
  private boolean specific(String entity, String outlet) {
    return !common(entity) && !outlets.names(entity, outlet);
  }

  /** The article's weight of each shared key, to list the strongest first. */
  private static Map<String, Float> weightsOf(List<String> keys, Map<Channel, SparseVector> v) {
    Map<String, Float> m = new HashMap<>();
    for (String k : keys) {
      m.put(k, Math.max(v.get(Channel.ENTITIES).get(k), v.get(Channel.TERMS).get(k)));
    }
    return m;
  }

  private StoryState start(ArticleProfile p, Map<Channel, SparseVector> v) {
    Map<Channel, SparseVector> c = new EnumMap<>(Channel.class);
    for (Channel ch : Channel.values()) {
      c.put(ch, Vectors.topByWeight(v.get(ch), df, STORY_KEYS.get(ch)));
    }
    v = c;
    String title = p.headline();
    StoryState s = new StoryState("s" + p.articleId(), seq, p.date(), p.date(), 1, p.date() == null ? 1 : 0,
        title, 0, v);
    put(s);
    return s;
  }

  private StoryState join(StoryState s, ArticleProfile p, Map<Channel, SparseVector> v, double score) {
    Map<Channel, SparseVector> c = new EnumMap<>(Channel.class);
    for (Channel ch : Channel.values()) {
      c.put(ch, Vectors.topByWeight(s.channel(ch).plus(v.get(ch), 1), df, STORY_KEYS.get(ch)));
    }
    LocalDate first = s.first();
    LocalDate last = s.last();
    if (p.date() != null) {
      first = first == null || p.date().isBefore(first) ? p.date() : first;
      last = last == null || p.date().isAfter(last) ? p.date() : last;
    }
    String title = s.title() != null ? s.title() : p.headline();
    StoryState n = new StoryState(s.id(), seq, first, last, s.articles() + 1,
        s.undated() + (p.date() == null ? 1 : 0), title, s.scoreSum() + score, c);
    put(n);
    return n;
  }

  private void put(StoryState s) {
    stories.put(s);
    candidates.list(s);
  }

  /** The index keys a story is listed under: its heaviest entities and terms (what a store saves to list it). */
  public static List<String> listingKeys(StoryState s) {
    return Candidates.keys(s);
  }

  /**
   * Reads at once the states of the listed stories that {@code batch} will most likely be compared with: each
   * article's candidates as the index and the document frequencies are now. Placing the batch may still meet a
   * story not read here (the batch's own articles change both); it is read then, by itself. No answer changes.
   */
  public void prefetch(List<ArticleProfile> batch) {
    if (!stories.reads() || stories.size() == candidates.stories()) {
      return; // every listed story is held
    }
    Set<String> wanted = new TreeSet<>();
    for (ArticleProfile p : batch) {
      Map<Channel, SparseVector> v = new EnumMap<>(Channel.class);
      for (Channel c : List.of(Channel.ENTITIES, Channel.TERMS)) {
        v.put(c, Vectors.weigh(p.channel(c), df, ARTICLE_KEYS.get(c)));
      }
      for (String id : candidates.of(p.date(), v)) {
        if (!stories.holds(id)) {
          wanted.add(id);
        }
      }
    }
    if (!wanted.isEmpty()) {
      stories.read(wanted);
    }
  }

  /** Reads the states of stories listed without them from {@code saved} when they are first needed. */
  public void readStatesFrom(SavedStories saved) {
    stories.readFrom(saved);
  }

  /**
   * Lists a saved story under {@code keys} ({@link #listingKeys} of its state) without its state, which is read
   * from {@link #readStatesFrom} when the story is first a candidate: a store's load lists every story, and a batch
   * compares its articles with few of them.
   */
  public void restoreListing(String id, long lastSeq, List<String> keys, LocalDate first, LocalDate last) {
    candidates.list(id, lastSeq, keys, first, last);
    seq = Math.max(seq, lastSeq);
  }

  // ---- state: what the store saves and loads ----

  /** Loads a saved story (in any order; the index orders by {@link StoryState#lastSeq}). */
  public void restore(StoryState s) {
    put(s);
    seq = Math.max(seq, s.lastSeq());
  }

  public DocumentFrequencies frequencies() {
    return df;
  }

  /** Articles placed so far (the stream position). */
  public long position() {
    return seq;
  }

  public void restorePosition(long position) {
    seq = Math.max(seq, position);
  }

  /** Candidate stories scored in full since this clusterer was made (at most {@code SCORED} per article). */
  public long candidatesScored() {
    return scored;
  }

  /** Candidate stories not scored since this clusterer was made: quiet, or bounded below the best score. */
  public long candidatesSkipped() {
    return skipped;
  }

  /** The stories listed, with their states or not. */
  public int storyCount() {
    return candidates.stories();
  }

  public StoryState story(String id) {
    ListedStory l = stories.get(id);
    return l == null ? null : l.state();
  }

  /** Every story whose state is held (every story, unless listed without it), oldest activity first (for tests). */
  public List<StoryState> stories() {
    List<StoryState> all = new ArrayList<>();
    for (ListedStory l : stories.all()) {
      all.add(l.state());
    }
    all.sort(Comparator.comparingLong(StoryState::lastSeq));
    return all;
  }
}
