package org.newsgraph.stories.claims;

import java.util.Map;
import org.newsgraph.stories.profile.SparseVector;

/**
 * One claim of a story, however many articles report it: its source, what it says (the first report's words), the
 * stances of its reports, and counts. Stance toward the story's events and the corroboration level (issue 18) hang
 * off its reports.
 *
 * @param id           "c" + the article id + "-" + the claim id of its first report
 * @param storyId      its story
 * @param sourceKey    who says it ({@link ClaimMention#sourceKey})
 * @param sourceText   the source's words in the first report, or null
 * @param excerpt      the start of what the first report says
 * @param stances      stance → reports
 * @param content      the sum of its reports' content vectors (heaviest keys)
 * @param reports      claims linked to it
 * @param articles     distinct articles among them
 * @param lastArticle  the article of the latest report
 * @param lastSeq      the stream position of that article
 */
public record ClaimInstanceState(String id, String storyId, String sourceKey, String sourceText, String excerpt,
    Map<String, Integer> stances, SparseVector content, int reports, int articles, String lastArticle,
    long lastSeq) {
  public ClaimInstanceState {
    stances = Map.copyOf(stances);
  }
}
