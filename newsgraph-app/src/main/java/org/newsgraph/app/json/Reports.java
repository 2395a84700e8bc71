package org.newsgraph.app.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.newsgraph.app.json.Answers.EntityView;
import org.newsgraph.app.json.Answers.TimelineItem;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.TimelineEntry;

/**
 * What the commands that have no HTTP route of their own print with {@code --json}, in the API's conventions.
 * (The others print what their route answers: {@code search}, {@code timeline}, {@code claims}, {@code events},
 * {@code analyze}.)
 */
public final class Reports {
  private Reports() {}

  /**
   * {@code newsgraph entity NAME --json}: the entity, how often it is named, and its whole timeline.
   *
   * @param articles  how many stored articles name it
   * @param mentions  how many times they do
   */
  public record EntityReport(EntityView entity, int articles, int mentions, List<TimelineItem> timeline) {
    public static EntityReport of(EntityRecord r, List<TimelineEntry> timeline) {
      return new EntityReport(EntityView.of(r.entity()), r.articleCount(), r.mentionCount(),
          timeline.stream().map(TimelineItem::of).toList());
    }
  }

  /**
   * {@code newsgraph ingest --json}: what one run did.
   *
   * @param files           input files looked at
   * @param articlesRead    articles read from them; left out when not counted
   * @param stored          articles analysed and stored
   * @param duplicates      articles skipped because the store (or this run) had them already
   * @param nearDuplicates  articles recorded as another publication of a stored article
   * @param skipped         records with nothing to analyse (title only, a feed item without text); not failures
   * @param failed          inputs or articles that failed, each with its reason
   * @param seconds         wall time
   * @param notes           articles stored in part (a limit left text unanalysed, a stage was stopped); left out
   *                        when none was
   * @param stopped         what a run stopped early (a signal) left undone; left out when it ran to the end
   */
  public record IngestReport(int files, @JsonInclude(JsonInclude.Include.NON_NULL) Long articlesRead, int stored,
      int duplicates, int nearDuplicates, int skipped, List<Failure> failed, double seconds,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Note> notes,
      @JsonInclude(JsonInclude.Include.NON_NULL) Stopped stopped) {}

  /** An input or article that failed. */
  public record Failure(String source, String reason) {}

  /** What to know about an article that was stored in part. */
  public record Note(String source, String note) {}

  /**
   * A run stopped before its end.
   *
   * @param unstored     articles read but not stored (run the command again to store them)
   * @param filesUnread  inputs not read at all
   */
  public record Stopped(int unstored, int filesUnread) {}

  /**
   * {@code newsgraph import --parquet DIR --json}.
   *
   * @param parquet     the folder of Parquet tables
   * @param store       the store folder
   * @param stored      articles stored
   * @param duplicates  articles the store held already
   */
  public record ImportReport(String parquet, String store, int stored, int duplicates, double seconds) {}
}
