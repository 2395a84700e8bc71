package org.newsgraph.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.SpanIndex;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.core.Work;

/**
 * Reads events sentence by sentence from the dependency parse: {@link Triggers} finds the words that name one,
 * {@link Roles} fills in who acts, who receives and where, {@link EventCoreference} joins drafts that are one event,
 * and what is left is built into numbered events with modality, claim, time and confidence.
 */
final class EventExtractor {
  private final Triggers triggers;
  private final Roles roles;

  EventExtractor(EventLexicon lexicon) {
    this.triggers = new Triggers(lexicon);
    this.roles = new Roles(lexicon);
  }

  List<Event> extract(AnalyzedArticle a) {
    Participants people = new Participants(a);
    boolean claimsKnown = a.facets().contains(Facet.CLAIMS);
    LocalDate anchor = a.article().anchorDate();
    List<Event> out = new ArrayList<>();
    List<Event> recentAgreements = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      Work.step(); // stops here when the stage's time is up
      List<Draft> drafts = triggers.find(s, a);
      for (Draft d : drafts) {
        roles.fill(s, d, people);
      }
      EventCoreference.merge(s, drafts);
      for (Draft d : drafts) {
        if (d.merged) {
          continue;
        }
        EventCoreference.agreementAnaphora(s, d, recentAgreements, a);
        EventCoreference.nounAnaphora(s, d, out);
        if (d.actors.isEmpty() && d.recipients.isEmpty() && d.location == null) {
          continue;
        }
        Event e = build(a, s, d, people, claimsKnown, anchor);
        out.add(e);
        if (e.type().equals("AGREE") && !d.actors.isEmpty()) {
          recentAgreements.add(e);
        }
      }
      people.observe(s);
    }
    out.sort(Comparator.comparing(Event::trigger));
    List<Event> numbered = new ArrayList<>(out.size());
    int n = 0;
    for (Event e : out) {
      numbered.add(new Event("e" + (++n), e.type(), e.mode(), e.trigger(), e.actors(), e.recipients(),
          e.location(), e.time(), e.begin(), e.end(), e.timeFromArticleDate(), e.modality(), e.claimId(),
          e.confidence(), e.sentence()));
    }
    return numbered;
  }

  private Event build(AnalyzedArticle a, Sentence s, Draft d, Participants people, boolean claimsKnown,
      LocalDate anchor) {
    Event.Modality modality = Modality.of(s, d.trigger, d.clause, !claimsKnown);
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
        when.end(), when.fromArticleDate(), modality, claimId, confidence(d), s.index());
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

  /** Rules are surer of verbs than of nouns, and of linked participants than of unknown ones. */
  private static double confidence(Draft d) {
    double c = d.noun() ? 0.45 : 0.55;
    if (d.actors.stream().anyMatch(x -> x.entityId() != null)) {
      c += 0.2;
    } else if (!d.actors.isEmpty()) {
      c += 0.05;
    }
    if (d.recipients.stream().anyMatch(x -> x.entityId() != null)) {
      c += 0.1;
    }
    if (d.location != null) {
      c += 0.05;
    }
    if (d.actorsResolvedByPronoun || d.entry.lemma().equals("be")) {
      c -= 0.15;
    }
    return Math.round(Math.max(0.1, Math.min(0.95, c)) * 100) / 100.0;
  }
}
