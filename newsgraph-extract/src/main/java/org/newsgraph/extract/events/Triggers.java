package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.SpanIndex;
import org.newsgraph.core.Token;

/** Finds the words of a sentence that name an event: {@link EventLexicon} triggers, and a person's coming presence. */
final class Triggers {
  /** Nouns that take the event from a compound: "a mediation effort", "an arrest campaign". */
  private static final Set<String> GENERIC_HEADS = Set.of("effort", "mission", "operation", "campaign", "attempt",
      "bid", "initiative", "process", "drive", "programme", "program", "plan", "offensive");

  private final EventLexicon lexicon;

  Triggers(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Draft> find(Sentence s, AnalyzedArticle a) {
    List<Draft> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      boolean genericHead = t.deprel().equals("compound") && t.head() >= 0
          && GENERIC_HEADS.contains(Deps.lemma(s.tokens().get(t.head())));
      if (!genericHead && (t.deprel().equals("compound") || t.deprel().equals("amod") && t.pos().startsWith("NN"))) {
        continue; // "attack helicopter", "protest movement": a modifier names a kind of thing, not an event
      }
      if (SpanIndex.ofTimes(a.times()).anyOverlapping(t.span())) {
        continue; // "in March" is a month
      }
      if (inName(a, t)) {
        continue; // "the Organisation for Economic Cooperation and Development": a word of a name
      }
      if (predicateAdjective(s, t)) {
        continue; // "the market had proved challenging": a participle used as an adjective
      }
      lexicon.match(s, t).ifPresent(e -> out.add(new Draft(t, e)));
    }
    // "he will be in Muscat": a person at a place on a tour is a visit
    for (Token t : s.tokens()) {
      if (isPresenceAtPlace(s, t)) {
        out.add(new Draft(t, new LexiconEntry("be", false, "CONSULT", "visit", '-', Set.of())));
      }
    }
    return out;
  }

  /** Verbs that link a subject to what it is like: "proved challenging", "remained threatening". */
  private static final Set<String> LINKING = Set.of("be", "prove", "remain", "seem", "look", "become", "sound",
      "appear", "get", "stay");

  /**
   * True for a present participle that is the complement of a linking verb or a copula and has no object or
   * clause of its own: an adjective, whatever its tag ("had proved challenging", "is very threatening").
   */
  private static boolean predicateAdjective(Sentence s, Token t) {
    if (!t.pos().equals("VBG") || t.head() < 0) {
      return false;
    }
    boolean linked = t.deprel().equals("xcomp") && LINKING.contains(Deps.lemma(s.tokens().get(t.head())))
        || s.dependentsOf(t).stream().anyMatch(d -> d.deprel().equals("cop"));
    // a time ("last year", obl:tmod) is no object: "had proved challenging last year"
    return linked && s.dependentsOf(t).stream().noneMatch(d -> d.deprel().equals("obj")
        || d.deprel().startsWith("obl") && !d.deprel().equals("obl:tmod") && !d.deprel().equals("obl:npmod")
        || d.deprel().equals("ccomp") || d.deprel().equals("xcomp") || d.deprel().equals("compound:prt"));
  }

  /** True for a capitalised word inside the longer name of an entity the article mentions. */
  private static boolean inName(AnalyzedArticle a, Token t) {
    if (!t.pos().startsWith("NNP")) {
      return false;
    }
    for (Mention m : SpanIndex.ofMentions(a.mentions()).containing(t.span())) {
      if (m.span().contains(t.span()) && m.span().length() > t.span().length()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPresenceAtPlace(Sentence s, Token t) {
    if (!t.pos().startsWith("NNP") || !Deps.caseOf(s, t).equals("in")) {
      return false;
    }
    boolean cop = false;
    boolean personSubject = false;
    boolean future = false;
    for (Token d : s.dependentsOf(t)) {
      cop |= d.deprel().equals("cop");
      personSubject |= d.deprel().equals("nsubj") && (d.pos().equals("PRP") && !Deps.word(d).equals("it")
          || d.ner().equals("PERSON"));
      future |= d.deprel().equals("aux") && (Deps.word(d).equals("will") || Deps.word(d).equals("'ll"));
    }
    return cop && personSubject && future;
  }
}
