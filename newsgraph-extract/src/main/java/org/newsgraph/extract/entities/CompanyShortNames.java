package org.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A company named by its short name and typed as a person: after "R.J. Reynolds Tobacco Co" or "Avery Dennison
 * Corp", the same article's "Reynolds said" and "Avery said" are the companies, yet the CRF often reads a lone
 * surname-like word as a person. A one-word person name is retyped as an organisation when it is the first word of a
 * company name of the article with its legal suffix (initials before it allowed: "R.J."), and, nowhere in that
 * article, follows a first name (as a later word of a longer person name) or a title ("Mr Reynolds"), nor is the
 * first word of a longer person name. Works on IOB2 tags, after {@link NerLayer}'s document consistency.
 *
 * <p>Two more forms of the same short name (entities.gazetteer.v9): the company's whole name without its suffix
 * ("Crazy Eddie" of "Crazy Eddie Inc", which the CRF reads as a person or leaves half untagged) is the company
 * wherever the article writes it, unless a title stands before it; and a one-word place that begins a company
 * name ("Gulf" of "Gulf Canada Corp") is the company when the article never writes it as a place is written, after
 * a preposition of place or "the" ("in Houston", "the Gulf").
 */
final class CompanyShortNames {
  /** Legal and group suffixes that mark a name as a company's; {@link OrganisationNames} reads them too. */
  static final Set<String> SUFFIXES = Set.of("Corp", "Corporation", "Co", "Cos", "Company", "Inc",
      "Incorporated", "Ltd", "Limited", "Plc", "PLC", "plc", "LLC", "AG", "SA", "NV", "BV", "Group", "Holdings");
  private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Dame",
      "President", "Senator", "Sen", "Rep", "Representative", "Gov", "Governor", "Judge", "Justice", "Minister",
      "Prime", "Chancellor", "Chairman", "Secretary", "Prince", "Princess", "King", "Queen", "Pope", "Rev",
      "Father", "Prof", "Professor", "General", "Gen", "Col", "Colonel", "Capt", "Captain", "Lt", "Sgt", "Mayor",
      "Ambassador", "Mister", "Madame", "Mme", "Herr", "Frau", "Sheikh", "Cardinal", "Bishop", "Coach");

  /** Words before a place name that show it is used as a place ("in Houston", "the Gulf"). */
  private static final Set<String> PLACE_WORDS = Set.of("in", "at", "near", "from", "to", "into", "across",
      "throughout", "around", "outside", "inside", "within", "off", "via", "through", "the", "The", "In", "At",
      "From", "Across", "Throughout", "Outside", "Inside", "Off", "Near");

  private CompanyShortNames() {}

  /** A phrase of one sentence: tokens [first, end) and its CoNLL type. */
  private record Chunk(int sentence, int first, int end, String type) {}

  /** {@code tags} (IOB2, one list per sentence) with such short company names typed ORG; the lists are changed. */
  static void retype(List<List<String>> words, List<List<String>> tags) {
    List<Chunk> chunks = new ArrayList<>();
    for (int si = 0; si < tags.size(); si++) {
      chunks.addAll(chunks(si, tags.get(si)));
    }
    Set<String> companyHeads = new HashSet<>();
    Set<List<String>> baseNames = new HashSet<>();
    for (Chunk c : chunks) {
      List<String> w = words.get(c.sentence()).subList(c.first(), c.end());
      String head = c.type().equals("ORG") ? companyHead(w) : null;
      if (head != null) {
        companyHeads.add(head);
        List<String> base = baseName(w);
        if (base.size() > 1) {
          baseNames.add(base);
        }
      }
    }
    if (companyHeads.isEmpty()) {
      return;
    }
    for (List<String> base : baseNames) {
      for (int si = 0; si < words.size(); si++) {
        retypeBase(base, words.get(si), tags.get(si));
      }
    }
    // Read again: "W.W. Grainger" retyped above is no longer a person's name that makes "Grainger" one.
    chunks.clear();
    for (int si = 0; si < tags.size(); si++) {
      chunks.addAll(chunks(si, tags.get(si)));
    }
    Set<String> personSigns = new HashSet<>();
    for (Chunk c : chunks) {
      if (c.type().equals("PER") && c.end() - c.first() > 1) {
        // "John Reynolds", "Reynolds Smith": a person's name in this article
        personSigns.addAll(words.get(c.sentence()).subList(c.first(), c.end()));
      }
    }
    // A title before the word anywhere in the article, tagged or not ("Mr Avery"), makes it a person's name.
    for (List<String> w : words) {
      for (int i = 1; i < w.size(); i++) {
        if (TITLES.contains(strip(w.get(i - 1)))) {
          personSigns.add(w.get(i));
        }
      }
    }
    Set<String> placeUses = placeUses(words);
    for (Chunk c : chunks) {
      if (c.end() - c.first() == 1) {
        String word = words.get(c.sentence()).get(c.first());
        boolean person = c.type().equals("PER") && !personSigns.contains(word);
        boolean place = c.type().equals("LOC") && !placeUses.contains(word);
        if (companyHeads.contains(word) && (person || place)) {
          tags.get(c.sentence()).set(c.first(), "B-ORG");
        }
      }
    }
  }

  /** Each place in {@code w} where {@code base} stands alone (no tagged phrase crosses its edges) becomes ORG. */
  private static void retypeBase(List<String> base, List<String> w, List<String> t) {
    int n = base.size();
    for (int i = 0; i + n <= w.size(); i++) {
      if (!w.subList(i, i + n).equals(base) || i > 0 && TITLES.contains(strip(w.get(i - 1)))) {
        continue;
      }
      boolean crossesStart = t.get(i).startsWith("I-");
      boolean crossesEnd = i + n < w.size() && t.get(i + n).startsWith("I-");
      boolean already = t.get(i).equals("B-ORG") && t.subList(i + 1, i + n).stream().allMatch("I-ORG"::equals);
      // a product or an index named after the company ("the Dow Jones average" as MISC) stays what it was
      boolean misc = t.subList(i, i + n).stream().anyMatch(x -> x.endsWith("-MISC"));
      if (!crossesStart && !crossesEnd && !already && !misc) {
        for (int k = i; k < i + n; k++) {
          t.set(k, k == i ? "B-ORG" : "I-ORG");
        }
      }
    }
  }

  /** Words written after a preposition of place or "the" anywhere in the article: used there as places. */
  private static Set<String> placeUses(List<List<String>> words) {
    Set<String> out = new HashSet<>();
    for (List<String> w : words) {
      for (int i = 1; i < w.size(); i++) {
        if (PLACE_WORDS.contains(w.get(i - 1))) {
          out.add(w.get(i));
        }
      }
    }
    return out;
  }

  /**
   * A company name without its legal suffix and what follows it ("Crazy Eddie" of "Crazy Eddie Inc", "Dow Jones"
   * of "Dow Jones and Co"); initials before the name stay.
   */
  static List<String> baseName(List<String> name) {
    int end = 0;
    while (end < name.size() && !SUFFIXES.contains(name.get(end))) {
      end++;
    }
    while (end > 0 && List.of("&", "and", ",", "of").contains(name.get(end - 1))) {
      end--;
    }
    return List.copyOf(name.subList(0, end));
  }

  /**
   * The word a company name is called by for short, or null: its first word after any initials ("Reynolds" of
   * "R.J. Reynolds Tobacco Co"), when the name ends in a legal suffix and has a word between the two.
   */
  static String companyHead(List<String> name) {
    int i = 0;
    while (i < name.size() && initial(name.get(i))) {
      i++;
    }
    if (i >= name.size() - 1 || !name.stream().skip(i + 1).anyMatch(SUFFIXES::contains)) {
      return null;
    }
    String head = name.get(i);
    boolean capitalised = Character.isUpperCase(head.codePointAt(0)) && head.length() > 1
        && head.chars().anyMatch(Character::isLowerCase);
    return capitalised && !SUFFIXES.contains(head) ? head : null;
  }

  /** "R.J.", "J.", "J": initials before a surname-like word. */
  private static boolean initial(String w) {
    return w.matches("(\\p{Lu}\\.)+|\\p{Lu}");
  }

  private static String strip(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  private static List<Chunk> chunks(int si, List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    int i = 0;
    while (i < tags.size()) {
      if (tags.get(i).equals("O")) {
        i++;
        continue;
      }
      String type = tags.get(i).substring(2);
      int j = i + 1;
      while (j < tags.size() && tags.get(j).equals("I-" + type)) {
        j++;
      }
      out.add(new Chunk(si, i, j, type));
      i = j;
    }
    return out;
  }
}
