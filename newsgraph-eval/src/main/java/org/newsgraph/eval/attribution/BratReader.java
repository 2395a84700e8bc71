package org.newsgraph.eval.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Span;
import org.newsgraph.extract.claims.BratAttribution;

/**
 * Reads PolNeAR's brat {@code .ann}: text-bound {@code T} entries (fragments {@code a b;c d}) and the {@code E}
 * events linking {@code Source}, {@code Cue} and {@code Content} (a second {@code Content2} joins the content).
 * A text field may run over several lines when its span crosses a newline, so lines that do not start an entry are
 * continuation text and skipped. {@code Discuss}, {@code Discard} and notes are ignored.
 */
public final class BratReader {
  private static final Pattern ENTRY = Pattern.compile("^([TERAMN#*])(\\d*)\\t");
  private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\\t?");

  private BratReader() {}

  /** The attributions of one {@code .ann}, in the order of their events; a malformed entry throws. */
  public static List<BratAttribution> read(String ann, int textLength) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String> events = new ArrayList<>();
    int lineNo = 0;
    for (String line : ann.split("\n", -1)) {
      lineNo++;
      Matcher entry = ENTRY.matcher(line);
      if (!entry.find()) {
        continue; // continuation of a multi-line text field, or a blank line
      }
      if (line.startsWith("T")) {
        Matcher m = TEXT_BOUND.matcher(line);
        if (!m.find()) {
          throw new IllegalArgumentException("line " + lineNo + ": not a text-bound annotation: " + cut(line));
        }
        List<Span> frags = new ArrayList<>();
        for (String f : m.group(3).split(";")) {
          String[] be = f.split(" ");
          Span s = new Span(Integer.parseInt(be[0]), Integer.parseInt(be[1]));
          if (s.end() > textLength) {
            throw new IllegalArgumentException("line " + lineNo + ": span " + f + " is past the end of the text ("
                + textLength + ")");
          }
          frags.add(s);
        }
        spans.put(m.group(1), frags);
      } else if (line.startsWith("E")) {
        events.add(line);
      }
    }
    List<BratAttribution> out = new ArrayList<>();
    for (String e : events) {
      String[] parts = e.split("\t");
      if (parts.length < 2) {
        throw new IllegalArgumentException("event without arguments: " + cut(e));
      }
      List<Span> source = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      List<Span> content = new ArrayList<>();
      for (String arg : parts[1].trim().split(" ")) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = arg.substring(0, colon).replaceAll("\\d+$", "");
        List<Span> s = spans.get(arg.substring(colon + 1));
        if (s == null) {
          throw new IllegalArgumentException("event " + parts[0] + " names an unknown entry " + arg);
        }
        switch (role) {
          case "Source" -> source.addAll(s);
          case "Cue" -> cue.addAll(s);
          case "Content" -> content.addAll(s);
          default -> { } // the Attribution trigger repeats the cue
        }
      }
      source.sort(null);
      cue.sort(null);
      content.sort(null);
      out.add(new BratAttribution(source, cue, content));
    }
    return out;
  }

  private static String cut(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
