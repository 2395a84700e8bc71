package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.SpanIndex;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.coref.Resolution;

/**
 * Turns the head word of a participant into an {@link Argument}: the span of its noun phrase and the entity it
 * names. The entity is the mention over the head word ("Pyongyang", "South Korea's spy agency"), else the country
 * or organisation that qualifies it ("North Korean troops" → North Korea), else, for a pronoun, the last salient
 * entity of the same kind (a person for "he", the speaker for "it said it…"), or the group or unnamed person the
 * shared resolver points it back to ({@link SharedReferents}: "Prosecutors … they"), else nothing: an unknown
 * participant stays an unlinked span and is never guessed.
 */
final class Participants {
  private static final Set<String> PHRASE_RELS = Set.of("compound", "flat", "amod", "nmod:poss", "det", "nummod",
      "case", "compound:prt", "det:predet");
  /** "forces in Guinea", "leaders of Romania", "a missionary from Calgary": where a participant belongs. */
  private static final Set<String> ORIGIN_CASES = Set.of("in", "of", "from");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");
  private static final Set<String> SELF_PRONOUNS = Set.of("it", "its", "i", "me", "my", "we", "us", "our");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
  /**
   * Pronouns that may stand for a group or an unnamed person the resolver points back to ("Prosecutors … they", "a
   * finance minister … he"). Not "we" (a speaker's side, not the speaker) nor "it" (most often a company or a thing).
   */
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their", "he", "him", "his", "she",
      "her", "who", "which", "that");
  /** Pronouns the shared coreference resolver links when the rules here leave them open. */
  private static final Set<String> SHARED = Set.of("we", "us", "our", "they", "them", "their", "who", "which",
      "that");
  private static final Set<String> REPORTING = Set.of("say", "tell", "add", "claim", "state", "announce", "report",
      "believe", "insist", "warn", "confirm", "deny", "note", "write", "explain", "argue");
  private static final Set<String> PAIR_NOUNS = Set.of("country", "nation", "side", "government", "state", "party",
      "neighbor", "neighbour", "ally", "partner", "leader");

  /** Personal pronouns the rules here may leave open, for the shared resolver to try: "she", "it", "them". */
  private static final Set<String> LEFT_OPEN = Set.of("he", "him", "his", "she", "her", "it", "its");
  /** Relative pronouns: they stand for the noun their clause hangs on ("Cunanan, who later killed himself"). */
  private static final Set<String> RELATIVE = Set.of("who", "whom", "which", "that", "whose");
  private static final Set<String> REFLEXIVE = Set.of("himself", "herself", "itself", "themselves", "ourselves",
      "myself");
  /** Pronouns that name nobody in particular: never an actor or recipient. */
  private static final Set<String> VACUOUS = Set.of("you", "one", "someone", "somebody", "anyone", "anybody",
      "everyone", "everybody", "nobody", "something", "anything", "nothing", "this", "that", "these", "those",
      "there", "it");

  private final AnalyzedArticle article;
  private final Map<String, Entity> entities = new HashMap<>();
  private final SharedReferents referents;
  /** Salience, updated sentence by sentence in text order. */
  private String lastPerson;

  Participants(AnalyzedArticle article) {
    this.article = article;
    this.referents = new SharedReferents(article, this);
    for (Entity e : article.entities()) {
      entities.put(e.id(), e);
    }
  }

  /** The article's coreference resolver, made on first use. */
  private Coreference coreference() {
    return referents.coreference();
  }

  Entity entity(String id) {
    return id == null ? null : entities.get(id);
  }

  /** Titles that make a person a political actor wherever the article gives them ("Prime Minister Narendra Modi"). */
  private static final Set<String> POLITICAL_TITLES = Set.of("president", "minister", "premier", "king", "queen",
      "sultan", "emir", "sheikh", "prince", "chancellor", "secretary", "ambassador", "envoy", "senator", "governor",
      "mayor", "general", "commander", "leader", "chairman", "spokesman", "spokeswoman", "mp", "lawmaker",
      "congressman", "congresswoman", "dictator", "ayatollah", "vice", "deputy", "official", "rebel", "militant");
  private final Map<String, Boolean> titled = new HashMap<>();

  /**
   * True when the article names the person with a political title somewhere: one of the three words before one of
   * its mentions is a title ("Prime Minister Narendra Modi", "Oman's Sultan Haitham").
   */
  boolean politicallyTitled(String personId) {
    return titled.computeIfAbsent(personId, id -> {
      String text = article.text();
      for (Mention m : article.mentions()) {
        if (!id.equals(m.entityId())) {
          continue;
        }
        int from = Math.max(0, m.span().begin() - 40);
        String before = text.substring(from, m.span().begin()).toLowerCase(java.util.Locale.ROOT);
        String[] words = before.split("[^a-z]+");
        for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
          if (POLITICAL_TITLES.contains(words[i])) {
            return true;
          }
        }
      }
      return false;
    });
  }

  /** The arguments a participant head gives: one, or several for "the two countries" or "Hungarian and Romanian". */
  List<Argument> arguments(Sentence s, Token head) {
    return arguments(s, head, 0);
  }

  /** As {@link #arguments(Sentence, Token)}, {@code depth} steps into what the words refer to. */
  List<Argument> arguments(Sentence s, Token head, int depth) {
    List<Argument> out = new ArrayList<>();
    String w = Deps.word(head);
    if (depth < 3 && Roles.QUANTITY_HEADS.contains(w)) {
      for (Token of : Deps.children(s, head, "nmod")) {
        if (Deps.caseOf(s, of).equals("of")) {
          return arguments(s, of, depth + 1); // "tens of thousands of students": the students
        }
      }
    }
    Span span = phraseSpan(s, head);
    Token antecedent = depth < 3 ? antecedent(s, head, w) : null;
    if (antecedent != null) {
      return arguments(s, antecedent, depth + 1);
    }
    if (head.pos().startsWith("PRP") || head.pos().startsWith("W") || RELATIVE.contains(w)
        || VACUOUS.contains(w) && head.pos().equals("DT")) {
      String id = head.pos().startsWith("PRP") ? pronoun(s, head, w) : null;
      if (id == null && (SHARED.contains(w) || LEFT_OPEN.contains(w))) { // "we", "they", "who", "she", "it"
        id = shared(head.span());
      }
      if (id == null && w.equals("they") && head.deprel().startsWith("nsubj") && depth < 2) {
        for (Argument a : referents.previousPluralSubject(s, depth)) {
          out.add(new Argument(head.span(), a.entityId())); // "The French and German leaders met… They agreed"
        }
        if (!out.isEmpty()) {
          return out;
        }
      }
      if (id == null && GROUP_PRONOUNS.contains(w) && depth < 2) {
        List<Argument> group = referents.group(head.span(), depth); // "Prosecutors in the south … They"
        if (!group.isEmpty()) {
          return group;
        }
      }
      out.add(new Argument(head.span(), id));
      return out;
    }
    Mention over = mentionOver(head.span());
    if (over != null) {
      out.add(new Argument(union(span, over.span()), over.entityId()));
      return out;
    }
    if (PAIR_NOUNS.contains(Deps.lemma(head)) && head.pos().equals("NNS") && pairMarked(s, head)) {
      List<String> pair = lastPair(s, head);
      if (!pair.isEmpty()) {
        for (String id : pair) {
          out.add(new Argument(span, id));
        }
        return out;
      }
    }
    List<Mention> qualifiers = qualifiers(s, head, span);
    if (qualifiers.isEmpty()) {
      String id = owner(s, head);
      if (id == null && description(s, head)) {
        id = shared(span); // "the company", "the ministry", "the report": as the claims' sources resolve them
      }
      if (id == null) { // "the government's refusal", "Officials said": the state the article is about
        id = StateWords.country(article, s, head, coreference().articleCountry());
      }
      if (id == null && depth < 2 && bareNumber(s, head, span)) {
        // "The two": the resolver reads the number as a partitive of the pair named before
        List<Argument> group = referents.group(head.span(), depth);
        if (!group.isEmpty()) {
          return group;
        }
      }
      out.add(new Argument(span, id));
    } else {
      for (Mention m : qualifiers) {
        out.add(new Argument(span, m.entityId()));
      }
    }
    return out;
  }

  /** The entity the shared coreference resolver links the words at {@code span} to, when it names one. */
  private String shared(Span span) {
    return referents.named(span);
  }

  /**
   * A definite description of a common noun: "the company", "the executive", "the authorities", "The report" (a
   * determiner "the" or "this", no name inside). What it refers back to is a matter for the coreference resolver.
   */
  private static boolean description(Sentence s, Token head) {
    if (!head.pos().equals("NN") && !head.pos().equals("NNS")) {
      return false;
    }
    boolean definite = false;
    for (Token d : s.dependentsOf(head)) {
      if (d.deprel().equals("det")) {
        definite = Deps.word(d).equals("the") || Deps.word(d).equals("this");
      } else if (d.deprel().equals("compound") && d.pos().startsWith("NNP") || d.deprel().equals("nmod:poss")) {
        return false;
      }
    }
    return definite;
  }

  /**
   * "The two", "both", "the three" standing alone for parties named before: the words are no more than that, and no
   * "of" phrase says whom they count ("two of the world's biggest suppliers" names its own).
   */
  private boolean bareNumber(Sentence s, Token head, Span span) {
    String words = span.of(article.text()).toLowerCase(java.util.Locale.ROOT).strip();
    return words.matches("the (two|three)|both") && Deps.children(s, head, "nmod").isEmpty();
  }

  /**
   * The entity a group's possessive pronoun stands for: "its forces", "their troops", "our government" are the
   * forces of what "its" refers to. Null for other nouns ("its oil") and when the pronoun is not resolved.
   */
  private String owner(Sentence s, Token head) {
    if (!PeopleWords.NOUNS.contains(Deps.lemma(head)) && !PeopleWords.NOUNS.contains(Deps.word(head))) {
      return null;
    }
    for (Token p : Deps.childrenExactly(s, head, "nmod:poss")) {
      String w = Deps.word(p);
      if (!p.pos().equals("PRP$") || !(w.equals("its") || w.equals("their") || w.equals("our"))) {
        continue;
      }
      String id = pronoun(s, p, w);
      if (id == null && SHARED.contains(w)) {
        id = coreference().resolve(p.span()).map(Resolution::entityId).orElse(null);
      }
      return id;
    }
    return null;
  }

  /**
   * The noun a relative or reflexive pronoun stands for, through the parse: "who" in "Cunanan, who later killed
   * himself" is Cunanan (the head of its relative clause), "himself" the subject of its verb; null for others.
   */
  private static Token antecedent(Sentence s, Token head, String w) {
    if (RELATIVE.contains(w) && (head.pos().startsWith("W") || head.pos().equals("IN") || head.pos().equals("DT"))) {
      Token cur = head;
      for (int guard = 0; guard < 4 && cur.head() >= 0; guard++) {
        Token h = s.tokens().get(cur.head());
        if (h.deprel().equals("acl:relcl") && h.head() >= 0) {
          return s.tokens().get(h.head());
        }
        cur = h;
      }
      return null;
    }
    if (REFLEXIVE.contains(w) && head.head() >= 0) {
      for (Token d : s.dependentsOf(s.tokens().get(head.head()))) {
        if (d.deprel().startsWith("nsubj") && d != head) {
          return d;
        }
      }
    }
    return null;
  }

  /** True for a word that can stand for a participant only through what it refers to: a pronoun, "who", "that". */
  static boolean referring(Token t) {
    String w = Deps.word(t);
    return t.pos().startsWith("PRP") || t.pos().startsWith("WP") || RELATIVE.contains(w) || VACUOUS.contains(w)
        || REFLEXIVE.contains(w);
  }

  /** Records what this sentence makes salient for the pronouns of the next ones. */
  void observe(Sentence s) {
    for (Token t : s.tokens()) {
      if (!t.deprel().startsWith("nsubj")) {
        continue;
      }
      if (t.pos().startsWith("PRP")) {
        continue;
      }
      Mention m = mentionOver(t.span());
      if (m != null && m.entityId().startsWith("person:")) {
        lastPerson = m.entityId();
      }
    }
  }

  private String pronoun(Sentence s, Token head, String w) {
    // "Ukraine said it had captured…", "“I am sure…,” Modi said": the speaker speaks of itself
    if (SELF_PRONOUNS.contains(w)) {
      Token speaker = reportingSubject(s, head);
      if (speaker != null) {
        Mention m = mentionOver(speaker.span());
        if (m != null) {
          return m.entityId();
        }
      }
      return null;
    }
    if (PERSON_PRONOUNS.contains(w)) {
      String inSentence = earlierPersonSubject(s, head);
      return inSentence != null ? inSentence : lastPerson;
    }
    if (PLURAL_PRONOUNS.contains(w)) {
      Token speaker = reportingSubject(s, head);
      if (speaker != null && (speaker.pos().equals("NNS") || speaker.pos().equals("NNPS"))) {
        // "The Fijian rebels said they will release…": plural speakers speak of themselves
        List<Argument> a = arguments(s, speaker);
        return a.isEmpty() ? null : a.get(0).entityId();
      }
      // else only within the sentence: "soldiers … after Ukraine claimed they had been withdrawn"
      for (int i = head.index() - 1; i >= 0; i--) {
        Token t = s.tokens().get(i);
        if (t.deprel().startsWith("nsubj") && (t.pos().equals("NNS") || t.pos().equals("NNPS")) && t != speaker) {
          List<Argument> a = arguments(s, t);
          if (a.size() == 1 && a.get(0).entityId() != null) {
            return a.get(0).entityId();
          }
        }
      }
    }
    return null;
  }

  private String earlierPersonSubject(Sentence s, Token before) {
    String found = null;
    for (Token t : s.tokens()) {
      if (t.index() >= before.index()) {
        break;
      }
      Mention m = t.deprel().startsWith("nsubj") ? mentionOver(t.span()) : null;
      if (m != null && m.entityId().startsWith("person:")) {
        found = m.entityId();
      }
    }
    return found;
  }

  /** The subject of the reporting verb whose reported clause holds {@code t}, or null. */
  private static Token reportingSubject(Sentence s, Token t) {
    Token cur = t;
    for (int guard = 0; guard < 12 && cur.head() >= 0; guard++) {
      Token h = s.tokens().get(cur.head());
      if (REPORTING.contains(Deps.lemma(h)) && (cur.deprel().equals("ccomp") || cur.deprel().equals("dep")
          || cur.deprel().equals("parataxis"))) {
        for (Token d : Deps.children(s, h, "nsubj")) {
          return d;
        }
        return null;
      }
      if (cur.deprel().startsWith("acl") || cur.deprel().equals("advcl") && cur != t) {
        return null;
      }
      cur = h;
    }
    return null;
  }

  private static boolean pairMarked(Sentence s, Token head) {
    for (Token d : s.dependentsOf(head)) {
      String w = Deps.word(d);
      if (w.equals("two") || w.equals("both")) {
        return true;
      }
    }
    return false;
  }

  /** The last two entities joined by "and"/"nor" before {@code head}: "Pyongyang and Moscow … the two countries". */
  private List<String> lastPair(Sentence s, Token head) {
    List<Sentence> all = article.sentences();
    for (int si = s.index(); si >= Math.max(0, s.index() - 2); si--) {
      Sentence cur = all.get(si);
      List<Token> tokens = cur.tokens();
      for (int i = tokens.size() - 1; i >= 0; i--) {
        Token c = tokens.get(i);
        if (si == s.index() && c.index() >= head.index() || !c.deprel().equals("conj") || c.head() < 0) {
          continue;
        }
        Mention a = mentionOver(tokens.get(c.head()).span());
        Mention b = mentionOver(c.span());
        if (a != null && b != null && actorLike(a.entityId()) && actorLike(b.entityId())
            && !a.entityId().equals(b.entityId())) {
          return List.of(a.entityId(), b.entityId());
        }
      }
    }
    return List.of();
  }

  private boolean actorLike(String id) {
    Entity e = entities.get(id);
    return e != null && (e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION);
  }

  /** Countries or organisations qualifying the head: "North Korean troops", "Hungarian and Romanian officials". */
  private List<Mention> qualifiers(Sentence s, Token head, Span span) {
    List<Mention> out = new ArrayList<>();
    for (Token d : s.dependentsOf(head)) {
      if (!(d.deprel().equals("amod") || d.deprel().equals("compound") || d.deprel().equals("nmod:poss"))) {
        continue;
      }
      for (Token c : Deps.withConjuncts(s, d)) {
        Mention m = mentionOver(c.span());
        if (m != null && span.contains(m.span()) || m != null && c != d) {
          Entity e = entities.get(m.entityId());
          if (e != null && e.type() != EntityType.PLACE && e.type() != EntityType.REGION
              && out.stream().noneMatch(x -> x.entityId().equals(m.entityId()))) {
            out.add(m);
          }
        }
      }
    }
    return out;
  }

  /** The noun phrase of {@code head}: it and its modifiers, without clauses, appositions or conjuncts. */
  static Span phraseSpan(Sentence s, Token head) {
    int from = head.index();
    int to = head.index();
    List<Token> todo = new ArrayList<>(List.of(head));
    for (int i = 0; i < todo.size(); i++) {
      for (Token d : s.dependentsOf(todo.get(i))) {
        boolean poss = todo.get(i).deprel().equals("nmod:poss");
        boolean origin = todo.get(i) == head && d.deprel().equals("nmod") && ORIGIN_CASES.contains(Deps.caseOf(s, d))
            && d.pos().startsWith("NNP");
        if (origin || PHRASE_RELS.contains(d.deprel()) && (!d.deprel().equals("case") || poss)
            || d.deprel().equals("conj") && todo.get(i) != head || d.deprel().equals("cc") && todo.get(i) != head) {
          todo.add(d);
          from = Math.min(from, d.index());
          to = Math.max(to, d.index());
        }
      }
    }
    while (from < head.index() && !hasLetter(s.tokens().get(from).word())) {
      from++;
    }
    return new Span(s.tokens().get(from).span().begin(), s.tokens().get(to).span().end());
  }

  private static boolean hasLetter(String w) {
    return w.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * The mention that covers a token: the longest one ending with it ("South Korea's spy agency" for "agency",
   * "South Korea" for "Korea"), else the longest one over it; null when none.
   */
  Mention mentionOver(Span token) {
    Mention ending = null;
    Mention over = null;
    for (Mention m : SpanIndex.ofMentions(article.mentions()).containing(token)) {
      if (!m.span().contains(token)) {
        continue;
      }
      if (m.span().end() == token.end() && (ending == null || m.span().length() > ending.span().length())) {
        ending = m;
      }
      if (over == null || m.span().length() > over.span().length()) {
        over = m;
      }
    }
    return ending != null ? ending : over;
  }

  private static Span union(Span a, Span b) {
    return new Span(Math.min(a.begin(), b.begin()), Math.max(a.end(), b.end()));
  }
}
