package org.newsgraph.eval.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Event;
import org.newsgraph.extract.events.EventStage;

/**
 * The provided crosswalk from CASE-2021 labels to PLOVER ({@code acled_to_plover_proposed.csv}), read backwards:
 * our event type and mode to the label whose PLOVER event and mode match. A label's note may name further types
 * ("signed deals=SUPPORT; promises=AGREE"); those match after the columns do. Labels mapped to nothing ("none")
 * are not covered and never predicted.
 */
final class CaseMapping {
  private static final Pattern NOTE_TYPE = Pattern.compile("=([A-Z]{4,})");

  /**
   * One row: a label, the words of ACLED's sub-event type ("remote", "explosive", "landmine", "ied"), its PLOVER
   * events and modes, its quality, and the types its note adds.
   */
  record Row(String label, Set<String> subTypeWords, Set<String> events, Set<String> modes, String quality,
      Set<String> noteEvents) {}

  private final List<Row> rows;

  private CaseMapping(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  static CaseMapping read(Path csv) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] p = line.split(",", 7);
      if (p.length < 6) {
        throw new IllegalArgumentException(csv + ": expected 7 comma-separated columns in '" + line + "'");
      }
      Set<String> noteEvents = new LinkedHashSet<>();
      if (p.length == 7) {
        Matcher m = NOTE_TYPE.matcher(p[6]);
        while (m.find()) {
          if (EventStage.TYPES.contains(m.group(1))) {
            noteEvents.add(m.group(1));
          }
        }
      }
      rows.add(new Row(p[0], words(p[2]), split(p[3]), split(p[4]), p[5].strip(), noteEvents));
    }
    return new CaseMapping(rows);
  }

  private static Set<String> words(String cell) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : cell.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (w.length() >= 3) {
        out.add(w);
      }
    }
    return out;
  }

  private static Set<String> split(String cell) {
    Set<String> out = new LinkedHashSet<>();
    for (String x : cell.split("\\|")) {
      if (!x.isBlank()) {
        out.add(x.strip());
      }
    }
    return out;
  }

  /** The labels the mapping covers (quality other than "none"). */
  List<String> covered() {
    return rows.stream().filter(r -> !r.quality().equals("none")).map(Row::label).toList();
  }

  /** The labels mapped "direct". */
  List<String> direct() {
    return rows.stream().filter(r -> r.quality().equals("direct")).map(Row::label).toList();
  }

  /**
   * The label our event maps back to, or {@link LabelScores#NONE}: the crosswalk's, made finer by ACLED's own
   * definitions ({@link AcledRules}).
   *
   * @param w the words of the record the event comes from
   */
  String label(Event e, AcledRules.Words w) {
    String crosswalk = crosswalk(e, w);
    if (e == null) {
      return crosswalk;
    }
    return AcledRules.refine(crosswalk, e, w, Set.copyOf(covered()));
  }

  private String crosswalk(Event e, AcledRules.Words w) {
    Set<String> sentenceLemmas = w.all();
    if (e == null) {
      return LabelScores.NONE;
    }
    List<Row> byType = rows.stream().filter(r -> !r.quality().equals("none") && r.events().contains(e.type()))
        .toList();
    if (e.mode() != null) {
      List<Row> byMode = byType.stream().filter(r -> r.modes().contains(e.mode())).toList();
      // several labels share a mode ("explosives": a grenade, a landmine): the one whose own words are there
      for (Row r : byMode) {
        if (r.subTypeWords().stream().anyMatch(sentenceLemmas::contains)) {
          return r.label();
        }
      }
      if (!byMode.isEmpty()) {
        return byMode.get(0).label();
      }
    }
    List<Row> plain = byType.stream().filter(r -> r.modes().isEmpty()).toList();
    if (e.type().equals("ASSAULT") && plain.size() > 1) {
      // the mapping's own notes: two-sided violence is a clash, one-sided an attack
      boolean twoSided = AcledRules.twoSided(w);
      for (Row r : plain) {
        if (r.quality().equals("direct") && r.label().contains("CLASH") == twoSided) {
          return r.label();
        }
      }
    }
    for (Row r : plain) {
      if (r.quality().equals("direct")) {
        return r.label();
      }
    }
    if (!plain.isEmpty()) {
      return plain.get(0).label();
    }
    if (!byType.isEmpty()) {
      return byType.get(0).label();
    }
    for (Row r : rows) {
      if (r.noteEvents().contains(e.type())) {
        return r.label();
      }
    }
    return LabelScores.NONE;
  }
}
