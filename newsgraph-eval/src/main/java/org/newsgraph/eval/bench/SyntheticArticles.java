package org.newsgraph.eval.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Article;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Mention;
import org.newsgraph.core.TimeExpression;

/**
 * Synthetic articles made by re-combining the analysed records of real ones (not by analysing anything): article
 * {@code i} of a seed is a copy of a real article chosen at random, moved to a random day of ten years (every date
 * of its times, claims and events moved with it), given one of a few hundred outlets (a few outlets run most
 * articles), and with its people, organisations, groups and other named things each replaced, at random, by one of
 * a long tail of variants of that entity ({@code person:x} stays itself half the time, else becomes {@code
 * person:x~k} with k Zipf-distributed, {@link #variantName}), so entity frequencies fall off as in real news and the store holds many
 * more entities than the real articles name. Countries and places stay as they are (there are only so many). Claims
 * and events come with their article, so they keep the real proportion. The same seed gives the same articles.
 */
public final class SyntheticArticles {
  /** The first day of the ten years the articles are spread over. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  public static final int DAYS = 3653;
  /** How many outlets there are; their use falls off as 1/rank. */
  public static final int OUTLETS = 300;

  private final List<AnalyzedArticle> real;
  private final long seed;
  private final Zipf outlets = new Zipf(OUTLETS, 1.0);
  private final Zipf variants;

  /**
   * {@code real}: the analysed articles to re-combine (with sentence spans, so that mentions and times keep their
   * sentences); {@code articles}: about how many will be made (the tail of entity variants grows with it).
   */
  public SyntheticArticles(List<AnalyzedArticle> real, long seed, long articles) {
    if (real.isEmpty()) {
      throw new IllegalArgumentException("no real articles to re-combine");
    }
    this.real = List.copyOf(real);
    this.seed = seed;
    this.variants = new Zipf((int) Math.max(2, Math.min(1_000_000, articles / 200)), 1.1);
  }

  /** Article {@code i} (0, 1, 2, ...): the same for the same seed and index, whatever was made before. */
  public AnalyzedArticle article(long i) {
    SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    AnalyzedArticle t = real.get(rnd.nextInt(real.size()));
    Article a = t.article();
    LocalDate day = FIRST_DAY.plusDays(rnd.nextInt(DAYS));
    LocalDate anchor = a.anchorDate() != null ? a.anchorDate() : day;
    long shift = ChronoUnit.DAYS.between(anchor, day);
    String id = ArticleIds.sha256("synthetic:" + seed + ":" + i).substring(0, 16);
    Article copy = new Article(id, "synthetic/" + seed + "/" + i, outlet(outlets.sample(rnd)), a.headline(),
        a.dateline(), a.agency(), day, a.updated() == null ? null : a.updated().plusDays(shift), a.bullets(),
        a.captions(), a.paragraphs(), a.language(), a.text());
    Map<String, String> ids = new HashMap<>();
    List<Entity> entities = new ArrayList<>();
    for (Entity e : t.entities()) {
      int k = stays(e) ? 0 : variant(rnd);
      String nid = k == 0 ? e.id() : e.id() + "~" + k;
      ids.put(e.id(), nid);
      entities.add(k == 0 ? e : new Entity(nid, e.type(), variantName(e, k), List.of(), e.country()));
    }
    List<Mention> mentions = t.mentions().stream()
        .map(m -> new Mention(m.span(), map(ids, m.entityId()), m.role())).toList();
    List<TimeExpression> times = t.times().stream().map(x -> new TimeExpression(x.span(), x.type(), x.value(),
        x.mod(), plus(x.begin(), shift), plus(x.end(), shift), x.relative())).toList();
    // The pipeline dates a claim or an event with no time of its own by its article's day; a real article that
    // had no day gets one here, so its undated claims and events get that day as the pipeline would have given it.
    boolean undated = a.anchorDate() == null;
    List<Claim> claims = t.claims().stream().map(c -> new Claim(c.id(), c.source(), map(ids, c.sourceEntityId()),
        c.sourceCountries(), c.cue(), c.content(), c.kind(), c.channel(),
        undated && c.said() == null && !c.saidFromText() ? day : plus(c.said(), shift),
        plus(c.saidUntil(), shift), c.saidFromText(), c.stance(), c.sentence(), c.confidence(),
        c.cited() == null ? null : new Claim.Cited(c.cited().span(), map(ids, c.cited().entityId())),
        c.reportedBy())).toList();
    List<Event> events = t.events().stream().map(v -> undated && v.time() == null && v.begin() == null
        && v.end() == null ? dated(v, ids, day) : new Event(v.id(), v.type(), v.mode(), v.trigger(),
        args(ids, v.actors()), args(ids, v.recipients()), arg(ids, v.location()), v.time(), plus(v.begin(), shift),
        plus(v.end(), shift), v.timeFromArticleDate(), v.modality(), v.claimId(), v.confidence(), v.sentence(),
        v.quantities())).toList();
    return new AnalyzedArticle(copy, t.sentences(), entities, mentions, times, claims, events, t.facets(),
        t.stageIds(), t.geography(), List.of());
  }

  /**
   * The name of variant {@code k}: a person's with {@code k} joined to the surname ("Tony Blair" → "Tony Blair7",
   * "Blair" → "Blair7"), so that each variant is a person of a surname of their own, as most people in the news are,
   * and merging meets variants of one surname as it meets one real surname; anything else's with " k" after it.
   */
  static String variantName(Entity e, int k) {
    return e.type() == EntityType.PERSON ? e.name().strip() + k : e.name() + " " + k;
  }

  /** The articles {@code from} (inclusive) to {@code to} (exclusive). */
  public List<AnalyzedArticle> articles(long from, long to) {
    List<AnalyzedArticle> out = new ArrayList<>((int) (to - from));
    for (long i = from; i < to; i++) {
      out.add(article(i));
    }
    return out;
  }

  /** The name of outlet {@code rank} (0: the one that runs most). */
  public static String outlet(int rank) {
    return String.format(java.util.Locale.ROOT, "Outlet %03d", rank + 1);
  }

  private static boolean stays(Entity e) {
    return e.type() == EntityType.COUNTRY || e.type() == EntityType.REGION || e.type() == EntityType.PLACE;
  }

  /** 0 (the real entity) half the time, else a variant 1.. of the long tail. */
  private int variant(SplittableRandom rnd) {
    return rnd.nextBoolean() ? 0 : 1 + variants.sample(rnd);
  }

  private static String map(Map<String, String> ids, String id) {
    return id == null ? null : ids.getOrDefault(id, id);
  }

  /** An event with no time of its own, dated by its article's {@code day} as the event stage dates one. */
  private static Event dated(Event v, Map<String, String> ids, LocalDate day) {
    return new Event(v.id(), v.type(), v.mode(), v.trigger(), args(ids, v.actors()), args(ids, v.recipients()),
        arg(ids, v.location()), null, day, day.plusDays(1), true, v.modality(), v.claimId(), v.confidence(),
        v.sentence(), v.quantities());
  }

  private static Event.Argument arg(Map<String, String> ids, Event.Argument a) {
    return a == null ? null : new Event.Argument(a.span(), map(ids, a.entityId()));
  }

  private static List<Event.Argument> args(Map<String, String> ids, List<Event.Argument> as) {
    return as.stream().map(a -> arg(ids, a)).toList();
  }

  private static LocalDate plus(LocalDate d, long days) {
    return d == null ? null : d.plusDays(days);
  }

  /** Ranks 0..n-1 with probability proportional to 1/(rank+1)^s, by inverting the cumulative table. */
  static final class Zipf {
    private final double[] cumulative;

    Zipf(int n, double s) {
      cumulative = new double[n];
      double sum = 0;
      for (int k = 0; k < n; k++) {
        sum += 1 / Math.pow(k + 1, s);
        cumulative[k] = sum;
      }
      for (int k = 0; k < n; k++) {
        cumulative[k] /= sum;
      }
    }

    int sample(SplittableRandom rnd) {
      int i = java.util.Arrays.binarySearch(cumulative, rnd.nextDouble());
      return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }
  }
}
