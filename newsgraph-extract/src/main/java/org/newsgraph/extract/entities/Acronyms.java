package org.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;

/**
 * Abbreviations an article defines: "the Equal Opportunities Commission (EOC)" makes every "EOC" of the article
 * the commission, not an organisation of its own. A definition counts only when the letters in brackets are the
 * initials of the name's capitalised words (their hyphenated parts included: "Co-operation" gives C), in order;
 * short words ("of", "for", "and") may give a lower-case letter ("DfES").
 */
final class Acronyms {
  /** A bracketed abbreviation right after a name: group 1 is the abbreviation. */
  private static final Pattern DEFINED = Pattern.compile("\\A[ \\u00a0]*\\((\\p{Lu}[\\p{L}&]{1,9})\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  /** The word (or "&") right before a position, with the spaces and comma after it. */
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}'-]+|&)[ \\u00a0,]*\\z");
  private static final Set<String> CONNECTIVES = Set.of("and", "of", "for", "&", "on", "in");
  private static final int MAX_WIDENING = 6;

  private Acronyms() {}

  /**
   * {@code found} with each candidate named by an abbreviation the article defines linked to the defining name's
   * entity, and the bracketed abbreviation a mention of it when nothing else covers it. {@code known} tells an id
   * the gazetteer knows: an abbreviation the gazetteer links itself is left to the gazetteer unless the defining
   * name is the gazetteer's too.
   */
  static List<Candidate> link(List<Candidate> found, String text, Predicate<String> known) {
    Map<String, Candidate> definitions = new HashMap<>();
    List<Candidate> added = new ArrayList<>();
    List<Span> widened = new ArrayList<>();
    for (Candidate c : found) {
      if (c.entityId().startsWith("person:")) {
        continue; // people are not abbreviated so
      }
      Matcher m = DEFINED.matcher(text.substring(c.span().end(), Math.min(text.length(), c.span().end() + 16)));
      if (!m.find()) {
        continue;
      }
      String acronym = m.group(1);
      Candidate def = c.surface().indexOf(' ') > 0 && abbreviates(acronym, c.surface()) ? c
          : widenedName(c, acronym, text);
      if (def == null) {
        continue;
      }
      if (def != c) {
        widened.add(def.span());
        added.add(def);
      }
      definitions.putIfAbsent(acronym, def);
      Span inBrackets = new Span(c.span().end() + m.start(1), c.span().end() + m.end(1));
      if (found.stream().noneMatch(o -> o.span().overlaps(inBrackets))) {
        added.add(new Candidate(inBrackets, def.entityId(), Mention.Role.NAME, acronym));
      }
    }
    if (definitions.isEmpty()) {
      return found;
    }
    List<Candidate> out = new ArrayList<>(found.size() + added.size());
    for (Candidate c : found) {
      if (widened.stream().anyMatch(w -> w.overlaps(c.span()))) {
        continue; // part of a name its definition shows to be longer ("Curriculum Authority" of "the Qualifications
                  // and Curriculum Authority (QCA)")
      }
      Candidate def = definitions.get(c.surface());
      boolean relink = def != null && !def.entityId().equals(c.entityId())
          && (!known.test(c.entityId()) || known.test(def.entityId()));
      out.add(relink ? new Candidate(c.span(), def.entityId(), Mention.Role.NAME, c.surface()) : c);
    }
    out.addAll(added);
    out.sort((x, y) -> x.span().compareTo(y.span()));
    return out;
  }

  /**
   * The name a bracketed abbreviation shows to begin before the organisation the recogniser found: "the
   * Qualifications and Curriculum Authority (QCA)" when it found only "Curriculum Authority". Widened to the left
   * over capitalised words and "and", "of", "for", "&" and commas, up to the first widening whose initials are the
   * abbreviation's; null when none is.
   */
  private static Candidate widenedName(Candidate c, String acronym, String text) {
    if (!c.entityId().startsWith("org:")) {
      return null;
    }
    int begin = c.span().begin();
    for (int words = 0; words < MAX_WIDENING; words++) {
      Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, begin - 40), begin));
      if (!w.find()) {
        return null;
      }
      begin -= w.group().length();
      String word = w.group(1);
      if (!Character.isUpperCase(word.charAt(0)) && !CONNECTIVES.contains(word)) {
        return null;
      }
      String name = text.substring(begin, c.span().end()).replaceAll("\\s+", " ").trim();
      if (Character.isUpperCase(word.charAt(0)) && abbreviates(acronym, name)) {
        return new Candidate(new Span(begin, c.span().end()), "org:" + EntityLinker.nameSlug(name), Mention.Role.NAME, name);
      }
    }
    return null;
  }

  /** Whether {@code acronym}'s capitals are, in order, the initials of {@code name}'s capitalised words. */
  static boolean abbreviates(String acronym, String name) {
    StringBuilder initials = new StringBuilder();
    Matcher w = WORD.matcher(name.replace('-', ' '));
    while (w.find()) {
      char first = w.group().charAt(0);
      if (Character.isUpperCase(first)) {
        initials.append(first);
      }
    }
    StringBuilder capitals = new StringBuilder();
    acronym.codePoints().filter(Character::isUpperCase).forEach(capitals::appendCodePoint);
    return capitals.length() >= 2 && capitals.toString().equals(initials.toString());
  }
}
