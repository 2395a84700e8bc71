package org.newsgraph.extract.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * Trigger words and the PLOVER type they express, read from {@code lexicon.tsv} (see the README next to it). A
 * word is a trigger only in its part of speech and, for ambiguous words, only with one of the dependents the
 * lexicon requires ("blow" needs "up", "strike" as an attack needs "air", "drone"…).
 */
final class EventLexicon {
  static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
      "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  private final Map<String, List<LexiconEntry>> byKey;

  private EventLexicon(Map<String, List<LexiconEntry>> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  private static final class Holder {
    static final EventLexicon BUNDLED = load();
  }

  /** The bundled lexicon, loaded once per JVM. */
  static EventLexicon bundled() {
    return Holder.BUNDLED;
  }

  private static EventLexicon load() {
    InputStream in = EventLexicon.class.getResourceAsStream("lexicon.tsv");
    if (in == null) {
      throw new IllegalStateException("lexicon.tsv not found next to " + EventLexicon.class.getName());
    }
    Map<String, List<LexiconEntry>> map = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      boolean header = false;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!header) {
          header = true;
          continue;
        }
        String[] p = line.split("\t", -1);
        if (p.length != 6 || !TYPES.contains(p[2]) || !(p[1].equals("V") || p[1].equals("N"))) {
          throw new IllegalStateException("lexicon.tsv line " + n + ": expected lemma, V|N, PLOVER type, mode, of, "
              + "needs but found '" + line + "'");
        }
        Set<String> needs = p[5].isBlank() ? Set.of() : new java.util.HashSet<>(List.of(p[5].split("\\|")));
        char of = p[4].isBlank() ? '-' : p[4].charAt(0);
        LexiconEntry e = new LexiconEntry(p[0], p[1].equals("N"), p[2], p[3].isBlank() ? null : p[3], of, needs);
        map.computeIfAbsent(key(e.lemma(), e.noun()), k -> new ArrayList<>()).add(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon.tsv", e);
    }
    // entries with requirements are tried before the general one of the same word
    map.values().forEach(l -> l.sort((a, b) -> Boolean.compare(a.needs().isEmpty(), b.needs().isEmpty())));
    return new EventLexicon(map);
  }

  private static String key(String lemma, boolean noun) {
    return (noun ? "N:" : "V:") + lemma;
  }

  /** The entry {@code t} triggers in {@code s}, if any. */
  Optional<LexiconEntry> match(Sentence s, Token t) {
    boolean noun = t.pos().startsWith("NN");
    if (!noun && !t.isVerb()) {
      return Optional.empty();
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    List<LexiconEntry> entries = byKey.get(key(lemma, noun));
    if (entries == null && noun) {
      entries = byKey.get(key(t.word().toLowerCase(Locale.ROOT), true));
    }
    if (entries == null && lemma.indexOf('-') > 0) {
      entries = byKey.get(key(lemma.replace("-", ""), noun)); // the British "co-operate", "co-operation"
    }
    if (entries == null) {
      return Optional.empty();
    }
    for (LexiconEntry e : entries) {
      if (e.needs().isEmpty() || hasNeeded(s, t, e.needs())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static boolean hasNeeded(Sentence s, Token t, Set<String> needs) {
    for (Token d : s.dependentsOf(t)) {
      if (needs.contains(d.lemma().toLowerCase(Locale.ROOT)) || needs.contains(d.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
      // "called for talks": the case marker of an oblique counts too
      if (d.deprel().startsWith("obl")) {
        for (Token c : s.dependentsOf(d)) {
          if (c.deprel().equals("case") && needs.contains(c.word().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    // "declined to resign": the marker of a complement clause
    for (Token d : s.dependentsOf(t)) {
      if (d.deprel().equals("xcomp")) {
        for (Token m : s.dependentsOf(d)) {
          if (m.deprel().equals("mark") && needs.contains(m.word().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    // a noun trigger governed by a needed word: "open fire", "took hostage"
    Token h = s.headOf(t);
    return h != null && needs.contains(h.lemma().toLowerCase(Locale.ROOT)) && t.pos().startsWith("NN");
  }
}
