package org.newsgraph.extract.coref;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.extract.coref.Antecedent.Kind;
import org.newsgraph.extract.coref.Antecedent.Role;

/**
 * Within-document coreference for the words that fill a claim's source or an event's actor: pronouns ("he", "it",
 * "they", "we", "who"), descriptions ("the company", "the ministry", "the 71-year-old", "the statement", "the
 * Friends actor") and partitives ("both sides", "all of them"). Only what is asked is resolved, with rules over the
 * parse and the article's entity mentions: the nearest compatible antecedent, subjects first, in agreement of
 * person, number and gender (gender from titles and first names); organisations and countries for "it" and "the
 * company"; plural groups for "they"; the speaker of a quotation for "I" and "we"; appositions and titles for
 * descriptions of people; a document's issuer for "the statement". What cannot be resolved is an honest unnamed
 * result, never the pronoun itself.
 *
 * <pre>{@code
 * Coreference coref = Coreference.of(article);
 * Optional<Resolution> r = coref.resolve(sourceSpan);   // empty: a name or a phrase that does not refer back
 * }</pre>
 */
public final class Coreference {
  /** How many sentences back an antecedent may stand, by what refers to it. */
  private static final int PERSON_WINDOW = 5;
  /** How far back a person subject outside quotation marks is still sought when nothing nearer fits. */
  private static final int LONG_PERSON_WINDOW = 12;
  private static final int THING_WINDOW = 4;
  private static final int PLURAL_WINDOW = 3;
  private static final int DESCRIPTION_WINDOW = 8;
  private static final int FOCUS_WINDOW = 3;
  /** How deep one resolution may lean on another ("who" → "he" → "Putin"). */
  private static final int MAX_STEPS = 3;

  private final ArticleIndex index;
  /** Built on first use: a source that is a name needs neither. */
  private Salience salience;
  private Descriptions descriptions;
  /** The resolutions of subject pronouns, each computed once: a later pronoun may stand on an earlier one. */
  private final Map<Span, Resolution> pronouns = new HashMap<>();

  private Coreference(AnalyzedArticle article) {
    this.index = new ArticleIndex(article);
  }

  Salience salience() {
    if (salience == null) {
      salience = new Salience(index);
    }
    return salience;
  }

  private Descriptions descriptions() {
    if (descriptions == null) {
      descriptions = new Descriptions(this, index);
    }
    return descriptions;
  }

  /** The country the article is about (named twice as often as any other, as "the government" takes it), or null. */
  public String articleCountry() {
    return descriptions().frameCountry();
  }

  /** The resolver of one article (its sentences with their parse, its mentions and entities). */
  public static Coreference of(AnalyzedArticle article) {
    return new Coreference(article);
  }

  /** An earlier claim: who made it (entity or null), its sentence, whether it had a source ("the reports that …"). */
  public record Speaker(String entityId, int sentence, boolean sourced) {
    /** A claim whose source words were given (an entity, or null when they resolved to none). */
    public Speaker(String entityId, int sentence) {
      this(entityId, sentence, true);
    }
  }

  /**
   * What the words at {@code mention} refer to, when they are a pronoun, a description or a partitive; empty when
   * they are a name or a phrase that stands on its own ("analysts", "Western officials").
   */
  public Optional<Resolution> resolve(Span mention) {
    return resolve(mention, List.of());
  }

  /**
   * As {@link #resolve(Span)}, knowing the claims made before it, in text order: a statement with no issuer in the
   * text belongs to the source of the claim just before it.
   */
  public Optional<Resolution> resolve(Span mention, List<Speaker> earlier) {
    Sentence s = index.sentenceAt(mention.begin());
    if (s == null) {
      return Optional.empty();
    }
    Token head = index.headOf(s, mention);
    return head == null ? Optional.empty() : resolve(s, head, mention, earlier, 0);
  }

  /**
   * Whether words shown as a source are a pronoun or a partitive that names no one on its own ("he", "they",
   * "who", "both sides", "all of them"): such words are never shown as a source; "unnamed source" is.
   */
  public static boolean namesNoOne(String words) {
    String w = words.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (w.isEmpty()) {
      return false;
    }
    String[] parts = w.split(" ");
    String first = parts[0];
    boolean pronoun = Lexicon.MALE_PRONOUNS.contains(first) || Lexicon.FEMALE_PRONOUNS.contains(first)
        || Lexicon.THING_PRONOUNS.contains(first) || Lexicon.PLURAL_PRONOUNS.contains(first)
        || Lexicon.FIRST_SINGULAR.contains(first) || Lexicon.FIRST_PLURAL.contains(first)
        || Lexicon.SECOND.contains(first) || Lexicon.RELATIVES.contains(first)
        || Lexicon.DEMONSTRATIVES.contains(first);
    if (parts.length == 1) {
      return pronoun || Lexicon.QUANTIFIERS.contains(first);
    }
    boolean ofPronoun = parts.length == 3 && parts[1].equals("of") && (Lexicon.PLURAL_PRONOUNS.contains(parts[2])
        || Lexicon.FIRST_PLURAL.contains(parts[2]) || parts[2].equals("those") || parts[2].equals("these"));
    boolean pair = parts.length <= 3 && (first.equals("both") || parts.length == 3 && first.equals("the")
        && (parts[1].equals("two") || parts[1].equals("three")))
        && Lexicon.PAIR_NOUNS.contains(parts[parts.length - 1]);
    return Lexicon.QUANTIFIERS.contains(first) && ofPronoun || pair
        || pronoun && parts.length == 2 && (parts[1].equals("all") || parts[1].equals("both")); // "we all"
  }

  /** Resolves the phrase headed by {@code head}; {@code step} counts how deep this call leans on others. */
  Optional<Resolution> resolve(Sentence s, Token head, Span span, List<Speaker> earlier, int step) {
    if (step > MAX_STEPS) {
      return Optional.empty();
    }
    String w = ArticleIndex.lower(head);
    List<Token> words = index.tokensIn(s, span).stream()
        .filter(t -> t.word().codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    if (words.size() <= 1 || head.pos().startsWith("PRP") || head.pos().startsWith("W")) {
      Optional<Resolution> p = pronoun(s, head, w, earlier, step);
      if (p.isPresent() || words.size() <= 1 && !head.pos().startsWith("NN")) {
        return p;
      }
    }
    if (words.size() > 1 && namesNoOne(span.of(index.text()))) {
      return Optional.of(partitive(s, head, earlier, step));
    }
    return descriptions().resolve(s, head, span, earlier, step);
  }

  private Optional<Resolution> pronoun(Sentence s, Token head, String w, List<Speaker> earlier, int step) {
    boolean personal = Lexicon.MALE_PRONOUNS.contains(w) || Lexicon.FEMALE_PRONOUNS.contains(w)
        || Lexicon.THING_PRONOUNS.contains(w) || Lexicon.PLURAL_PRONOUNS.contains(w);
    if (personal) {
      Resolution known = pronouns.get(head.span());
      if (known == null) {
        known = personal(s, head, w, earlier, step);
        pronouns.put(head.span(), known);
      }
      return Optional.of(known);
    }
    if (Lexicon.FIRST_SINGULAR.contains(w) || Lexicon.FIRST_PLURAL.contains(w)) {
      return Optional.of(Quotations.speaker(this, index, s, head, Lexicon.FIRST_PLURAL.contains(w), earlier, step));
    }
    if (Lexicon.SECOND.contains(w)) {
      return Optional.of(Resolution.unnamed(List.of(), null, 0.9, "pronoun you → the reader, no one named"));
    }
    if (Lexicon.RELATIVES.contains(w) && (head.pos().startsWith("W") || ArticleIndex.is(head, "nsubj"))) {
      Optional<Resolution> r = relative(s, head, earlier, step);
      if (r.isPresent()) {
        return r;
      }
    }
    if (Lexicon.DEMONSTRATIVES.contains(w) || Lexicon.RELATIVES.contains(w)) {
      return Optional.of(Resolution.unnamed(List.of(), null, 0.6, "pronoun " + w + " → no one named"));
    }
    if (Lexicon.QUANTIFIERS.contains(w)) {
      return Optional.of(partitive(s, head, earlier, step));
    }
    return Optional.empty();
  }

  private Resolution personal(Sentence s, Token head, String w, List<Speaker> earlier, int step) {
    if (Lexicon.MALE_PRONOUNS.contains(w)) {
      return person(s, head, Gender.MALE, w, earlier, step);
    }
    if (Lexicon.FEMALE_PRONOUNS.contains(w)) {
      return person(s, head, Gender.FEMALE, w, earlier, step);
    }
    return Lexicon.THING_PRONOUNS.contains(w) ? thing(s, head, w, earlier, step) : plural(s, head, w, earlier, step);
  }

  /**
   * "he", "she": the nearest person of that gender (or the same pronoun before, or a person named by office),
   * subjects first; for a claim's source, the speaker of the claim before when no one newer is named
   * ({@link #lastSpeaker}); else a person subject further back; else the article's only such person.
   */
  private Resolution person(Sentence s, Token pronoun, Gender gender, String word, List<Speaker> earlier,
      int step) {
    Predicate<Antecedent> fits = x -> x.gender().agreesWith(gender) && (x.kind() == Kind.PERSON
        || x.kind() == Kind.PERSON_NOUN || x.kind() == Kind.PRONOUN && x.gender() == gender && named(x));
    // a subject pronoun takes the subject of a recent sentence before anything nearer in another role: in news,
    // whoever speaks; a pronoun in another role takes the nearest that fits
    boolean subject = pronoun.deprel().equals("nsubj");
    Antecedent a = subject
        ? nearest(s, pronoun, PERSON_WINDOW, x -> x.role() == Role.SUBJECT && fits.test(x)) : null;
    if (a == null) {
      a = nearest(s, pronoun, PERSON_WINDOW, fits);
    }
    if (a == null) {
      a = nearest(s, pronoun, LONG_PERSON_WINDOW, x -> x.kind() == Kind.PERSON && !x.quoted()
          && x.role() == Role.SUBJECT && x.gender().agreesWith(gender));
    }
    String label = gender == Gender.MALE ? "male person" : "female person";
    // the claims before are known only when a claim's source is resolved (step 0): the chain of speakers
    Speaker last = subject && step == 0 ? lastSpeaker(s, pronoun, gender, earlier) : null;
    if (last != null && (a == null || a.kind() == Kind.PRONOUN
        || a.sentence().index() <= last.sentence() && !last.entityId().equals(a.entityId()))) {
      return Resolution.entity(last.entityId(), null, 0.85,
          "pronoun " + word + " → the speaker of the claim before it, " + (s.index() - last.sentence())
          + " sentence(s) back");
    }
    if (a != null) {
      return follow(s, a, "pronoun " + word, label, 0.9, earlier, step);
    }
    String only = onlyEntity(pronoun.span().begin(), e -> e.type() == EntityType.PERSON
        && salience().gender(e.id()).agreesWith(gender));
    if (only != null) {
      return Resolution.entity(only, null, 0.7, "pronoun " + word + " → the article's only such person");
    }
    return Resolution.unnamed(List.of(), null, 0.6, "pronoun " + word + " → no person before it");
  }

  /**
   * The source of the last claim before, when it is a person of the pronoun's gender within the person window:
   * "“…,” admitted the 28-year-old Morientes. He added: …" — a subject pronoun that speaks next is, in news, the one
   * who spoke last, even when the parse left that speaker out of the subjects (an inverted source after a quote).
   * It is taken over the nearest subject unless a person is named as a subject after that claim (then the pronoun
   * may mean the newcomer); an earlier pronoun in between is no such newcomer ("His main concern was …"). Claims
   * with no source in the text are passed over. Null when the last speaker is unknown, not a person, or of
   * another gender.
   */
  private Speaker lastSpeaker(Sentence s, Token pronoun, Gender gender, List<Speaker> earlier) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Speaker sp = earlier.get(i);
      if (sp.sentence() > s.index() || !sp.sourced()) {
        continue; // a claim with no source in the text ("the reports that …") does not break the chain
      }
      Entity e = sp.entityId() == null ? null : index.entity(sp.entityId());
      boolean fits = e != null && e.type() == EntityType.PERSON && s.index() - sp.sentence() <= PERSON_WINDOW
          && salience().gender(e.id()).agreesWith(gender);
      return fits ? sp : null;
    }
    return null;
  }

  /** Verbs whose "it" subject stands for a clause, not a thing ("it appears that", "it is expected that"). */
  private static final Set<String> EXPLETIVE_VERBS = Set.of("appear", "seem", "be", "remain",
      "emerge", "transpire", "look", "sound", "become", "follow", "matter", "help", "take");

  /** "it", "its": the nearest organisation, acting country or organisation noun; a noun is resolved in turn. */
  private Resolution thing(Sentence s, Token pronoun, String word, List<Speaker> earlier, int step) {
    if (expletive(s, pronoun)) {
      return Resolution.unnamed(List.of(), null, 0.8, "pronoun " + word + " → no one: it stands for a clause");
    }
    Predicate<Antecedent> fits = x -> x.role() != Role.PLACE && (x.kind() == Kind.ORGANISATION
        || x.kind() == Kind.COUNTRY || x.kind() == Kind.GROUP || x.kind() == Kind.NOUN
        || x.kind() == Kind.PRONOUN && Lexicon.THING_PRONOUNS.contains(ArticleIndex.lower(x.head())) && named(x));
    Antecedent a = pronoun.deprel().equals("nsubj")
        ? nearest(s, pronoun, THING_WINDOW, x -> x.role() == Role.SUBJECT && fits.test(x)) : null;
    if (a == null) {
      a = nearest(s, pronoun, THING_WINDOW, fits);
    }
    if (a != null) {
      return follow(s, a, "pronoun " + word, a.kind() == Kind.COUNTRY ? "country" : "organisation", 0.85, earlier,
          step);
    }
    String only = onlyEntity(pronoun.span().begin(), e -> e.type() == EntityType.ORGANIZATION);
    if (only != null) {
      return Resolution.entity(only, null, 0.65, "pronoun " + word + " → the article's only organisation");
    }
    return Resolution.unnamed(List.of(), null, 0.6, "pronoun " + word + " → no organisation before it");
  }

  /** "It appears that …", "it is expected that …", "it is not clear whether …": an "it" that refers to nothing. */
  private boolean expletive(Sentence s, Token pronoun) {
    Token verb = pronoun.deprel().startsWith("nsubj") ? index.head(s, pronoun) : null;
    if (verb == null) {
      return false;
    }
    boolean clause = false;
    for (Token c : index.children(s, verb)) {
      clause |= ArticleIndex.is(c, "ccomp") || ArticleIndex.is(c, "csubj") || ArticleIndex.is(c, "xcomp")
          && c.pos().startsWith("VB") || ArticleIndex.is(c, "advcl") && index.child(s, c, "mark") != null
          && Set.of("that", "whether", "if").contains(ArticleIndex.lower(index.child(s, c, "mark")));
    }
    boolean passive = pronoun.deprel().equals("nsubj:pass");
    boolean copula = index.child(s, verb, "cop") != null; // "it is clear that", "it is unlikely that"
    return clause && (passive || copula || EXPLETIVE_VERBS.contains(ArticleIndex.lemma(verb)));
  }

  /** "they", "them": the nearest plural noun, pair of entities, group or organisation. */
  private Resolution plural(Sentence s, Token pronoun, String word, List<Speaker> earlier, int step) {
    Antecedent a = nearest(s, pronoun, PLURAL_WINDOW, x -> x.kind() == Kind.PLURAL_NOUN || x.kind() == Kind.PAIR
        || x.kind() == Kind.GROUP || x.kind() == Kind.ORGANISATION
        || x.kind() == Kind.PRONOUN && Lexicon.PLURAL_PRONOUNS.contains(ArticleIndex.lower(x.head())) && named(x));
    if (a == null) {
      return Resolution.unnamed(List.of(), null, 0.6, "pronoun " + word + " → no group before it");
    }
    String label = a.kind() == Kind.PAIR ? "pair" : a.kind() == Kind.PLURAL_NOUN ? "plural noun" : "group";
    if (a.kind() == Kind.PLURAL_NOUN) {
      return Resolution.unnamed(List.of(), a.span(), distanceConfidence(s, a, 0.75),
          "pronoun " + word + " → " + describe(s, a, label) + ", an unnamed group");
    }
    return follow(s, a, "pronoun " + word, label, 0.75, earlier, step);
  }

  /** Whether an earlier pronoun resolved to an entity or a group: an unresolved one is passed over. */
  boolean named(Antecedent pronoun) {
    Resolution r = resolve(pronoun.sentence(), pronoun.head(), pronoun.head().span(), List.of(), 0).orElse(null);
    return r != null && (r.named() || !r.members().isEmpty() || r.antecedent() != null);
  }

  /**
   * The resolution an antecedent gives: its entity; for a pair, the unnamed group of its members; for an earlier
   * pronoun, that pronoun's resolution; for a noun, the noun resolved as a description.
   */
  private Resolution follow(Sentence s, Antecedent a, String what, String label, double base,
      List<Speaker> earlier, int step) {
    double confidence = distanceConfidence(s, a, base);
    if (a.kind() == Kind.PRONOUN) {
      Resolution r = resolve(a.sentence(), a.head(), a.head().span(), earlier, step).orElse(null);
      String same = what + " → the same as \"" + a.head().word() + "\" " + (s.index() == a.sentence().index()
          ? "before it" : (s.index() - a.sentence().index()) + " sentence(s) back");
      return r == null ? Resolution.unnamed(List.of(), null, 0.5, same)
          : new Resolution(r.entityId(), r.members(), r.antecedent(), r.confidence() * 0.97, same);
    }
    if (a.kind() == Kind.PERSON_NOUN || a.kind() == Kind.NOUN) {
      Optional<Resolution> r = resolve(a.sentence(), a.head(), a.span(), earlier, step + 1);
      return r.map(x -> x.via(what + " → " + describe(s, a, a.head().word()), 0.95))
          .orElse(Resolution.unnamed(List.of(), a.span(), 0.6, what + " → an unnamed " + a.head().word()));
    }
    if (a.kind() == Kind.PAIR) {
      return Resolution.unnamed(a.members(), a.span(), confidence, what + " → " + describe(s, a, label));
    }
    return Resolution.entity(a.entityId(), a.span(), confidence, what + " → " + describe(s, a, label));
  }

  /** "who", "which", "that" opening a relative clause: the noun the clause describes. */
  private Optional<Resolution> relative(Sentence s, Token rel, List<Speaker> earlier, int step) {
    Token verb = index.head(s, rel);
    Token noun = verb != null && verb.deprel().startsWith("acl") ? index.head(s, verb) : null;
    if (noun == null) { // a parse that hangs the clause elsewhere: the noun right before ", who"
      for (int i = rel.index() - 1; i >= 0 && noun == null; i--) {
        Token t = s.tokens().get(i);
        if (t.pos().startsWith("NN") || t.pos().startsWith("PRP")) {
          noun = t;
        } else if (t.word().codePoints().anyMatch(Character::isLetterOrDigit)) {
          break;
        }
      }
      while (noun != null && (ArticleIndex.is(noun, "flat") || ArticleIndex.is(noun, "compound"))
          && index.head(s, noun) != null && index.head(s, noun).index() > noun.index()) {
        noun = index.head(s, noun);
      }
    }
    if (noun == null) {
      return Optional.empty();
    }
    Mention m = index.mentionOver(noun.span());
    for (Token c : index.children(s, noun)) { // "the employers' organisation, the CBI, which …": the name
      if (m == null && ArticleIndex.is(c, "appos") && c.index() < rel.index()) {
        m = index.mentionOver(c.span());
      }
    }
    String w = ArticleIndex.lower(rel);
    if (m != null) {
      return Optional.of(Resolution.entity(m.entityId(), m.span(), 0.9, "relative " + w + " → " + noun.word()));
    }
    Span phrase = new Span(noun.span().begin(), noun.span().end());
    Optional<Resolution> r = resolve(s, noun, phrase, earlier, step + 1);
    // an unnamed antecedent keeps the words before its noun ("a senior Iranian official, who"): its country
    return Optional.of(r.map(x -> x.via("relative " + w, 0.95))
        .orElse(Resolution.unnamed(List.of(), index.withModifiers(s, noun), 0.8, "relative " + w + " → unnamed "
            + noun.word())));
  }

  /** "both sides", "the two countries", "all of them": the last entities named together, as an unnamed group. */
  Resolution partitive(Sentence s, Token head, List<Speaker> earlier, int step) {
    Antecedent a = nearest(s, head, PLURAL_WINDOW, x -> x.kind() == Kind.PAIR);
    if (a != null) {
      return Resolution.unnamed(a.members(), a.span(), distanceConfidence(s, a, 0.75),
          "partitive " + head.word() + " → " + describe(s, a, "pair"));
    }
    for (Token c : index.children(s, head)) {
      if (c.pos().startsWith("PRP") && Lexicon.PLURAL_PRONOUNS.contains(ArticleIndex.lower(c))) {
        // "all of them": part of whom "them" is, never one entity
        Resolution r = plural(s, c, ArticleIndex.lower(c), earlier, step);
        return Resolution.unnamed(r.entityId() != null ? List.of(r.entityId()) : r.members(), r.antecedent(),
            r.confidence() * 0.9, "partitive " + head.word() + " of " + r.reason());
      }
    }
    return Resolution.unnamed(List.of(), null, 0.6, "partitive " + head.word() + " → no group before it");
  }

  /**
   * The first antecedent a pronoun tries (see {@link Salience}) that {@code fits}: in the pronoun's sentence left
   * of it, then up to {@code window} sentences back; unquoted ones first unless the pronoun is quoted itself.
   */
  Antecedent nearest(Sentence s, Token pronoun, int window, Predicate<Antecedent> fits) {
    return nearest(s, pronoun, window, fits, true);
  }

  /**
   * As above; {@code bound}: whether a subject cannot take a name inside its own clause, as a pronoun cannot ("Of
   * Hepburn, she said"; "“…Kidman…,” she said"), while a description may ("…Gervais' sitcom, the comedian said").
   */
  Antecedent nearest(Sentence s, Token pronoun, int window, Predicate<Antecedent> fits, boolean bound) {
    boolean quotedPronoun = index.quoted(pronoun.span());
    Token governor = bound && pronoun.deprel().startsWith("nsubj") ? index.head(s, pronoun) : null;
    // "China is the main supplier …, it said": the parser hangs the speaking verb under what was said
    boolean inverted = governor != null && (governor.deprel().equals("parataxis") || governor.deprel().equals("dep"))
        && Lexicon.SPEAKING.contains(ArticleIndex.lemma(governor));
    for (int pass = 0; pass < 2; pass++) {
      for (int i = s.index(); i >= Math.max(0, s.index() - window); i--) {
        for (Antecedent a : salience().in(i)) {
          boolean before = i < s.index() || a.span().end() <= pronoun.span().begin();
          boolean allowed = pass == 1 || !a.quoted() || quotedPronoun;
          boolean inClause = i == s.index() && governor != null
              && (inverted || index.dominates(s, governor, a.head()) && !fronted(s, governor, a.head(), pronoun));
          if (before && allowed && !inClause && fits.test(a) && !a.span().contains(pronoun.span())) {
            return a;
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code t} stands in an adverbial clause opened by a conjunction before the pronoun ("After agents raided
   * HealthSouth's offices, it said"): the pronoun does not command it (what it said is no such clause).
   */
  private boolean fronted(Sentence s, Token governor, Token t, Token pronoun) {
    for (Token x = t; x != null && x.index() != governor.index(); x = index.head(s, x)) {
      if (ArticleIndex.is(x, "advcl") && x.index() < pronoun.index() && index.child(s, x, "mark") != null) {
        return true;
      }
    }
    return false;
  }

  /** The one entity of the article mentioned before {@code before} that {@code fits}, or null when not one. */
  String onlyEntity(int before, Predicate<Entity> fits) {
    String found = null;
    for (Mention m : index.mentions()) {
      Entity e = index.entity(m.entityId());
      if (e == null || !fits.test(e)) {
        continue;
      }
      if (found != null && !found.equals(e.id())) {
        return null;
      }
      if (m.span().begin() < before) {
        found = e.id();
      }
    }
    return found;
  }

  /** "last male person subject (1 sentence back)". */
  static String describe(Sentence s, Antecedent a, String what) {
    int back = s.index() - a.sentence().index();
    String role = switch (a.role()) {
      case SUBJECT -> " subject";
      case OBJECT -> " object";
      case POSSESSOR -> " possessor";
      default -> "";
    };
    return "last " + what + role + (back == 0 ? " in the sentence" : " (" + back + " sentence" + (back > 1 ? "s" : "")
        + " back)") + (a.quoted() ? ", quoted" : "");
  }

  /** A base confidence lowered by distance, by a role other than subject and by quotation marks. */
  static double distanceConfidence(Sentence s, Antecedent a, double base) {
    int back = s.index() - a.sentence().index();
    double c = base - 0.04 * back - (a.role() == Role.SUBJECT ? 0 : 0.08) - (a.quoted() ? 0.1 : 0);
    return Math.max(0.3, Math.min(0.95, c));
  }
}
