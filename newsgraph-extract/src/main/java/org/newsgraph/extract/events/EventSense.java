package org.newsgraph.extract.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.extract.learn.ModelFiles;
import org.newsgraph.extract.learn.Softmax;

/**
 * Whether a trigger reports a political event, and how sure the stage is of it, as trained by
 * {@link EventSenseTrainer} on triggers of real BBC and Reuters articles judged by hand and on gold records:
 * <ul>
 * <li>the <b>sense</b> model: a logistic regression over {@link SenseFeatures} (the trigger, its participants, the
 * classes of the words around it), the probability that the words use the trigger in its political sense;</li>
 * <li>the <b>confidence</b>: a logistic regression over the sense log-odds, the article-kind log-odds (is the article
 * news of politics, conflict, crime or diplomacy?), whether the participants are clearly political actors, the
 * products of these (so that it can ask for both the sense and the kind, or for the sense and political actors) and a
 * few facts about the participants; fitted on triggers the sense model was not trained on, so that of the events
 * given 0.8 about 80% are right;</li>
 * <li>the <b>keep</b> rule: an event is coded when its confidence reaches the trainer's threshold; or when its doers
 * are clearly political actors (a country, a government, a force…), the article is not sport or entertainment, and
 * the sense model does not speak against it (its probability reaches a second threshold, lower when a political
 * actor reports the event); or when it names an event already coded. The thresholds are the trainer's, chosen by
 * cross-validation.</li>
 * </ul>
 * Without a model every trigger is coded and the confidence is a fixed rule of thumb.
 */
final class EventSense {
  static final String RESOURCE = "event-sense-model.tsv.gz";
  static final String SENSE = "sense";
  static final String CONFIDENCE = "confidence";
  static final String KEEP = "keep";
  static final String KEEP_POLITICAL = "keep_political_sense";
  /**
   * The least sense for political doers reported by a political source ("Ukraine's military said North Korean
   * soldiers had been withdrawn"): there the words must speak clearly against a political event to drop it.
   */
  static final double REPORTED_FLOOR = 0.1;
  /** Above this share of sport and entertainment, countries are teams and ministers are in a show. */
  static final double LEISURE = 0.5;
  static final int KIND_EVIDENCE_WORDS = 150;
  static final int SHORT_TEXT_WORDS = 60;

  private final Softmax sense;
  private final Softmax confidence;
  private final double keep;
  private final double keepPolitical;

  EventSense(Softmax sense, Softmax confidence, double keep, double keepPolitical) {
    this.sense = sense;
    this.confidence = confidence;
    this.keep = keep;
    this.keepPolitical = keepPolitical;
  }

  private static final class Holder {
    static final EventSense SHIPPED = load();
  }

  static EventSense shipped() {
    return Holder.SHIPPED;
  }

  /** No model: every trigger coded, a rule-of-thumb confidence. */
  static EventSense untrained() {
    return new EventSense(null, null, 0, 0);
  }

  private static EventSense load() {
    try (InputStream in = EventSense.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return untrained();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(ModelFiles.resource(EventSense.class, RESOURCE));
  }

  static EventSense of(ModelFiles.Contents c) {
    return new EventSense(c.model(SENSE), c.model(CONFIDENCE), c.param(KEEP, 0.5), c.param(KEEP_POLITICAL, 0.2));
  }

  /** The probability that the words use the trigger in its political sense. */
  double sense(Map<String, Double> features) {
    return sense == null ? 1.0 : sense.probabilities(features)[1];
  }

  /**
   * The keep rule: the confidence (sense and article kind together) reaches the threshold, or the doers are clearly
   * political actors, the article is not sport or entertainment, and the sense model does not speak against it.
   */
  boolean keep(double confidence, double senseProbability, Map<String, Double> facts) {
    return keep(confidence, senseProbability, facts, keep, keepPolitical);
  }

  static boolean keep(double confidence, double senseProbability, Map<String, Double> facts, double keep,
      double keepPolitical) {
    if (confidence >= keep || facts.getOrDefault("refers_to_coded", 0.0) > 0) {
      return true; // sure enough, or the same event as one already coded
    }
    boolean political = facts.getOrDefault("clearly_political", 0.0) > 0
        && facts.getOrDefault("leisure", 0.0) < LEISURE;
    double least = facts.getOrDefault("political_source", 0.0) > 0 ? Math.min(keepPolitical, REPORTED_FLOOR)
        : keepPolitical;
    return political && senseProbability >= least;
  }

  boolean trained() {
    return confidence != null;
  }

  /** The calibrated confidence of an event from its facts ({@link #facts} and {@link #senseFacts}). */
  double confidence(Map<String, Double> facts) {
    if (confidence == null) {
      return Math.round(ruleOfThumb(facts) * 100) / 100.0;
    }
    return Math.round(confidence.probabilities(facts)[1] * 1000) / 1000.0;
  }

  /** What the confidence knows of the participants. */
  static Map<String, Double> facts(Draft d) {
    Map<String, Double> f = new TreeMap<>();
    f.put("actor_linked", d.actors.stream().anyMatch(x -> x.entityId() != null) ? 1.0 : 0.0);
    f.put("recipient_linked", d.recipients.stream().anyMatch(x -> x.entityId() != null) ? 1.0 : 0.0);
    f.put("no_actor", d.actors.isEmpty() ? 1.0 : 0.0);
    f.put("noun", d.noun() ? 1.0 : 0.0);
    f.put("by_anaphora", d.actorsResolvedByPronoun ? 1.0 : 0.0);
    return f;
  }

  /**
   * What the confidence knows of the sense, the article's kind and the participants' politics. The kind of a short
   * text is weak evidence (a sentence says little about its article), so its log-odds count in proportion to the
   * text's length up to {@value #KIND_EVIDENCE_WORDS} words, and short texts have their own intercept.
   */
  static Map<String, Double> senseFacts(double senseProbability, double politicsProbability, boolean political,
      boolean clearlyPolitical, double leisureProbability, int words) {
    Map<String, Double> f = new TreeMap<>();
    double s = logit(senseProbability);
    double k = logit(politicsProbability) * Math.min(1.0, words / (double) KIND_EVIDENCE_WORDS);
    double a = political ? 1.0 : 0.0;
    f.put("sense", s);
    f.put("kind", k);
    f.put("short_text", words < SHORT_TEXT_WORDS ? 1.0 : 0.0);
    f.put("clearly_political", clearlyPolitical ? 1.0 : 0.0);
    f.put("leisure", leisureProbability * Math.min(1.0, words / (double) KIND_EVIDENCE_WORDS));
    f.put("political_args", a);
    f.put("sense_x_kind", s * k / 4);
    f.put("sense_x_args", s * a);
    f.put("kind_x_args", k * a);
    return f;
  }

  /** The number of words of a text (runs of letters or digits). */
  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      n += w && !in ? 1 : 0;
      in = w;
    }
    return n;
  }

  static double logit(double p) {
    double q = Math.min(0.999, Math.max(0.001, p));
    return Math.log(q / (1 - q));
  }

  /** The old rules' confidence: surer of verbs than nouns, of linked participants than unknown ones. */
  private static double ruleOfThumb(Map<String, Double> f) {
    double c = f.get("noun") > 0 ? 0.45 : 0.55;
    c += f.get("actor_linked") > 0 ? 0.2 : f.get("no_actor") > 0 ? 0 : 0.05;
    c += f.get("recipient_linked") > 0 ? 0.1 : 0;
    c -= f.get("by_anaphora") > 0 ? 0.15 : 0;
    return Math.max(0.1, Math.min(0.95, c));
  }
}
