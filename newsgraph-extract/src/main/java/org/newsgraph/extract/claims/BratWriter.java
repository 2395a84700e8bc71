package org.newsgraph.extract.claims;

import java.util.List;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Span;

/**
 * Writes claims as a brat {@code .ann} in PolNeAR's layout: per attribution a {@code Source}, a {@code Cue}, a
 * {@code Content} (several fragments joined by {@code ;} when split), an {@code Attribution} trigger on the cue's
 * offsets, and an event {@code E<n>\tAttribution:T… Content:T… Cue:T… Source:T…} (label
 * {@code Attribution-no-source} and no Source when there is none). Offsets point into the input text unchanged; the
 * text field has its line breaks replaced by spaces so that every entry stays on one line.
 */
public final class BratWriter {
  private BratWriter() {}

  public static String write(String text, List<Claim> claims) {
    StringBuilder sb = new StringBuilder();
    int t = 0;
    int e = 0;
    for (Claim c : claims) {
      String source = null;
      if (c.source() != null) {
        source = "T" + ++t;
        line(sb, source, "Source", List.of(c.source()), text);
      }
      String cue = "T" + ++t;
      line(sb, cue, "Cue", List.of(c.cue()), text);
      String content = "T" + ++t;
      line(sb, content, "Content", c.content(), text);
      String trigger = "T" + ++t;
      String label = source == null ? "Attribution-no-source" : "Attribution";
      line(sb, trigger, label, List.of(c.cue()), text);
      sb.append('E').append(++e).append('\t').append(label).append(':').append(trigger).append(" Content:")
          .append(content).append(" Cue:").append(cue);
      if (source != null) {
        sb.append(" Source:").append(source);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String id, String label, List<Span> spans, String text) {
    sb.append(id).append('\t').append(label).append(' ');
    StringBuilder covered = new StringBuilder();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      sb.append(i > 0 ? ";" : "").append(s.begin()).append(' ').append(s.end());
      covered.append(i > 0 ? " " : "").append(s.of(text));
    }
    sb.append('\t').append(covered.toString().replaceAll("[\\r\\n]", " ")).append('\n');
  }
}
