package org.newsgraph.extract.entities;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.SpanIndex;
import org.newsgraph.core.Token;

/**
 * The country a person is described with in the article: "Indian Prime Minister Narendra Modi", "Ukraine's
 * President Volodymyr Zelensky", "Piyush Goyal, India's commerce minister", "Kim Jong Un of North Korea". The
 * country must sit in the person's own noun phrase (the dependency subtree of the name, through modifiers,
 * possessives and an apposition), never in a clause about the person ("Modi, who visited Oman") nor behind a
 * preposition of destination ("ambassador to China"). When mentions disagree, the most frequent country wins, the
 * first on a tie.
 */
final class PersonCountries {
  /** Relations that stay inside a noun phrase and can carry its description. */
  private static final Set<String> PHRASE = Set.of("compound", "amod", "nmod:poss", "appos", "flat", "nmod",
      "case", "det", "nmod:of", "nmod:from");
  private static final Set<String> COUNTRY_CASES = Set.of("of", "from");
  private static final int MAX_DEPTH = 3;
  private static final int MAX_TITLE_WORDS = 6;
  private static final Set<String> TITLE_WORDS = Set.of("president", "minister", "secretary", "ambassador",
      "leader", "king", "queen", "prince", "sultan", "emir", "chancellor", "premier", "envoy", "spokesman",
      "spokeswoman", "chief", "general", "commander", "foreign", "defence", "defense", "prime", "deputy", "vice",
      "former", "senior", "top", "opposition");

  private PersonCountries() {}

  /** Person entity id → ISO code, for the persons whose phrase names a country. */
  static Map<String, String> of(List<Sentence> sentences, List<Candidate> found) {
    Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
    SpanIndex<Candidate> placed = SpanIndex.of(found, Candidate::span);
    for (Sentence s : sentences) {
      List<Candidate> inSentence = placed.within(s.span());
      for (Candidate person : inSentence) {
        if (!person.entityId().startsWith("person:")) {
          continue;
        }
        Token head = headOf(s, person.span());
        if (head == null) {
          continue;
        }
        Set<Integer> phrase = phrase(s, head, person.span(), inSentence);
        Candidate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Candidate c : inSentence) {
          if (!c.entityId().startsWith("country:") || c.span().overlaps(person.span())) {
            continue;
          }
          boolean inPhrase = s.tokens().stream().anyMatch(t -> phrase.contains(t.index())
              && t.span().overlaps(c.span()));
          int distance = c.span().end() <= person.span().begin() ? person.span().begin() - c.span().end()
              : c.span().begin() - person.span().end();
          if (inPhrase && distance < bestDistance) {
            best = c;
            bestDistance = distance;
          }
        }
        if (best == null) {
          best = titledAfterCountry(s, person.span(), inSentence);
        }
        if (best != null) {
          votes.computeIfAbsent(person.entityId(), k -> new LinkedHashMap<>())
              .merge(best.entityId().substring("country:".length()), 1, Integer::sum);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    votes.forEach((person, counts) -> {
      String winner = null;
      int most = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() > most) {
          winner = e.getKey();
          most = e.getValue();
        }
      }
      out.put(person, winner);
    });
    return out;
  }

  /**
   * The same read off the words when the parse fails (it often does on a curly "’s"): a run of title words right
   * before the name, itself right after a country ("India’s Commerce and Industry Minister Piyush Goyal").
   */
  private static Candidate titledAfterCountry(Sentence s, Span name, List<Candidate> names) {
    List<Token> t = s.tokens();
    int i = -1;
    for (Token x : t) {
      if (x.span().begin() >= name.begin()) {
        i = x.index() - 1;
        break;
      }
    }
    int titles = 0;
    while (i >= 0 && titles < MAX_TITLE_WORDS && isTitleWord(t.get(i), names)) {
      i--;
      titles++;
    }
    if (titles == 0 || i < 0) {
      return null;
    }
    if (t.get(i).pos().equals("POS") && i > 0) {
      i--;
    }
    Token before = t.get(i);
    return names.stream().filter(c -> c.entityId().startsWith("country:") && c.span().overlaps(before.span()))
        .findFirst().orElse(null);
  }

  private static boolean isTitleWord(Token x, List<Candidate> names) {
    String w = x.word();
    boolean capitalised = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && x.pos().startsWith("NNP");
    boolean joiner = w.equals("and") || w.equals("of") || w.equals("&");
    return (capitalised || joiner || TITLE_WORDS.contains(w)) && names.stream()
        .noneMatch(c -> c.span().overlaps(x.span()));
  }

  /** The name's head in the parse (the token whose head lies outside the name), or null if no token is inside. */
  private static Token headOf(Sentence s, Span span) {
    int from = -1;
    int to = -1;
    for (Token t : s.tokens()) {
      if (span.contains(t.span())) {
        from = from < 0 ? t.index() : from;
        to = t.index() + 1;
      }
    }
    return from < 0 ? null : Metonymy.headOf(s, from, to);
  }

  /**
   * Token indices of the person's noun phrase: the head's descriptive dependents (to a small depth), and, when the
   * name is itself in apposition or compounded to a title ("India's prime minister, Narendra Modi"), the title's.
   */
  private static Set<Integer> phrase(Sentence s, Token head, Span name, List<Candidate> names) {
    Set<Integer> out = new HashSet<>();
    List<Token> roots = new ArrayList<>();
    roots.add(head);
    if ((head.deprel().equals("appos") || head.deprel().equals("compound")) && head.head() >= 0) {
      Token title = s.tokens().get(head.head());
      // "the ambassador to Chile, Tom Becker" may hang the name on "Chile": a name is no title
      if (names.stream().noneMatch(c -> c.span().overlaps(title.span()))) {
        roots.add(title);
      }
    }
    for (Token r : roots) {
      Deque<Token> todo = new ArrayDeque<>();
      Map<Integer, Integer> depth = new HashMap<>();
      todo.add(r);
      depth.put(r.index(), 0);
      out.add(r.index());
      while (!todo.isEmpty()) {
        Token t = todo.poll();
        int d = depth.get(t.index());
        if (d >= MAX_DEPTH) {
          continue;
        }
        for (Token x : s.dependentsOf(t)) {
          if (!PHRASE.contains(x.deprel()) && !x.deprel().startsWith("nmod:")
              || x.deprel().startsWith("nmod") && !x.deprel().equals("nmod:poss") && !countryCase(s, x)
              || x == head && r != head || depth.containsKey(x.index())) {
            continue;
          }
          out.add(x.index());
          depth.put(x.index(), d + 1);
          todo.add(x);
        }
      }
    }
    out.removeIf(i -> name.contains(s.tokens().get(i).span()));
    return out;
  }

  /** "Kim Jong Un of North Korea", "a lawmaker from Texas": the prepositions that give a person's country. */
  private static boolean countryCase(Sentence s, Token x) {
    for (Token c : s.dependentsOf(x)) {
      if (c.deprel().equals("case")) {
        return COUNTRY_CASES.contains(c.word().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return false;
  }
}
