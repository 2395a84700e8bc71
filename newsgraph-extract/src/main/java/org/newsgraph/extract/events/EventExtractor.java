package org.newsgraph.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.SpanIndex;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.core.Work;
import org.newsgraph.extract.kind.ArticleKind;
import org.newsgraph.extract.kind.ArticleKindModel;
import org.newsgraph.extract.kind.KindScores;

/**
 * Reads events sentence by sentence from the dependency parse: {@link Triggers} finds the words that name one,
 * {@link Roles} fills in who acts, who receives and where, {@link EventCoreference} joins drafts that are one event,
 * {@link ArgumentNeeds} keeps only those with the participants their type needs, and {@link EventSense} keeps those
 * whose words report a political event in a political article or between political actors, with a calibrated
 * confidence. What is left is built into numbered events with modality, claim and time.
 */
final class EventExtractor {
  private final EventLexicon lexicon;
  private final Triggers triggers;
  private final Roles roles;
  private final EventSense sense;
  private final ArticleKindModel kinds;

  EventExtractor(EventLexicon lexicon, EventSense sense, ArticleKindModel kinds) {
    this.lexicon = lexicon;
    this.triggers = new Triggers(lexicon);
    this.roles = new Roles(lexicon);
    this.sense = sense;
    this.kinds = kinds;
  }

  List<Event> extract(AnalyzedArticle a) {
    List<Event> kept = new ArrayList<>();
    for (EventCandidate c : candidates(a)) {
      if (c.coded()) {
        kept.add(c.event());
      }
    }
    kept.sort(Comparator.comparing(Event::trigger));
    List<Event> numbered = new ArrayList<>(kept.size());
    int n = 0;
    for (Event e : kept) {
      numbered.add(new Event("e" + (++n), e.type(), e.mode(), e.trigger(), e.actors(), e.recipients(),
          e.location(), e.time(), e.begin(), e.end(), e.timeFromArticleDate(), e.modality(), e.claimId(),
          e.confidence(), e.sentence()));
    }
    return numbered;
  }

  /** Every trigger considered, coded or not, in text order of sentences. */
  List<EventCandidate> candidates(AnalyzedArticle a) {
    Participants people = new Participants(a);
    boolean claimsKnown = a.facets().contains(Facet.CLAIMS);
    LocalDate anchor = a.article().anchorDate();
    KindScores kind = a.text().isBlank() ? null : kinds.classify(a.article());
    double politics = kind == null ? 0 : kind.politics();
    double leisure = kind == null ? 0 : kind.probabilities().getOrDefault(ArticleKind.SPORT, 0.0)
        + kind.probabilities().getOrDefault(ArticleKind.ENTERTAINMENT, 0.0);
    int words = EventSense.words(a.text());
    int fictionWords = NonPoliticalUses.fictionWords(a);
    List<EventCandidate> out = new ArrayList<>();
    List<Event> coded = new ArrayList<>();
    List<Event> recentAgreements = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      Work.step(); // stops here when the stage's time is up
      List<Draft> drafts = triggers.find(s, a);
      for (Draft d : drafts) {
        roles.fill(s, d, people);
      }
      EventCoreference.merge(s, drafts);
      Map<Draft, Integer> codedHere = new java.util.LinkedHashMap<>();
      for (Draft d : drafts) {
        if (d.merged) {
          continue;
        }
        EventCoreference.agreementAnaphora(s, d, recentAgreements, a);
        EventCoreference.nounAnaphora(s, d, coded);
        if (d.actors.isEmpty() && d.recipients.isEmpty() && d.location == null) {
          continue;
        }
        Event.Modality modality = Modality.of(s, d.trigger, d.clause, !claimsKnown);
        Map<String, Double> features = SenseFeatures.of(a, s, d, people, modality);
        d.dropped = ArgumentNeeds.check(a, d);
        if (d.dropped == null) {
          d.dropped = Questions.notARequest(s, d);
        }
        if (d.dropped == null && modality == Event.Modality.HYPOTHETICAL && !d.refersToCoded
            && Modality.conditional(s, d.clause)) {
          d.dropped = "a hypothetical"; // "if Russia withdrew its troops…": a what-if, not an event
        }
        if (d.dropped == null && SenseFeatures.imperative(s) && d.clause.head() < 0) {
          d.dropped = "an instruction"; // "Visit the gallery", "Beat the eggs"
        }
        boolean political = ArgumentNeeds.politicalArguments(a, d, people);
        double p = sense.sense(features);
        Map<String, Double> facts = new java.util.TreeMap<>(EventSense.facts(d));
        facts.putAll(EventSense.senseFacts(p, politics, political,
            ArgumentNeeds.clearlyPolitical(a, d, people), leisure, words));
        Claim over = claimsKnown ? claimOver(a, d.trigger.span()) : null;
        facts.put("political_source", ArgumentNeeds.politicalSource(a, s, d, people, over) ? 1.0 : 0.0);
        facts.put("refers_to_coded", d.refersToCoded ? 1.0 : 0.0);
        // who the resolved participants are: a company or business people acting, a political actor done to
        facts.put("business_actor", ArgumentNeeds.business(a, d.actors, people) ? 1.0 : 0.0);
        facts.put("political_recipient", ArgumentNeeds.anyPolitical(a, d.recipients, people) ? 1.0 : 0.0);
        double confidence = sense.confidence(facts);
        if (d.dropped == null && sense.trained() && !sense.keep(confidence, p, facts)) {
          d.dropped = p < 0.5 ? "not a political sense" : "not a political article or actor";
        }
        if (d.dropped == null && sense.trained()) {
          // after the model, not before: the sense model learns from what the rules before it pass, and the
          // shipped model stays what `train event-sense` makes
          d.dropped = NonPoliticalUses.reason(s, d, fictionWords, politics);
        }
        if (d.dropped == null && sense.trained() && Commitments.intentionOnly(s, d, lexicon, people)) {
          d.dropped = "an intention stated, promised to nobody"; // after the model, as above
        }
        if (d.dropped == null && sense.trained() && d.nounAnaphor && !whatIsSaid(s, d.trigger, over)) {
          // "Referring to that attack, Howe added": the event was coded where it was reported; a bare mention of it
          // later is no new event (the labelled set's guidelines leave such anaphora out). After the model, as above.
          d.dropped = "a mention of an event coded before";
        }
        Event e = build(a, s, d, modality, claimsKnown, anchor, confidence);
        out.add(new EventCandidate(e, features, p, politics, political, facts, d.dropped));
        if (d.dropped == null) {
          codedHere.put(d, out.size() - 1);
          coded.add(e);
          if (e.type().equals("AGREE") && !d.actors.isEmpty()) {
            recentAgreements.add(e);
          }
        }
      }
      if (sense.trained()) {
        uncodePromisesOfEvents(s, codedHere, out, coded, recentAgreements);
      }
      people.observe(s);
    }
    return out;
  }

  /**
   * "Pledged to oppose the bill": a promise whose content is an event coded in the same sentence is that one event
   * ({@link Commitments}), so the promise is left uncoded. After the model, as {@link NonPoliticalUses}: the sense
   * model is trained on what the rules before it pass.
   */
  private static void uncodePromisesOfEvents(Sentence s, Map<Draft, Integer> codedHere, List<EventCandidate> out,
      List<Event> coded, List<Event> recentAgreements) {
    List<Draft> promises = codedHere.keySet().stream()
        .filter(d -> Commitments.promisesCodedEvent(s, d, codedHere.keySet())).toList();
    for (Draft d : promises) {
      int i = codedHere.get(d);
      EventCandidate c = out.get(i);
      d.dropped = "a promise of an event coded itself";
      out.set(i, new EventCandidate(c.event(), c.features(), c.sense(), c.politics(), c.politicalArguments(),
          c.confidenceFacts(), d.dropped));
      coded.remove(c.event());
      recentAgreements.remove(c.event());
    }
  }

  private Event build(AnalyzedArticle a, Sentence s, Draft d, Event.Modality words, boolean claimsKnown,
      LocalDate anchor, double confidence) {
    Event.Modality modality = words;
    Claim c = claimsKnown ? claimOver(a, d.trigger.span()) : null;
    String claimId = c == null ? null : c.id();
    if (c != null && modality == Event.Modality.ASSERTED) {
      modality = c.stance() == Claim.Stance.DENIED ? Event.Modality.DENIED : Event.Modality.CLAIMED;
    }
    Token reporting = Modality.reported(s, d.clause);
    boolean ahead = modality == Event.Modality.PLANNED || modality == Event.Modality.HYPOTHETICAL;
    Timing.When when = Timing.of(s, a.times(), d.trigger, d.clause, reporting, ahead, anchor);
    if (when.fromArticleDate() && c != null && c.saidFromText() && c.said() != null && !ahead) {
      // "said Friday it believed the troops had been withdrawn": by the day the claim was made, which the text gives
      when = new Timing.When(null, null, c.saidUntil(), false);
    }
    Span trigger = d.trigger.span();
    return new Event("?", d.type(), d.mode, trigger, d.actors, d.recipients, d.location, when.time(), when.begin(),
        when.end(), when.fromArticleDate(), modality, claimId, confidence, s.index());
  }

  /**
   * The event noun heads the whole of what a claim says ("Moscow has not confirmed the deployment", "denied the
   * attack"): that source's account of whether the event happened, which the board counts as a confirmation, a
   * denial or a doubt, so a bare mention there stays an event. Not so when the noun is only a part of what is said
   * ("said the meeting was efficient"): its head lies inside the content.
   */
  private static boolean whatIsSaid(Sentence s, Token trigger, Claim over) {
    if (over == null || trigger.head() < 0) {
      return false;
    }
    Span head = s.tokens().get(trigger.head()).span();
    return over.content().stream().anyMatch(c -> c.contains(trigger.span()) && !c.contains(head));
  }

  private static Claim claimOver(AnalyzedArticle a, Span trigger) {
    // the claims whose content spans could hold the trigger, in the article's order (not every claim: linear work)
    List<Claim> near = SpanIndex.ofClaimContents(a.claims()).containing(trigger).stream().distinct().toList();
    for (Claim c : near) {
      for (Span content : c.content()) {
        if (content.contains(trigger)) {
          return c;
        }
      }
    }
    return null;
  }
}
