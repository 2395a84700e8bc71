package org.newsgraph.extract.coref;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.extract.coref.Antecedent.Kind;
import org.newsgraph.extract.coref.Coreference.Speaker;

/**
 * Definite descriptions that refer back: people by office or epithet ("the prime minister", "the Friends actor",
 * "the 71-year-old"), organisations ("the company", "the ministry"), governments ("the government") and documents,
 * whose words are their issuer's ("the statement", "the report"). A spokesperson speaks for the organisation named
 * with them ("a BAT spokeswoman", "its spokesman").
 */
final class Descriptions {
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "spokesmen",
      "spokeswomen", "spokespeople", "representative", "representatives");
  /** Documents that are said by one speaker: with no issuer in the text, the source of the claim before. */
  private static final Set<String> SAID = Set.of("statement", "communique", "communiqué", "announcement", "release",
      "letter", "message", "post", "tweet", "email", "e-mail", "memo", "notice", "circular", "bulletin");
  private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "militia", "alliance", "coalition",
      "bloc", "outfit", "organisation", "organization", "party", "band", "team", "club");
  private static final Set<String> CHANNEL_VERBS = Set.of("tell", "speak", "talk", "write");
  private static final Pattern AGE = Pattern.compile("\\b(\\d{1,3}) ?- ?year ?- ?old\\b");
  private static final int WINDOW = 8;
  private static final int FOCUS_WINDOW = 3;

  private final Coreference coref;
  private final ArticleIndex index;
  private final PhraseReferents referents;
  private Titles titles;

  Descriptions(Coreference coref, ArticleIndex index) {
    this.coref = coref;
    this.index = index;
    this.referents = new PhraseReferents(index);
  }

  /** A town or region qualifying an organisation noun ("the Stamford-based company"): not a name of it. */
  private boolean place(Mention m, String lemma) {
    Entity e = index.entity(m.entityId());
    return Lexicon.ORGANISATION_NOUNS.contains(lemma) && e != null && e.type() == EntityType.PLACE;
  }

  private Titles titles() {
    if (titles == null) {
      titles = new Titles(index);
    }
    return titles;
  }

  Optional<Resolution> resolve(Sentence s, Token head, Span span, List<Speaker> earlier, int step) {
    String lemma = ArticleIndex.lemma(head);
    if (SPOKES.contains(lemma)) {
      Optional<Resolution> side = spokesperson(s, head, earlier, step);
      if (side.isPresent()) {
        return side;
      }
    }
    if (head.pos().startsWith("NNP") && index.mentionOver(head.span()) != null) {
      return Optional.empty(); // a name: nothing to resolve
    }
    String organisation = head.pos().startsWith("NNP") ? referents.organisationNamed(span, head) : null;
    if (organisation != null) { // "The Conservatives" after "the Conservative Party"
      return Optional.of(Resolution.entity(organisation, null, 0.8, "name " + head.word()
          + " → the organisation the article names so"));
    }
    Integer age = age(s, span);
    boolean definite = definite(s, head);
    boolean personNoun = Lexicon.OFFICES.contains(lemma) || Lexicon.EPITHETS.contains(lemma);
    boolean common = head.pos().startsWith("NN") && !head.pos().startsWith("NNP");
    Mention named = personNoun ? namedPerson(s, head) : null;
    if (named == null && common) { // "the families' solicitor Phil Shiner", "the chairman of X, Guy Mansfield"
      named = referents.person(s, head, span);
    }
    if (named != null) { // "Shadow spokesman for sport Hugh Robertson", "lawyer Gregory Ioannidis"
      return Optional.of(Resolution.entity(named.entityId(), named.span(), 0.9, "description " + head.word()
          + " → the person it names"));
    }
    if (common && Lexicon.DOCUMENT_NOUNS.contains(lemma)) { // "the FAO report", "a study by analysts Jupiter"
      Token issuer = issuerOf(s, head);
      Optional<Resolution> r = issuer == null ? Optional.empty() : entityAt(s, issuer, earlier, step);
      if (r.isPresent() && (r.get().named() || !definite)) {
        return Optional.of(r.get().via("description the " + lemma + " → issued by " + issuer.word(), 0.9));
      }
    }
    if (common && Lexicon.GOVERNMENT_NOUNS.contains(lemma) && !head.pos().equals("NNS")) {
      Mention country = referents.country(s, head, span); // "the Israeli government"
      if (country != null) {
        return Optional.of(Resolution.entity(country.entityId(), country.span(), 0.85, "description "
            + head.word() + " → the country it names"));
      }
    }
    if (personNoun && unknownName(s, head)) {
      return Optional.empty(); // "the party chairman Matthew Taylor": a name the entities do not know
    }
    if ((age != null || definite && personNoun) && !head.pos().equals("NNS")) {
      return Optional.of(person(s, head, span, lemma, age)); // "the Conservative leader" may hold a name
    }
    if (!definite || index.mentions().stream().anyMatch(m -> span.contains(m.span())
        && m.span().begin() < head.span().end() && !place(m, lemma))) {
      // a name, or a description a name qualifies ("the Japanese company"); a clause after the noun is not one
      // ("the firm, whose Agroflora subsidiary …"), nor a town a company is based in ("the Stamford-based company")
      return Optional.empty();
    }
    if (Lexicon.ORGANISATION_NOUNS.contains(lemma) && head.pos().equals("NNS")) { // "the firms": a group
      Antecedent pair = coref.nearest(s, head, WINDOW, x -> x.kind() == Kind.PAIR, false);
      return Optional.of(Resolution.unnamed(pair == null ? List.of() : pair.members(), pair == null ? null
          : pair.span(), 0.6, "description the " + head.word() + " → " + (pair == null ? "an unnamed group"
          : Coreference.describe(s, pair, "pair"))));
    }
    if (Lexicon.ORGANISATION_NOUNS.contains(lemma)) {
      return Optional.of(organisation(s, head, lemma));
    }
    if (Lexicon.GOVERNMENT_NOUNS.contains(lemma)) {
      Antecedent a = coref.nearest(s, head, WINDOW, x -> x.kind() == Kind.COUNTRY);
      String frame = a == null ? referents.frameCountry() : null;
      if (frame != null) {
        return Optional.of(Resolution.entity(frame, null, 0.65, "description the " + lemma
            + " → the country the article is about"));
      }
      return Optional.of(a == null ? Resolution.unnamed(List.of(), null, 0.6, "description the " + lemma
          + " → no country before it") : Resolution.entity(a.entityId(), a.span(),
          Coreference.distanceConfidence(s, a, 0.75), "description the " + lemma + " → "
          + Coreference.describe(s, a, "country")));
    }
    if (Lexicon.DOCUMENT_NOUNS.contains(lemma)) {
      return Optional.of(document(s, head, lemma, earlier, step));
    }
    return Optional.empty();
  }

  /** The country the article is about, or null (see {@link PhraseReferents#frameCountry()}). */
  String frameCountry() {
    return referents.frameCountry();
  }

  /** A person named right on the noun: an apposition, compound or flat name ("lawyer Gregory Ioannidis"). */
  private Mention namedPerson(Sentence s, Token head) {
    for (Token c : index.children(s, head)) {
      boolean naming = ArticleIndex.is(c, "appos") || ArticleIndex.is(c, "flat")
          || ArticleIndex.is(c, "compound") && c.index() > head.index(); // "a Kidder officer" is Kidder's officer
      Mention m = naming && c.pos().startsWith("NNP") ? index.mentionOver(c.span()) : null;
      Entity e = m == null ? null : index.entity(m.entityId());
      if (e != null && e.type() == EntityType.PERSON) {
        return m;
      }
    }
    return null;
  }

  private boolean unknownName(Sentence s, Token head) {
    for (Token c : index.children(s, head)) {
      boolean naming = ArticleIndex.is(c, "appos") || ArticleIndex.is(c, "flat") || ArticleIndex.is(c, "compound")
          && c.index() > head.index();
      if (naming && c.pos().startsWith("NNP") && index.mentionOver(c.span()) == null) {
        return true;
      }
    }
    return false;
  }

  private boolean definite(Sentence s, Token head) {
    for (Token c : index.children(s, head)) {
      if (ArticleIndex.is(c, "det") && DEFINITE.contains(ArticleIndex.lower(c))
          || ArticleIndex.is(c, "nmod:poss") && c.pos().equals("PRP$")) {
        return true;
      }
    }
    return false;
  }

  /** The age in "the 71-year-old" (one token or split at its hyphens), else null. */
  private Integer age(Sentence s, Span span) {
    Matcher m = AGE.matcher(span.of(index.text()));
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** "the prime minister", "the Friends actor", "the 71-year-old". */
  private Resolution person(Sentence s, Token head, Span span, String lemma, Integer age) {
    String what = "description " + span.of(index.text()).strip().replaceAll("\\s+", " ");
    Gender gender = Gender.ofTitle(lemma);
    Set<String> modifiers = new HashSet<>();
    boolean namedModifier = false;
    for (Token c : index.children(s, head)) {
      if ((ArticleIndex.is(c, "amod") || ArticleIndex.is(c, "compound")) && age == null
          && !Titles.LOOSE.contains(ArticleIndex.lemma(c))) {
        modifiers.add(ArticleIndex.lemma(c));
        namedModifier |= c.pos().startsWith("NNP") || index.mentionOver(c.span()) != null;
      }
    }
    Salience salience = coref.salience();
    Titles.Titled t = age != null ? titles().match(String.valueOf(age), Set.of(), span.begin(), gender, salience)
        : titles().match(lemma, modifiers, span.begin(), gender, salience);
    if (t != null) {
      return Resolution.entity(t.entityId(), t.span(), 0.85, what + " → the person introduced as "
          + String.join(" ", t.words().stream().sorted().toList()));
    }
    // "the actor", "the 71-year-old", "the Ofsted chief": another way of naming the person in focus ("the prime
    // minister" or "the spokesman" alone may be anyone)
    if (age != null || Lexicon.EPITHETS.contains(lemma) || namedModifier) {
      Antecedent a = coref.nearest(s, head, FOCUS_WINDOW, x -> !x.quoted() && x.gender().agreesWith(gender)
          && (x.kind() == Kind.PERSON && (x.role() == Antecedent.Role.SUBJECT || x.role() == Antecedent.Role.POSSESSOR)
          || x.kind() == Kind.PRONOUN && x.gender() != Gender.UNKNOWN && coref.named(x)), false);
      if (a != null && a.kind() == Kind.PRONOUN) { // "… he said. The 40-year-old comedian …": whom "he" was
        Resolution r = coref.resolve(a.sentence(), a.head(), a.head().span(), List.of(), 0).orElse(null);
        if (r != null && r.named()) {
          return Resolution.entity(r.entityId(), r.antecedent(), 0.7, what + " → the person in focus, the same as \""
              + a.head().word() + "\" " + (s.index() - a.sentence().index()) + " sentence(s) back");
        }
      }
      if (a != null && a.kind() == Kind.PERSON) {
        return Resolution.entity(a.entityId(), a.span(), Coreference.distanceConfidence(s, a, 0.75),
            what + " → the person in focus, " + Coreference.describe(s, a, "person"));
      }
    }
    return Resolution.unnamed(List.of(), null, 0.6, what + " → no one introduced so");
  }

  /** "the company", "the ministry": the nearest organisation (whose own name holds the noun, for some nouns). */
  private Resolution organisation(Sentence s, Token head, String lemma) {
    boolean named = Lexicon.NAMED_ORGANISATION_NOUNS.contains(lemma);
    Antecedent a = coref.nearest(s, head, WINDOW, x -> (x.kind() == Kind.ORGANISATION
        || x.kind() == Kind.GROUP && GROUP_NOUNS.contains(lemma)
        || x.kind() == Kind.NOUN && ArticleIndex.lemma(x.head()).equals(lemma))
        && !channel(x) && (!named || holds(x, lemma)));
    if (a != null && a.kind() == Kind.NOUN) { // "The company said … The company added": the same one
      Optional<Resolution> r = coref.resolve(a.sentence(), a.head(), a.span(), List.of(), 1);
      if (r.isPresent()) {
        return r.get().via("description the " + lemma + " → the same as the " + lemma + " before it", 0.97);
      }
    }
    if (a != null && a.kind() != Kind.NOUN) {
      return Resolution.entity(a.entityId(), a.span(), Coreference.distanceConfidence(s, a, 0.8),
          "description the " + lemma + " → " + Coreference.describe(s, a, "organisation"));
    }
    String only = named ? null : coref.onlyEntity(head.span().begin(), e -> e.type() == EntityType.ORGANIZATION);
    if (only != null) {
      return Resolution.entity(only, null, 0.65, "description the " + lemma + " → the article's only organisation");
    }
    return Resolution.unnamed(List.of(), null, 0.6, "description the " + lemma + " → no organisation before it");
  }

  /** Whether the organisation's name or the words naming it hold {@code noun} ("the ministry": "Finance Ministry"). */
  private boolean holds(Antecedent a, String noun) {
    Entity e = index.entity(a.entityId());
    String words = (a.span().of(index.text()) + " " + (e == null ? "" : e.name())).toLowerCase(Locale.ROOT);
    return words.contains(noun);
  }

  /** An outlet named as whom something was told ("told Reuters"): a channel, not an actor to refer back to. */
  private boolean channel(Antecedent a) {
    Token h = index.head(a.sentence(), a.head());
    return h != null && CHANNEL_VERBS.contains(ArticleIndex.lemma(h))
        && (ArticleIndex.is(a.head(), "obj") || ArticleIndex.is(a.head(), "iobj") || ArticleIndex.is(a.head(), "obl"));
  }

  /** "a BAT spokeswoman", "its spokesman", "a spokesman for the ministry": the side they speak for. */
  private Optional<Resolution> spokesperson(Sentence s, Token head, List<Speaker> earlier, int step) {
    for (Token c : index.children(s, head)) {
      String rel = c.deprel();
      boolean poss = rel.equals("nmod:poss");
      boolean forWhom = rel.startsWith("nmod") && !poss && Set.of("for", "of", "at").contains(caseOf(s, c));
      if (!poss && !forWhom && !rel.equals("compound")) {
        continue;
      }
      Optional<Resolution> r = entityAt(s, c, earlier, step);
      if (r.isPresent() && r.get().named() && actor(r.get().entityId())) {
        return Optional.of(r.get().via("spokesperson " + head.word() + " → speaks for", 0.95));
      }
    }
    return Optional.empty();
  }

  private boolean actor(String id) {
    Entity e = index.entity(id);
    return e != null && (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.COUNTRY
        || e.type() == EntityType.GROUP);
  }

  /** "the statement", "the report": whoever issued it, found through the parse of where it was introduced. */
  private Resolution document(Sentence s, Token head, String lemma, List<Speaker> earlier, int step) {
    Token issuer = issuerOf(s, head);
    boolean unknownIssuer = issuerNamed(s, head); // an issuer named, but not one the entities know
    for (int i = s.index(); issuer == null && i >= Math.max(0, s.index() - WINDOW); i--) {
      Sentence si = index.sentences().get(i);
      List<Token> tokens = si.tokens();
      for (int k = tokens.size() - 1; k >= 0 && issuer == null; k--) {
        Token t = tokens.get(k);
        boolean before = i < s.index() || t.index() < head.index();
        if (before && ArticleIndex.lemma(t).equals(lemma) && !index.quoted(t.span())) {
          Token found = issuerOf(si, t);
          if (found != null) {
            issuer = found;
          }
          unknownIssuer |= issuerNamed(si, t);
        }
      }
    }
    String what = "description the " + lemma;
    if (issuer != null) {
      Optional<Resolution> r = entityAt(index.sentenceAt(issuer.span().begin()), issuer, earlier, step);
      if (r.isPresent()) {
        return r.get().via(what + " → issued by " + issuer.word(), 0.9);
      }
    }
    if (SAID.contains(lemma)) {
      for (int i = earlier.size() - 1; i >= 0; i--) {
        Speaker sp = earlier.get(i);
        if (sp.sentence() <= s.index() && s.index() - sp.sentence() <= 2 && sp.entityId() != null) {
          return Resolution.entity(sp.entityId(), null, 0.6, what + " → the source of the claim before it");
        }
      }
    }
    String only = issuer != null || unknownIssuer ? null
        : coref.onlyEntity(head.span().begin(), e -> e.type() == EntityType.ORGANIZATION);
    if (only != null) { // "Porsche said … the report said": the one organisation the article names
      return Resolution.entity(only, null, 0.6, what + " → the article's only organisation");
    }
    return Resolution.unnamed(List.of(), null, 0.6, what + " → its issuer is not named");
  }

  /** The token naming who issued the document {@code doc}, or null. */
  private Token issuerOf(Sentence s, Token doc) {
    for (Token c : index.children(s, doc)) {
      String rel = c.deprel();
      if (rel.equals("nmod:poss") || rel.equals("compound") && index.mentionOver(c.span()) != null
          || rel.startsWith("nmod") && Lexicon.ISSUER_CASES.contains(caseOf(s, c))
          && (index.mentionOver(c.span()) != null || c.pos().startsWith("PRP"))) {
        return c;
      }
      Mention below = rel.startsWith("nmod") && Lexicon.ISSUER_CASES.contains(caseOf(s, c))
          ? referents.namedAt(s, c) : null;
      if (below != null) { // "a study by analysts Jupiter Research": the name on the noun
        return tokenAt(s, below.span());
      }
      if (rel.startsWith("acl")) {
        Token agent = agentOf(s, c);
        if (agent != null) {
          return agent;
        }
      }
    }
    Token verb = index.head(s, doc);
    if (verb == null || !verb.isVerb()) {
      return null;
    }
    String v = ArticleIndex.lemma(verb);
    String rel = doc.deprel();
    if (rel.equals("obj") && Lexicon.ISSUING_VERBS.contains(v)
        || rel.startsWith("obl") && Set.of("in", "through", "via").contains(caseOf(s, doc))
        && Lexicon.SPEAKING.contains(v)) {
      return index.child(s, verb, "nsubj");
    }
    if (rel.equals("nsubj:pass") && Lexicon.ISSUING_VERBS.contains(v)) {
      return agentOf(s, verb);
    }
    return null;
  }

  /** Whether words on the document name an issuer the entities do not know ("the report by Nielsen/NetRatings"). */
  private boolean issuerNamed(Sentence s, Token doc) {
    for (Token c : index.children(s, doc)) {
      if (c.deprel().equals("nmod:poss") || c.deprel().startsWith("nmod") && Lexicon.ISSUER_CASES.contains(caseOf(s, c))
          || ArticleIndex.is(c, "compound") && c.pos().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** The last token of {@code span} in {@code s}. */
  private Token tokenAt(Sentence s, Span span) {
    Token last = null;
    for (Token t : index.tokensIn(s, span)) {
      last = t;
    }
    return last;
  }

  private Token agentOf(Sentence s, Token verb) {
    for (Token c : index.children(s, verb)) {
      if (c.deprel().equals("obl:agent") || c.deprel().startsWith("obl") && caseOf(s, c).equals("by")) {
        return c;
      }
    }
    return null;
  }

  /** The entity at a token: the mention over it, else what it refers back to. */
  private Optional<Resolution> entityAt(Sentence s, Token t, List<Speaker> earlier, int step) {
    Mention m = index.mentionOver(t.span());
    if (m != null) {
      return Optional.of(Resolution.entity(m.entityId(), m.span(), 0.9, t.word()));
    }
    return s == null ? Optional.empty() : coref.resolve(s, t, t.span(), earlier, step + 1);
  }

  private String caseOf(Sentence s, Token t) {
    Token c = index.child(s, t, "case");
    return c == null ? "" : ArticleIndex.lower(c);
  }
}
