package org.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * What a mention's confidence is computed from ({@link MentionConfidence}): only what the entity stage already
 * knows, and no word of the text itself (so the model learns kinds, not names) — how the mention refers and its
 * entity's type; whether the gazetteer knows the entity; the CRF's tags over it and the recogniser's (after its
 * document vote), whether they agree with each other and with the entity's type, and whether the span is exactly a
 * run of the recogniser's tags; its shape (tokens, all capitals, digits, dots, first in its sentence, in an
 * all-capitals line); and the document (how often the entity is named, whether its mentions were tagged with more
 * than one type, whether its words are also written in lower case elsewhere).
 */
final class MentionFeatures {
  private final String text;
  private final List<Sentence> crf;
  private final List<Sentence> tagged;
  private final Map<String, EntityType> types = new HashMap<>();
  private final Predicate<String> known;
  private final Map<String, Integer> count = new HashMap<>();
  private final Map<String, Set<String>> tagsOf = new HashMap<>();
  private final Set<String> lowerWords = new HashSet<>();
  private final int[] starts; // each token's begin, in text order, over every sentence
  private final int[] sentenceOf;
  private final int[] indexIn;

  /**
   * @param crf    the sentences with the CRF's tags (before the recogniser's layer)
   * @param tagged the same sentences with the recogniser's tags
   * @param known  whether an entity id is the gazetteer's
   */
  MentionFeatures(String text, List<Sentence> crf, List<Sentence> tagged, List<Entity> entities,
      List<Mention> mentions, Predicate<String> known) {
    this.text = text;
    this.crf = crf;
    this.tagged = tagged;
    this.known = known;
    entities.forEach(e -> types.put(e.id(), e.type()));
    int n = tagged.stream().mapToInt(s -> s.tokens().size()).sum();
    starts = new int[n];
    sentenceOf = new int[n];
    indexIn = new int[n];
    int k = 0;
    for (int s = 0; s < tagged.size(); s++) {
      for (Token t : tagged.get(s).tokens()) {
        starts[k] = t.span().begin();
        sentenceOf[k] = s;
        indexIn[k++] = t.index();
        String w = t.word();
        if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
          lowerWords.add(w);
        }
      }
    }
    for (Mention m : mentions) {
      count.merge(m.entityId(), 1, Integer::sum);
      tagsOf.computeIfAbsent(m.entityId(), x -> new HashSet<>()).add(tag(tokens(tagged, m)));
    }
  }

  Map<String, Double> of(Mention m) {
    Map<String, Double> f = new TreeMap<>();
    EntityType type = types.get(m.entityId());
    List<Token> own = tokens(tagged, m);
    List<Token> before = tokens(crf, m);
    String tag = tag(own);
    String crfTag = tag(before);
    on(f, "role=" + m.role());
    on(f, "type=" + type);
    on(f, "role_type=" + m.role() + "/" + type);
    on(f, "gazetteer=" + known.test(m.entityId()));
    on(f, "tag=" + tag);
    on(f, "crf_tag=" + crfTag);
    on(f, "tag_crf_agree=" + tag.equals(crfTag));
    on(f, "tag_type=" + tag + "/" + type);
    on(f, "tag_run_exact=" + exactRun(m, own));
    on(f, "tokens=" + Math.min(4, own.size()));
    String surface = m.span().of(text);
    boolean letters = surface.chars().anyMatch(Character::isLetter);
    on(f, "all_caps=" + (letters && surface.equals(surface.toUpperCase(Locale.ROOT)) && surface.length() > 1));
    on(f, "digit=" + surface.chars().anyMatch(Character::isDigit));
    on(f, "dot=" + (surface.indexOf('.') >= 0));
    on(f, "first_in_sentence=" + (!own.isEmpty() && own.get(0).index() == 0));
    on(f, "caps_line=" + (!own.isEmpty() && capsLine(own.get(0))));
    int c = count.getOrDefault(m.entityId(), 1);
    on(f, "named=" + Math.min(3, c));
    on(f, "tags_in_document=" + Math.min(2, tagsOf.getOrDefault(m.entityId(), Set.of()).size()));
    boolean lower = false;
    for (Token t : own) {
      lower |= !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0))
          && lowerWords.contains(t.word().toLowerCase(Locale.ROOT));
    }
    on(f, "lower_elsewhere=" + lower);
    return f;
  }

  /** The tokens of {@code sentences} inside the mention's span. */
  private List<Token> tokens(List<Sentence> sentences, Mention m) {
    List<Token> out = new ArrayList<>();
    int k = java.util.Arrays.binarySearch(starts, m.span().begin());
    if (k < 0) {
      k = -k - 1;
    }
    for (; k < starts.length && starts[k] < m.span().end(); k++) {
      Token t = sentences.get(sentenceOf[k]).tokens().get(indexIn[k]);
      if (t.span().end() <= m.span().end()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The CoNLL type of the tokens' tags: the one they share, "O" when none is tagged, "mixed" otherwise. */
  private static String tag(List<Token> tokens) {
    String tag = null;
    for (Token t : tokens) {
      String c = NerLayer.conllType(t.ner());
      if (c.equals("O") && tokens.size() > 1 && !Character.isLetterOrDigit(t.word().codePointAt(0))) {
        continue; // a dot or an ampersand inside a name
      }
      if (tag == null) {
        tag = c;
      } else if (!tag.equals(c)) {
        return "mixed";
      }
    }
    return tag == null ? "O" : tag;
  }

  /** Whether the mention's tokens are a whole run of one recogniser tag (none just before or after it). */
  private boolean exactRun(Mention m, List<Token> own) {
    if (own.isEmpty() || own.get(0).span().begin() != m.span().begin()
        || own.get(own.size() - 1).span().end() != m.span().end()) {
      return false;
    }
    String tag = tag(own);
    if (tag.equals("O") || tag.equals("mixed")) {
      return false;
    }
    int k = java.util.Arrays.binarySearch(starts, m.span().begin());
    List<Token> s = tagged.get(sentenceOf[k]).tokens();
    int first = own.get(0).index();
    int last = own.get(own.size() - 1).index();
    return (first == 0 || !NerLayer.conllType(s.get(first - 1).ner()).equals(tag))
        && (last + 1 == s.size() || !NerLayer.conllType(s.get(last + 1).ner()).equals(tag));
  }

  /** Whether the token's sentence is written in capitals (a headline or a sports table's line). */
  private boolean capsLine(Token t) {
    int k = java.util.Arrays.binarySearch(starts, t.span().begin());
    int letters = 0;
    int upper = 0;
    for (Token x : tagged.get(sentenceOf[k]).tokens()) {
      for (int i = 0; i < x.word().length(); i++) {
        char ch = x.word().charAt(i);
        letters += Character.isLetter(ch) ? 1 : 0;
        upper += Character.isUpperCase(ch) ? 1 : 0;
      }
    }
    return letters >= 6 && upper * 10 >= letters * 8;
  }

  private static void on(Map<String, Double> f, String name) {
    f.put(name, 1.0);
  }
}
