package org.newsgraph.eval.precision;

/** Why a predicted claim is not fully right. A claim paired with a gold claim may have several. */
public enum ClaimError {
  /** No gold claim has an overlapping cue or a similar content: not a real attribution (or one the gold lacks). */
  NOT_AN_ATTRIBUTION("not an attribution"),
  /** The source names another entity or other words, or there is a source where the text gives none. */
  SOURCE_WRONG("source wrong"),
  /** The gold source is an entity; the prediction has words for it but no entity. */
  SOURCE_UNRESOLVED("source unresolved"),
  /** The prediction's source is a bare pronoun ("he", "they", "which") left unresolved. */
  SOURCE_PRONOUN("source a bare pronoun"),
  /** The cue overlaps too little of the gold cue, or none of it. */
  CUE_WRONG("cue wrong"),
  /** The content's word overlap F1 with the gold content is below 0.8. */
  CONTENT_WRONG("content wrong");

  private final String label;

  ClaimError(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
