package org.newsgraph.eval.precision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.Event;
import org.newsgraph.core.MiniJson;

/**
 * Reads the labelled set: JSON Lines, one article a line (the format is in the README beside the data). Reading is
 * strict: a line that lacks a field, or has a field of the wrong kind, is an error naming the line and the field, so
 * that a hand edit that breaks the file is caught before any scoring.
 */
public final class GoldFile {
  /**
   * The splits a line may name ({@code fresh}: the second sample, drawn by {@link FreshSample}; {@code blind3}: the
   * third, drawn by {@link Blind3Sample}).
   */
  public static final Set<String> SPLITS = Set.of("dev", "test", FreshSample.SPLIT, Blind3Sample.SPLIT);

  private GoldFile() {}

  /** Every article of the file, in file order. */
  public static List<GoldArticle> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<GoldArticle> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(article(line));
      } catch (IllegalArgumentException | ClassCastException e) {
        throw new IllegalArgumentException(file.getFileName() + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** One line. */
  static GoldArticle article(String line) {
    Map<String, Object> m = object(MiniJson.parse(line), "the line");
    String split = string(m, "split");
    if (!SPLITS.contains(split)) {
      throw new IllegalArgumentException("split must be dev, test, fresh or blind3, not " + split);
    }
    List<GoldClaim> claims = new ArrayList<>();
    for (Object o : list(m, "claims")) {
      claims.add(claim(object(o, "a claim")));
    }
    List<GoldEvent> events = new ArrayList<>();
    for (Object o : list(m, "events")) {
      events.add(event(object(o, "an event")));
    }
    return new GoldArticle(string(m, "doc"), split, string(m, "text_sha256"), (int) number(m, "text_length"),
        claims, events);
  }

  private static GoldClaim claim(Map<String, Object> m) {
    List<GoldSpan> content = new ArrayList<>();
    for (Object o : list(m, "content")) {
      content.add(span(object(o, "a content span")));
    }
    if (content.isEmpty()) {
      throw new IllegalArgumentException("claim " + m.get("id") + " has no content");
    }
    return new GoldClaim(string(m, "id"), optionalSpan(m, "source"), string(m, "source_entity"),
        strings(m, "source_also"), optionalSpan(m, "source_refers_to"), span(object(m.get("cue"), "cue")), content,
        (String) m.get("note"));
  }

  private static GoldEvent event(Map<String, Object> m) {
    Event.Modality modality;
    try {
      modality = Event.Modality.valueOf(string(m, "modality").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("event " + m.get("id") + ": unknown modality " + m.get("modality"));
    }
    return new GoldEvent(string(m, "id"), string(m, "type"), strings(m, "type_also"), (String) m.get("mode"),
        span(object(m.get("trigger"), "trigger")), arguments(m, "actors"), arguments(m, "recipients"), modality,
        (String) m.get("note"));
  }

  private static List<GoldArgument> arguments(Map<String, Object> m, String key) {
    List<GoldArgument> out = new ArrayList<>();
    for (Object o : list(m, key)) {
      Map<String, Object> a = object(o, "an argument");
      out.add(new GoldArgument(string(a, "entity"), strings(a, "also"), Boolean.TRUE.equals(a.get("implicit")),
          optionalSpan(a, "span")));
    }
    return out;
  }

  private static GoldSpan optionalSpan(Map<String, Object> m, String key) {
    Object o = m.get(key);
    return o == null ? null : span(object(o, key));
  }

  private static GoldSpan span(Map<String, Object> m) {
    return new GoldSpan((int) number(m, "begin"), (int) number(m, "end"), string(m, "words"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object o, String what) {
    if (!(o instanceof Map)) {
      throw new IllegalArgumentException(what + " must be an object");
    }
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> m, String key) {
    Object o = m.get(key);
    if (!(o instanceof List)) {
      throw new IllegalArgumentException("\"" + key + "\" must be a list");
    }
    return (List<Object>) o;
  }

  private static List<String> strings(Map<String, Object> m, String key) {
    if (m.get(key) == null) {
      return List.of();
    }
    return list(m, key).stream().map(o -> (String) o).toList();
  }

  private static String string(Map<String, Object> m, String key) {
    Object o = m.get(key);
    if (!(o instanceof String s) || s.isBlank()) {
      throw new IllegalArgumentException("\"" + key + "\" must be a non-empty string");
    }
    return s;
  }

  private static long number(Map<String, Object> m, String key) {
    Object o = m.get(key);
    if (!(o instanceof Number n)) {
      throw new IllegalArgumentException("\"" + key + "\" must be a number");
    }
    return n.longValue();
  }
}
