package org.newsgraph.extract.claims;

import java.util.List;
import org.newsgraph.core.Span;

/**
 * One attribution in brat standoff, PolNeAR's scheme: each role is a list of fragments (a discontinuous span has
 * several). An empty source is PolNeAR's {@code Attribution-no-source}.
 */
public record BratAttribution(List<Span> source, List<Span> cue, List<Span> content) {
  public BratAttribution {
    source = List.copyOf(source);
    cue = List.copyOf(cue);
    content = List.copyOf(content);
  }

  /** The fragments of one role. */
  public List<Span> role(Role r) {
    return switch (r) {
      case SOURCE -> source;
      case CUE -> cue;
      case CONTENT -> content;
    };
  }

  /** The three roles PolNeAR annotates. */
  public enum Role { SOURCE, CUE, CONTENT }
}
