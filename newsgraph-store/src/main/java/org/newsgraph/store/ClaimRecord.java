package org.newsgraph.store;

import java.time.LocalDate;
import org.newsgraph.core.Claim;

/**
 * A stored claim with what a reader needs beside it: the article, and the words of source, cue and content.
 *
 * @param articleId  the article it was found in
 * @param headline   that article's headline
 * @param published  that article's date (published, else updated)
 * @param claim      the claim, spans into that article's text
 * @param source     the source's words, or null
 * @param cue        the cue's words
 * @param content    the content's words (several spans joined with " … ")
 * @param reportedBy the claim whose content reports this one ({@link Claim#reportedBy}), or null
 */
public record ClaimRecord(String articleId, String headline, LocalDate published, Claim claim, String source,
    String cue, String content, ReportedBy reportedBy) {

  /** A claim without a reporting claim. */
  public ClaimRecord(String articleId, String headline, LocalDate published, Claim claim, String source, String cue,
      String content) {
    this(articleId, headline, published, claim, source, cue, content, null);
  }

  /**
   * Who reports a nested claim ("As we've noted, a study concluded …": the outer frame).
   *
   * @param claimId    the reporting claim's id, in the same article
   * @param sourceText its source's words, or null
   * @param entityId   its source's entity, or null
   */
  public record ReportedBy(String claimId, String sourceText, String entityId) {}
}
