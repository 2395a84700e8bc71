package org.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Short forms of an organisation's name within one article: after "General Motors Corp", "Ford Motor Co" and
 * "Kidder Peabody and Co", the article's "GM", "Ford" and "Kidder Peabody" are those organisations, not new ones.
 * A short form joins a longer name of the same article when its words begin that name, or when its capitals are
 * the initials of that name's capitalised words (a company's legal suffix may be left out: "GM" for "General
 * Motors Corp"); a one-word short form joins only a company's name with its legal suffix or a name built with "of".
 * It joins only when every such longer name is one entity; "Morgan" beside "Morgan Stanley" and
 * "Morgan Guaranty" stays as it was. Names the gazetteer links are left to the gazetteer, as with {@link Acronyms}.
 */
final class OrganisationNames {
  /** Legal and group suffixes that an abbreviation of a company's name usually leaves out. */
  private static final Set<String> SUFFIXES = CompanyShortNames.SUFFIXES;
  private static final int MAX_INITIALS = 6;

  private OrganisationNames() {}

  /** {@code found} with each short form of a longer organisation name of the article linked to that name's entity. */
  static List<Candidate> link(List<Candidate> found, Predicate<String> known) {
    Map<String, Set<String>> idsBySurface = new HashMap<>();
    for (Candidate c : found) {
      if (c.entityId().startsWith("org:")) {
        idsBySurface.computeIfAbsent(normal(c.surface()), k -> new LinkedHashSet<>()).add(c.entityId());
      }
    }
    if (idsBySurface.size() < 2) {
      return found;
    }
    // Longest names first, so that "Shearson Lehman Brothers" has joined "Shearson Lehman Brothers Inc" before
    // "Shearson" looks for the names it begins.
    List<String> surfaces = new ArrayList<>(idsBySurface.keySet());
    surfaces.sort(Comparator.comparingInt((String s) -> words(s).length).reversed().thenComparing(s -> s));
    Map<String, String> resolved = new HashMap<>();
    for (String s : surfaces) {
      Set<String> own = idsBySurface.get(s);
      String ownId = own.iterator().next();
      if (own.size() != 1 || known.test(ownId) || !ownId.equals("org:" + EntityLinker.nameSlug(s))) {
        continue; // a gazetteer name, or a surface already linked in two ways: not ours to change
      }
      Set<String> targets = new HashSet<>();
      for (String longer : surfaces) {
        if (words(longer).length > words(s).length && shortens(s, longer)) {
          targets.add(resolved.getOrDefault(longer, idsBySurface.get(longer).iterator().next()));
        }
      }
      if (targets.size() == 1) {
        resolved.put(s, targets.iterator().next());
      }
    }
    if (resolved.isEmpty()) {
      return found;
    }
    List<Candidate> out = new ArrayList<>(found.size());
    for (Candidate c : found) {
      String to = c.entityId().startsWith("org:") ? resolved.get(normal(c.surface())) : null;
      out.add(to == null ? c : new Candidate(c.span(), to, c.role(), c.surface()));
    }
    return out;
  }

  /** Whether {@code shorter} is a short form of {@code longer}: its first words, or its initials. */
  static boolean shortens(String shorter, String longer) {
    String[] s = words(shorter);
    String[] l = words(longer);
    if (s.length < l.length && startsWith(l, s) && !connective(s[s.length - 1])) {
      // One word is a weaker sign than two: "Kodak" of "Kodak Disk" (a product), "Treasury" of "Treasury Loan" (a
      // bond). It joins a company's name ("Chemlawn Corp") or a name built with "of" ("Bank" of "Bank of England").
      return s.length > 1 || l[1].equals("of") || java.util.Arrays.stream(l).skip(1).anyMatch(SUFFIXES::contains);
    }
    if (s.length == 1 && s[0].equals(CompanyShortNames.companyHead(java.util.Arrays.asList(l)))) {
      return true; // "Reynolds" of "R.J. Reynolds Tobacco Co": the company's first word after its initials
    }
    if (s.length == 1 && isInitials(s[0]) && l.length >= 2) {
      int end = l.length;
      String whole = String.join(" ", l);
      if (Acronyms.abbreviates(s[0], whole)) {
        return true;
      }
      while (end > 2 && SUFFIXES.contains(l[end - 1])) {
        end--;
      }
      return end < l.length && Acronyms.abbreviates(s[0], String.join(" ", java.util.Arrays.copyOf(l, end)));
    }
    return false;
  }

  private static boolean startsWith(String[] longer, String[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (!longer[i].equals(prefix[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInitials(String w) {
    return w.length() >= 2 && w.length() <= MAX_INITIALS && w.chars().allMatch(Character::isUpperCase);
  }

  private static boolean connective(String w) {
    return w.equals("and") || w.equals("of") || w.equals("&") || w.equals("for") || w.equals("the");
  }

  private static String normal(String surface) {
    String s = surface.replaceAll("[\\s\\u00a0]+", " ").strip();
    return s.startsWith("The ") ? s.substring(4) : s;
  }

  private static String[] words(String normal) {
    return normal.split(" ");
  }
}
