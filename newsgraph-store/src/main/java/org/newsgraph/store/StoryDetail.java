package org.newsgraph.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.newsgraph.stories.entities.EntityMerge;

/**
 * A story with its articles, the events they report (each once, with how many articles and outlets report it) and
 * the claims they carry (each once per source, with its reports).
 *
 * @param story     the summary
 * @param articles  its articles by date (undated last), then in the order they were placed
 * @param events    its event instances, the most reported first
 * @param claims    its claim instances, the most reported first
 * @param merges    the entity merges made in its articles (undone ones included, with why)
 */
public record StoryDetail(StorySummary story, List<StoryArticle> articles, List<EventInstance> events,
    List<ClaimInstance> claims, List<EntityMerge> merges) {
  public StoryDetail {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    claims = List.copyOf(claims);
    merges = List.copyOf(merges);
  }

  /**
   * One article of the story.
   *
   * @param articleId     the article
   * @param headline      its headline
   * @param date          its date, or null
   * @param outlet        its outlet (else its agency), or null
   * @param publications  its publications: 1, plus each republication (exact or near-duplicate copy) elsewhere
   * @param outlets       the outlets of those publications
   * @param started       whether it started the story
   * @param score         its similarity to the story when it joined
   * @param dated         false: no date, it joined by content only
   * @param reason        why it is in the story
   */
  public record StoryArticle(String articleId, String headline, LocalDate date, String outlet, int publications,
      List<String> outlets, boolean started, double score, boolean dated, String reason) {
    public StoryArticle {
      outlets = List.copyOf(outlets);
    }
  }

  /**
   * One real-world event of the story.
   *
   * @param id              its id
   * @param type            PLOVER type, or null
   * @param label           the trigger words of its first mention
   * @param actors          actors' entity ids, the most named first
   * @param recipients      recipients' entity ids
   * @param location        its place's entity id, or null
   * @param begin           the best resolved time (first day), or null
   * @param end             its end (exclusive), or null
   * @param mentions        its mentions over all articles
   * @param articles        articles reporting it
   * @param outlets         distinct outlets reporting it (republications included)
   * @param republications  copies of those articles elsewhere, counted once (not as reports)
   * @param reports         the articles and event ids of its mentions, first placed first
   */
  public record EventInstance(String id, String type, String label, List<String> actors, List<String> recipients,
      String location, LocalDate begin, LocalDate end, int mentions, int articles, int outlets, int republications,
      List<Mention> reports) {
    public EventInstance {
      actors = List.copyOf(actors);
      recipients = List.copyOf(recipients);
      reports = List.copyOf(reports);
    }
  }

  /**
   * One mention of an event instance (or one report of a claim instance): its article and id there, and how sure
   * the linker was that it tells the instance's event (the probability it joined with; 1 when it started the
   * instance or for a claim report).
   */
  public record Mention(String articleId, String id, String stance, double link) {
    /** A mention whose join confidence is not known (or that started its instance): confidence 1. */
    public Mention(String articleId, String id, String stance) {
      this(articleId, id, stance, 1.0);
    }
  }

  /**
   * One claim of the story, however many articles report it.
   *
   * @param id              its id
   * @param sourceKey       who says it: an entity id, {@code group:KOR+UKR} (an unnamed group of those
   *                        countries), or {@code unnamed}
   * @param sourceText      the source's words in its first report, or null
   * @param excerpt         what the first report says (its start)
   * @param stances         stance → reports with it
   * @param reports         reports (claims) over all articles
   * @param articles        articles reporting it
   * @param outlets         distinct outlets (republications included)
   * @param republications  copies of those articles elsewhere, counted once
   * @param mentions        its reports, first placed first
   */
  public record ClaimInstance(String id, String sourceKey, String sourceText, String excerpt,
      Map<String, Integer> stances, int reports, int articles, int outlets, int republications,
      List<Mention> mentions) {
    public ClaimInstance {
      stances = Map.copyOf(stances);
      mentions = List.copyOf(mentions);
    }
  }
}
