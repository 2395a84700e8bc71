package org.newsgraph.eval.precision;

import java.util.List;

/**
 * One attribution as the gold gives it.
 *
 * @param id            id within the article ("c1", ...)
 * @param source        the words naming the source, or null when the text names none ("is said to", "reportedly")
 * @param sourceEntity  who the source is: an entity id ({@code person:tony-blair}, {@code country:GBR}) or
 *                      {@value #UNNAMED}
 * @param sourceAlso    other answers that are also right: entity ids, or {@value #UNNAMED} when leaving the source
 *                      unresolved is acceptable too (an official spokesman)
 * @param sourceRefersTo the mention a relative or other pronoun source stands for, or null
 * @param cue           the reporting words
 * @param content       what is said, in one or more pieces
 * @param note          why a borderline decision went the way it did, or null
 */
public record GoldClaim(String id, GoldSpan source, String sourceEntity, List<String> sourceAlso,
    GoldSpan sourceRefersTo, GoldSpan cue, List<GoldSpan> content, String note) {
  /** The source entity of a source the text gives but does not name. */
  public static final String UNNAMED = "unnamed";

  public GoldClaim {
    sourceAlso = List.copyOf(sourceAlso);
    content = List.copyOf(content);
  }

  /** Whether the text gives a source that is not (or not only) an entity. */
  public boolean unnamed() {
    return UNNAMED.equals(sourceEntity);
  }
}
