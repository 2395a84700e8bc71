package org.newsgraph.eval.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The four classes of text issue 16 wants no event from (sports results and fixtures, product releases, offers, bond
 * yields), as a screen over the events {@code eval uncoded} finds: every event whose trigger word is one such a text
 * uses for its own sense, or that comes from a sports article, is a candidate of its class. The screen only says
 * where to look; a candidate is read by hand (a "release" of a prisoner or a "visit" of a minister is a real event).
 */
public final class IssueClasses {
  /** The classes, in the order they are printed. */
  public static final List<String> CLASSES = List.of("sports result or fixture", "product release", "offer",
      "bond yield");
  /** Words of results and fixtures: "beat Chelsea 2-0", "face Arsenal", "host Wales", "meet in the final". */
  private static final Set<String> SPORT_WORDS = Set.of("beat", "defeat", "thrash", "trounce", "edge", "face",
      "host", "play", "meet", "visit", "draw", "clash", "win", "lose");
  /** Words of a product put on sale. */
  private static final Set<String> RELEASE_WORDS = Set.of("release", "launch", "unveil", "introduce", "debut",
      "ship", "roll");
  private static final Set<String> OFFER_WORDS = Set.of("offer", "offering");
  private static final Pattern YIELD = Pattern.compile("\\byield(s|ed|ing)?\\b", Pattern.CASE_INSENSITIVE);

  private IssueClasses() {}

  /** The class the event is a candidate of, or null. */
  public static String candidate(UncodedCheck.Found f) {
    String lemma = f.lemma().toLowerCase(Locale.ROOT);
    if (lemma.equals("yield") || f.type().equals("CONCEDE") && YIELD.matcher(f.sentence()).find()) {
      return "bond yield";
    }
    if (OFFER_WORDS.contains(lemma)) {
      return "offer";
    }
    if (RELEASE_WORDS.contains(lemma)) {
      return "product release";
    }
    if (f.kind().equals("bbc sport") || SPORT_WORDS.contains(lemma)) {
      return "sports result or fixture";
    }
    return null;
  }

  /** The candidates of each class, in the order found, every class present (empty when none). */
  public static Map<String, List<UncodedCheck.Found>> candidates(List<UncodedCheck.Found> events) {
    Map<String, List<UncodedCheck.Found>> out = new LinkedHashMap<>();
    for (String c : CLASSES) {
      out.put(c, events.stream().filter(f -> c.equals(candidate(f))).toList());
    }
    return out;
  }
}
