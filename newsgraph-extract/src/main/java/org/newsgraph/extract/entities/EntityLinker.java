package org.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Slugs;
import org.newsgraph.core.Span;
import org.newsgraph.core.SpanIndex;
import org.newsgraph.core.Token;
import org.newsgraph.core.Work;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.extract.gazetteer.GazetteerEntry;
import org.newsgraph.extract.gazetteer.NameHit;
import org.newsgraph.extract.gazetteer.NameKind;

/**
 * Finds the entities an article names and links each mention to a canonical id. Gazetteer names come first
 * (countries, their capitals, seats of power and demonyms, organisations, regions), then CoreNLP's person,
 * organisation and location spans that the gazetteer does not know. A capital is its country when it acts
 * ({@link Metonymy}); "South Korea's spy agency" is the organisation the gazetteer describes that way.
 */
final class EntityLinker {
  private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers", "they", "them",
      "their", "it", "its", "we", "us", "our", "i", "me", "my", "you", "your", "who", "whom");
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "the north", "the south",
      "the east", "the west");
  private static final int MAX_DESCRIPTOR_WORDS = 4;
  /**
   * Titles of rank and address that only a person bears: a name the tagger calls a place or an organisation that
   * opens with one ("Lord Strathclyde", "Lord Justice Rix") is a person.
   */
  private static final Set<String> PERSON_TITLES = Set.of("Lord", "Lady", "Baroness", "Baron", "Sir", "Dame",
      "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss");
  /** Words after a title that make the name a body's or a place's ("Lord Chancellor's Department"). */
  private static final Set<String> BODY_NOUNS = Set.of("Department", "Office", "Council", "Court", "Company",
      "Trust", "Foundation", "Group", "College", "School", "University", "Hospital", "Centre", "Center", "Hall",
      "Road", "Street", "Square", "House", "Ltd", "Inc", "plc", "Partners");
  /** Words that make a name before them part of a longer place's name ("Nassau County", "the Jordan River"). */
  private static final Set<String> PLACE_NOUNS = Set.of("County", "Province", "Prefecture", "Parish", "District",
      "Township", "Borough", "River", "Valley", "Lake", "Bay", "Gulf", "Strait", "Sea", "Mountains", "Mountain",
      "Island", "Islands", "Peninsula", "Street", "Avenue", "Road", "Boulevard", "Square", "Park", "Bridge",
      "Airport", "Harbor", "Harbour", "Beach", "Heights", "Plaza");
  /**
   * Words that make a place name before them part of a newspaper's or broadcaster's name ("USA TODAY", "China Daily",
   * "The Korea Herald", "Kuwait Times"): the outlet, not the country.
   */
  private static final Set<String> MEDIA_NOUNS = Set.of("Today", "TODAY", "Times", "Post", "Herald", "Tribune",
      "Daily", "Observer", "Gazette", "Telegraph", "Chronicle");

  /** Two or more capitals each followed by a dot ("U.S.", "U.K."), not inside a longer word. */
  private static final java.util.regex.Pattern DOTTED_INITIALS =
      java.util.regex.Pattern.compile("(?<![\\p{L}.])(\\p{Lu}\\.){2,}(?!\\p{L})");

  private final Gazetteer gazetteer;

  EntityLinker(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The linked entities and mentions of {@code a}, mentions in text order. */
  Result link(AnalyzedArticle a) {
    String text = a.text();
    List<Candidate> found = new ArrayList<>();
    List<NerSpan> ner = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      ner.addAll(NerSpan.of(s, text));
    }
    PersonNames persons = new PersonNames(ner.stream().filter(n -> n.tag().equals("PERSON"))
        .map(NerSpan::surface).toList());
    Map<String, Integer> countryWeight = new HashMap<>();
    SpanIndex<NerSpan> nerIndex = SpanIndex.of(ner, NerSpan::span);
    for (Sentence s : a.sentences()) {
      Work.step(); // stops here when the stage's time is up
      List<Candidate> inSentence = gazetteerMatches(s, text, nerIndex);
      for (Candidate c : inSentence) {
        if (c.entityId().startsWith("country:")) {
          countryWeight.merge(c.entityId().substring(8), 1, Integer::sum);
        }
      }
      found.addAll(inSentence);
    }
    Placed placed = new Placed(found);
    for (NerSpan n : ner) {
      if (placed.overlaps(n.span()) || isPronoun(n.surface())
          || !Character.isUpperCase(n.surface().codePointAt(0)) // the tagger's "turkey", "ebola": not names
          || n.tag().equals("LOCATION") && COMPASS.contains(n.surface().toLowerCase(Locale.ROOT))) {
        continue; // "the nuclear-armed North": a direction standing for a country the gazetteer cannot know
      }
      Span outlet = n.tag().equals("LOCATION") ? outletName(text, n.span()) : null;
      if (outlet != null) { // "a USA TODAY analysis": the newspaper, which the tagger reads as a place and a word
        String name = outlet.of(text);
        if (!placed.overlaps(outlet)) {
          placed.add(new Candidate(outlet, "org:" + Slugs.of(name), Mention.Role.NAME, name));
        }
        continue;
      }
      String id = switch (titledPerson(n.surface()) ? "PERSON" : n.tag()) {
        case "PERSON" -> persons.id(n.surface());
        case "ORGANIZATION" -> "org:" + nameSlug(n.surface());
        case "LOCATION" -> "place:" + nameSlug(n.surface());
        default -> null; // MISC: nationalities and events; the gazetteer covers the first
      };
      if (id != null) {
        placed.add(new Candidate(n.span(), id, Mention.Role.NAME, n.surface()));
      }
    }
    found.sort((x, y) -> x.span().compareTo(y.span()));
    found = Acronyms.link(found, text, id -> gazetteer.byId(id).isPresent());
    found = OrganisationNames.link(found, id -> gazetteer.byId(id).isPresent());
    return assemble(found, persons, PersonCountries.of(a.sentences(), found));
  }

  /**
   * The candidates found so far, by where they begin: whether a span overlaps one of them is a look at the few that
   * begin within the longest candidate's length before it, not a pass over all of them (linear work per document).
   */
  private static final class Placed {
    private final List<Candidate> all;
    private final TreeMap<Integer, List<Span>> byBegin = new TreeMap<>();
    private int longest;

    Placed(List<Candidate> found) {
      all = found;
      found.forEach(c -> place(c.span()));
    }

    void add(Candidate c) {
      all.add(c);
      place(c.span());
    }

    private void place(Span s) {
      byBegin.computeIfAbsent(s.begin(), k -> new ArrayList<>()).add(s);
      longest = Math.max(longest, s.length());
    }

    boolean overlaps(Span s) {
      for (List<Span> at : byBegin.subMap(s.begin() - longest, true, s.end(), true).values()) {
        for (Span c : at) {
          if (c.overlaps(s)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** The linked result: entities (each once) and mentions. */
  record Result(List<Entity> entities, List<Mention> mentions) {}

  private List<Candidate> gazetteerMatches(Sentence s, String text, SpanIndex<NerSpan> ner) {
    List<Candidate> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    int maxWords = Math.max(1, gazetteer.maxNameWords());
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      for (int n = Math.min(maxWords + 2, tokens.size() - i); n >= 1 && matched == 0; n--) {
        Span span = new Span(tokens.get(i).span().begin(), tokens.get(i + n - 1).span().end());
        String surface = span.of(text).replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ");
        if (!Character.isUpperCase(surface.codePointAt(0)) || tokens.get(i).word().equalsIgnoreCase("the")) {
          continue; // "turkey", "chad", "us": names here are capitalised; "the" stays outside the mention
        }
        List<NameHit> hits = gazetteer.lookup(surface);
        if (hits.isEmpty() || insideLongerPersonOrOrg(span, ner) || beforePlaceNoun(tokens, i + n)) {
          continue;
        }
        Optional<Candidate> c = decide(s, i, i + n, span, surface, hits, out);
        if (c.isPresent()) {
          out.add(c.get());
          describedOrganisation(s, text, i + n, c.get()).ifPresent(out::add);
          matched = n;
        }
      }
      if (matched == 0) {
        out.addAll(hyphenParts(tokens.get(i), text));
      }
      i += Math.max(1, matched);
    }
    return out;
  }

  /** "India-Oman", "India-GCC": names joined by hyphens inside one token. */
  private List<Candidate> hyphenParts(Token t, String text) {
    List<Candidate> out = new ArrayList<>();
    String w = t.word();
    if (w.indexOf('-') <= 0) {
      return out;
    }
    int offset = 0;
    for (String part : w.split("-")) {
      if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
        for (NameHit h : gazetteer.lookup(part)) {
          if (h.kind() != NameKind.CAPITAL && h.entry().type() == EntityType.COUNTRY
              || h.entry().type() == EntityType.ORGANIZATION) {
            Span sp = new Span(t.span().begin() + offset, t.span().begin() + offset + part.length());
            out.add(new Candidate(sp, h.entry().id(), role(h.kind()), part));
            break;
          }
        }
      }
      offset += part.length() + 1;
    }
    return out;
  }

  /** A place name and the media noun right after it ("USA TODAY", "Kuwait Times") as one span, else null. */
  private static Span outletName(String text, Span place) {
    int b = place.end();
    if (b >= text.length() || text.charAt(b) != ' ') {
      return null;
    }
    int e = b + 1;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return MEDIA_NOUNS.contains(text.substring(b + 1, e)) ? new Span(place.begin(), e) : null;
  }

  /** The name ends right before a capitalised place or media noun, so it is part of a longer name. */
  private static boolean beforePlaceNoun(List<Token> tokens, int next) {
    return next < tokens.size() && (PLACE_NOUNS.contains(tokens.get(next).word())
        || MEDIA_NOUNS.contains(tokens.get(next).word()));
  }

  /** A name inside a longer person or organisation name is part of that name ("Jordan" in "Michael Jordan"). */
  private static boolean insideLongerPersonOrOrg(Span span, SpanIndex<NerSpan> ner) {
    for (NerSpan n : ner.containing(span)) {
      boolean longer = n.span().contains(span) && n.span().length() > span.length();
      if (longer && (n.tag().equals("PERSON") || n.tag().equals("ORGANIZATION"))) {
        return true;
      }
    }
    return false;
  }

  private Optional<Candidate> decide(Sentence s, int from, int to, Span span, String surface, List<NameHit> hits,
      List<Candidate> before) {
    Optional<NameHit> seat = first(hits, NameKind.SEAT, null);
    if (seat.isPresent()) {
      return Optional.of(new Candidate(span, seat.get().entry().id(), Mention.Role.METONYM, surface));
    }
    Optional<NameHit> capital = first(hits, NameKind.CAPITAL, null);
    if (capital.isPresent()) {
      if (Metonymy.actsAsGovernment(s, Metonymy.headOf(s, from, to))) {
        return Optional.of(new Candidate(span, capital.get().entry().id(), Mention.Role.METONYM, surface));
      }
      Optional<NameHit> city = hits.stream().filter(h -> h.entry().type() != EntityType.COUNTRY).findFirst();
      if (city.isPresent()) {
        return Optional.of(new Candidate(span, city.get().entry().id(), Mention.Role.NAME, surface));
      }
    }
    for (NameKind k : List.of(NameKind.NAME, NameKind.ALIAS, NameKind.DEMONYM)) {
      Optional<NameHit> country = first(hits, k, EntityType.COUNTRY);
      if (country.isPresent()) {
        return Optional.of(new Candidate(span, country.get().entry().id(), role(k), surface));
      }
    }
    List<NameHit> orgs = hits.stream().filter(h -> h.entry().type() == EntityType.ORGANIZATION).toList();
    if (!orgs.isEmpty()) {
      NameHit best = orgs.get(0);
      // The same name for several countries' bodies ("Joint Chiefs of Staff"): take the country in context.
      for (NameHit h : orgs) {
        String c = h.entry().country();
        if (c != null && before.stream().anyMatch(b -> b.entityId().equals("country:" + c))) {
          best = h;
          break;
        }
      }
      return Optional.of(new Candidate(span, best.entry().id(), Mention.Role.NAME, surface));
    }
    return hits.stream().findFirst().map(h -> new Candidate(span, h.entry().id(), role(h.kind()), surface));
  }

  /** "South Korea's spy agency", "the South Korean intelligence service": the organisation so described. */
  private Optional<Candidate> describedOrganisation(Sentence s, String text, int next, Candidate country) {
    if (!country.entityId().startsWith("country:")) {
      return Optional.empty();
    }
    List<Token> t = s.tokens();
    int i = next;
    if (i < t.size() && t.get(i).pos().equals("POS")) {
      i++;
    } else if (country.role() != Mention.Role.DEMONYM) {
      return Optional.empty();
    }
    String iso3 = country.entityId().substring("country:".length());
    for (int n = Math.min(MAX_DESCRIPTOR_WORDS, t.size() - i); n >= 1; n--) {
      StringBuilder d = new StringBuilder();
      for (int k = i; k < i + n; k++) {
        d.append(k > i ? " " : "").append(t.get(k).word().toLowerCase(Locale.ROOT));
      }
      Optional<GazetteerEntry> org = gazetteer.orgByDescriptor(iso3, d.toString());
      if (org.isPresent()) {
        Span span = new Span(country.span().begin(), t.get(i + n - 1).span().end());
        return Optional.of(new Candidate(span, org.get().id(), Mention.Role.DESCRIPTION, span.of(text)));
      }
    }
    return Optional.empty();
  }

  private static Optional<NameHit> first(List<NameHit> hits, NameKind kind, EntityType type) {
    return hits.stream().filter(h -> h.kind() == kind && (type == null || h.entry().type() == type)).findFirst();
  }

  private static Mention.Role role(NameKind k) {
    return switch (k) {
      case DEMONYM -> Mention.Role.DEMONYM;
      case CAPITAL, SEAT -> Mention.Role.METONYM;
      default -> Mention.Role.NAME;
    };
  }

  /** Whether a name opens with a title only a person bears and names no body or place after it. */
  static boolean titledPerson(String surface) {
    String[] w = surface.strip().split("\\s+");
    if (w.length < 2 || !PERSON_TITLES.contains(w[0]) || surface.contains("'")) {
      return false;
    }
    for (int i = 1; i < w.length; i++) {
      if (!Character.isUpperCase(w[i].codePointAt(0)) || BODY_NOUNS.contains(w[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The slug of a name with its dotted initials written as one word: "U.S. Agriculture Department" and "US
   * Agriculture Department" are one body, {@code us-agriculture-department}, not {@code u-s-...}.
   */
  static String nameSlug(String surface) {
    return Slugs.of(DOTTED_INITIALS.matcher(surface).replaceAll(m -> m.group().replace(".", "")));
  }

  private static boolean isPronoun(String s) {
    return PRONOUNS.contains(s.toLowerCase(Locale.ROOT));
  }

  private Result assemble(List<Candidate> found, PersonNames persons, Map<String, String> personCountries) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    Map<String, List<String>> surfaces = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    for (Candidate c : found) {
      mentions.add(new Mention(c.span(), c.entityId(), c.role()));
      surfaces.computeIfAbsent(c.entityId(), k -> new ArrayList<>()).add(c.surface());
    }
    for (Map.Entry<String, List<String>> e : surfaces.entrySet()) {
      String id = e.getKey();
      Optional<GazetteerEntry> g = gazetteer.byId(id);
      if (g.isPresent()) {
        entities.put(id, g.get().toEntity());
      } else {
        entities.put(id, fromText(id, e.getValue(), persons, personCountries.get(id)));
      }
    }
    return new Result(List.copyOf(entities.values()), mentions);
  }

  private static Entity fromText(String id, List<String> surfaces, PersonNames persons, String country) {
    EntityType type = id.startsWith("person:") ? EntityType.PERSON
        : id.startsWith("org:") ? EntityType.ORGANIZATION : EntityType.PLACE;
    String name = type == EntityType.PERSON ? persons.fullName(surfaces.get(0))
        : surfaces.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElse(surfaces.get(0));
    List<String> aliases = surfaces.stream().distinct().filter(s -> !s.equals(name)).toList();
    return new Entity(id, type, name, aliases, country);
  }
}
