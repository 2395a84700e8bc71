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
    Set<String> personSigns = new HashSet<>();
    for (Chunk c : chunks) {
      List<String> w = words.get(c.sentence()).subList(c.first(), c.end());
      if (c.type().equals("ORG")) {
        String head = companyHead(w);
        if (head != null) {
          companyHeads.add(head);
        }
      } else if (c.type().equals("PER") && w.size() > 1) {
        personSigns.addAll(w); // "John Reynolds", "Reynolds Smith": a person's name in this article
      }
    }
    if (companyHeads.isEmpty()) {
      return;
    }
    // A title before the word anywhere in the article, tagged or not ("Mr Avery"), makes it a person's name.
    for (List<String> w : words) {
      for (int i = 1; i < w.size(); i++) {
        if (TITLES.contains(strip(w.get(i - 1)))) {
          personSigns.add(w.get(i));
        }
      }
    }
    for (Chunk c : chunks) {
      if (c.type().equals("PER") && c.end() - c.first() == 1) {
        String word = words.get(c.sentence()).get(c.first());
        if (companyHeads.contains(word) && !personSigns.contains(word)) {
          tags.get(c.sentence()).set(c.first(), "B-ORG");
        }
      }
    }
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
