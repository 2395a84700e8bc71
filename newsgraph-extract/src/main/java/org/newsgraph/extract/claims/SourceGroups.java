package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.SpanIndex;
import org.newsgraph.core.Token;

/**
 * The countries of an unnamed group source: "Ukrainian officials" → Ukraine, "South Korean and Ukrainian
 * intelligence agencies" → South Korea and Ukraine, "Ukraine's military", "officials in Kyiv" → Ukraine (the
 * capital's country), "Kyiv and the West" → Ukraine ("the West" is no country). It reads the entity mentions the
 * linker already found inside the source (demonyms, country names, capitals and seats of power, places with their
 * country) and keeps those that describe the source's head word through the dependency parse: a modifier
 * ("Ukrainian", "Ukraine's", "officials of Ukraine", "from Russia") or a conjunct gives the group's country; a
 * place it is in ("officials in Kyiv") counts only when no modifier gives one. Mentions inside a clause about the
 * source ("officials who met Russian envoys"), and the other party of a relation ("Pyongyang's only ally"), say
 * nothing about whose the group is. A private group ("German banking sources", "one Japanese trader", "a legal
 * expert in the US") is no country's: the labelling rules give a country only to a state's groups, so a head word
 * of the private sector, or such a modifier on a head that is not the state's ("company spokesman", not "trade
 * official"), gives none.
 */
public final class SourceGroups {
  /** Relations by which a word describes whose the head is. */
  private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss", "conj", "appos", "flat",
      "nmod:npmod", "obl:npmod");
  /** Prepositions that give a group's country ("officials of Ukraine", "diplomats from Russia"). */
  private static final Set<String> OF_CASES = Set.of("of", "from");
  /** Prepositions that place a group somewhere ("officials in Kyiv", "diplomats at Moscow"). */
  private static final Set<String> IN_CASES = Set.of("in", "at");
  /**
   * Nouns naming the other side of a relation: "Pyongyang's only ally", "critics of the Kremlin" are not of that
   * country, so a country that possesses them (or follows "of") gives the group none.
   */
  private static final Set<String> RELATIONAL = Set.of("ally", "partner", "neighbor", "neighbour", "rival",
      "enemy", "foe", "adversary", "critic", "opponent", "detractor", "friend", "backer", "supporter", "sponsor",
      "patron", "lifeline", "victim");
  /**
   * Words naming people, trades, markets and professions of the private sector (written from what they mean, not
   * from the labelled items): as the head or a modifier of the head, the group is no country's.
   */
  private static final Set<String> PRIVATE = Set.of("trader", "dealer", "banker", "broker", "analyst", "economist",
      "strategist", "investor", "shareholder", "financier", "fund", "industry", "market", "banking", "business",
      "businessman", "businesswoman", "executive", "company", "firm", "corporate", "manufacturer", "maker",
      "producer", "exporter", "importer", "retailer", "shipper", "insurer", "lender", "consultant", "expert",
      "lawyer", "attorney", "academic", "scientist", "researcher", "commentator", "observer", "trade", "commercial",
      "private", "financial");
  /** Heads that are the state's whatever modifies them ("a Japanese trade official", "finance ministry"). */
  private static final Set<String> STATE = Set.of("official", "minister", "ministry", "government", "authority",
      "diplomat", "envoy", "ambassador", "negotiator", "delegate", "delegation", "lawmaker", "legislator",
      "regulator", "administration", "military", "army", "police", "intelligence", "embassy", "consulate",
      "department");
  /** How many dependency steps a mention may lie below the source's head. */
  private static final int MAX_STEPS = 6;

  private SourceGroups() {}

  /**
   * The country entity ids ({@code country:UKR}) of the source span {@code source}, in text order, each once;
   * empty when the source is a named entity ({@code sourceEntityId} not null), absent, or names no country.
   */
  public static List<String> countries(AnalyzedArticle article, Span source, String sourceEntityId) {
    if (source == null || sourceEntityId != null) {
      return List.of();
    }
    Sentence s = sentenceOf(article, source);
    if (s == null) {
      return List.of();
    }
    Token head = headOf(s, source);
    if (head == null || privateGroup(s, source, head)) {
      return List.of();
    }
    Set<String> modifying = new LinkedHashSet<>();
    Set<String> locating = new LinkedHashSet<>();
    for (Mention m : SpanIndex.ofMentions(article.mentions()).within(source)) {
      if (!source.contains(m.span())) {
        continue;
      }
      Optional<String> country = countryOf(article, m);
      Token t = headOf(s, m.span());
      if (country.isEmpty() || t == null) {
        continue;
      }
      switch (relation(s, source, t, head)) {
        case MODIFIER -> modifying.add(country.get());
        case PLACE -> locating.add(country.get());
        case NONE -> { }
      }
    }
    return List.copyOf(modifying.isEmpty() ? locating : modifying);
  }

  /** Whether the head word, or a word modifying a head that is not the state's, is of the private sector. */
  private static boolean privateGroup(Sentence s, Span source, Token head) {
    String h = word(head);
    if (PRIVATE.contains(h)) {
      return true;
    }
    if (STATE.contains(h)) {
      return false;
    }
    for (Token d : s.dependentsOf(head)) {
      String rel = d.deprel();
      if (source.contains(d.span()) && (rel.equals("amod") || rel.equals("compound")) && PRIVATE.contains(word(d))) {
        return true;
      }
    }
    return false;
  }

  private static String word(Token t) {
    String w = t.lemma() != null ? t.lemma() : t.word();
    return w.toLowerCase(Locale.ROOT);
  }

  private enum Link { MODIFIER, PLACE, NONE }

  /** How the mention headed by {@code t} relates to the source's head: walking up its heads to {@code head}. */
  private static Link relation(Sentence s, Span source, Token t, Token head) {
    Link link = Link.MODIFIER;
    Token at = t;
    for (int step = 0; step <= MAX_STEPS; step++) {
      if (at.index() == head.index()) {
        return link;
      }
      Token up = headOf(s, at);
      if (up == null || !source.contains(up.span())) {
        return Link.NONE;
      }
      String rel = at.deprel();
      boolean possessive = rel.equals("nmod:poss") || rel.startsWith("nmod") && OF_CASES.contains(caseOf(s, at));
      if (possessive && up.lemma() != null && RELATIONAL.contains(up.lemma().toLowerCase(Locale.ROOT))) {
        return Link.NONE; // "Pyongyang's only ally", "critics of Moscow"
      }
      boolean prepositional = rel.startsWith("nmod") || rel.startsWith("obl");
      if (prepositional && !MODIFIERS.contains(rel)) {
        String prep = caseOf(s, at);
        if (IN_CASES.contains(prep)) {
          link = Link.PLACE;
        } else if (!OF_CASES.contains(prep)) {
          return Link.NONE; // "officials with Russian ties", "talks on Ukraine"
        }
      } else if (!MODIFIERS.contains(rel)) {
        return Link.NONE; // a clause or an argument: "officials who met Russian envoys"
      }
      at = up;
    }
    return Link.NONE;
  }

  private static String caseOf(Sentence s, Token t) {
    for (Token d : s.dependentsOf(t)) {
      if (d.deprel().equals("case")) {
        return d.word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /** The country a mention gives: a country entity itself, or the country of a place ("Kyiv", "Kursk"). */
  private static Optional<String> countryOf(AnalyzedArticle article, Mention m) {
    if (m.entityId().startsWith("country:")) {
      return Optional.of(m.entityId());
    }
    Optional<Entity> e = article.entity(m.entityId());
    return e.filter(x -> (x.type() == EntityType.PLACE || x.type() == EntityType.REGION) && x.country() != null)
        .map(x -> "country:" + x.country());
  }

  private static Sentence sentenceOf(AnalyzedArticle article, Span span) {
    Span at = new Span(span.begin(), span.begin() + 1);
    for (Sentence s : SpanIndex.ofSentences(article.sentences()).overlapping(at)) {
      if (s.span().begin() <= span.begin() && span.begin() < s.span().end() && !s.tokens().isEmpty()) {
        return s;
      }
    }
    return null;
  }

  /** The token of {@code span} whose head lies outside it (the last such one), or null when none is inside. */
  private static Token headOf(Sentence s, Span span) {
    List<Token> inside = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (span.contains(t.span())) {
        inside.add(t);
      }
    }
    for (int i = inside.size() - 1; i >= 0; i--) {
      Token h = headOf(s, inside.get(i));
      if (h == null || !span.contains(h.span())) {
        return inside.get(i);
      }
    }
    return inside.isEmpty() ? null : inside.get(inside.size() - 1);
  }

  /** The head of {@code t}, or null for a root or a broken index. */
  private static Token headOf(Sentence s, Token t) {
    int h = t.head();
    return h < 0 || h >= s.tokens().size() || h == t.index() ? null : s.tokens().get(h);
  }
}
