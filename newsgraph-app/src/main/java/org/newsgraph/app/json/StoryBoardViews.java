package org.newsgraph.app.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.newsgraph.app.json.StoryViews.StoryItem;
import org.newsgraph.store.StoryBoard;

/**
 * The board of a story ({@code GET /api/stories/{id}/board} and {@code newsgraph board STORY --json}): for each event
 * and claim, who asserts it, believes or hedges it, denies it, has not confirmed it, and its corroboration level.
 */
public final class StoryBoardViews {
  private StoryBoardViews() {}

  /**
   * A story's board.
   *
   * @param story   the story, briefly
   * @param levels  how many of its events have each corroboration level
   * @param contradictions  where its reports disagree (numbers, dates, a source changing its account)
   * @param events  its event instances, the most reported first
   * @param claims  its claim instances (each once per source), the most reported first
   */
  public record StoryBoardAnswer(StoryItem story, List<LevelCount> levels, List<ContradictionView> contradictions,
      List<BoardRow> events, List<BoardRow> claims) {
    public static StoryBoardAnswer of(StoryBoard b) {
      List<LevelCount> levels = java.util.Arrays.stream(StoryBoard.Level.values())
          .map(l -> new LevelCount(name(l), (int) b.events().stream().filter(r -> r.level() == l).count()))
          .filter(c -> c.events() > 0).toList();
      return new StoryBoardAnswer(StoryItem.of(b.story()), levels,
          b.contradictions().stream().map(ContradictionView::of).toList(),
          b.events().stream().map(BoardRow::of).toList(), b.claims().stream().map(BoardRow::of).toList());
    }
  }

  /**
   * Two reports of one event or claim that disagree.
   *
   * @param kind        number (amounts of one thing that cannot both be true), date (days that do not overlap) or
   *                    changed_account (one source asserting it and denying it in another report)
   * @param instanceId  the event or claim instance
   * @param type        PLOVER type of an event, null for a claim
   * @param label       the instance's words
   * @param summary     the disagreement in words
   * @param first       the earlier report
   * @param second      the later report
   */
  public record ContradictionView(String kind, String instanceId, @Nullable String type, String label,
      String summary, ContradictionSide first, ContradictionSide second) {
    static ContradictionView of(StoryBoard.Contradiction c) {
      return new ContradictionView(c.kind().name().toLowerCase(Locale.ROOT), c.instanceId(), c.type(), c.label(),
          c.summary(), ContradictionSide.of(c.first()), ContradictionSide.of(c.second()));
    }
  }

  /**
   * One side of a contradiction.
   *
   * @param sourceKey  who says it: an entity id, {@code outlet:NAME} or {@code unnamed}
   * @param source     its words (or the outlet's name)
   * @param says       what this side says: the amount's words, the days, or the stance
   * @param report     the report, linked to its article and sentence
   */
  public record ContradictionSide(String sourceKey, @Nullable String source, @Nullable String says,
      BoardReport report) {
    static ContradictionSide of(StoryBoard.Side s) {
      return new ContradictionSide(s.sourceKey(), s.source(), s.says(), BoardReport.of(s.report()));
    }
  }

  /** How many events of a story have a level. */
  public record LevelCount(String level, int events) {}

  /**
   * One event or claim on the board.
   *
   * @param type            PLOVER type of an event (null for a claim)
   * @param label           an event's trigger words, a claim's excerpt
   * @param level           single_source, corroborated, disputed, denied or unconfirmed
   * @param reasons         why, in words
   * @param sources         independent named sources asserting it ("unnamed source" never counts)
   * @param articles        articles reporting it (republications not counted again)
   * @param outlets         distinct outlets carrying them, republications included
   * @param republications  copies elsewhere, counted once
   * @param asserts         sources that state or confirm it
   * @param believes        sources that believe, assess or hedge it
   * @param denies          sources that deny it
   * @param notConfirmed    sources that have not confirmed it
   * @param carriers        distinct tellers that carried an asserting source's words ("Yonhap, citing the NIS":
   *                        Yonhap), while {@code sources} counts the cited source
   */
  public record BoardRow(String instanceId, @Nullable String type, String label, String level, List<String> reasons,
      int sources, int articles, int outlets, int republications, List<BoardSource> asserts,
      List<BoardSource> believes, List<BoardSource> denies, List<BoardSource> notConfirmed, int carriers) {
    static BoardRow of(StoryBoard.Row r) {
      return new BoardRow(r.instanceId(), r.type(), r.label(), name(r.level()), r.reasons(), r.sources(),
          r.articles(), r.outlets(), r.republications(), column(r, StoryBoard.Column.ASSERTS),
          column(r, StoryBoard.Column.BELIEVES), column(r, StoryBoard.Column.DENIES),
          column(r, StoryBoard.Column.NOT_CONFIRMED), r.carriers());
    }

    private static List<BoardSource> column(StoryBoard.Row r, StoryBoard.Column c) {
      return r.entries().stream().filter(e -> e.column() == c).map(BoardSource::of).toList();
    }
  }

  /**
   * One source in one column.
   *
   * @param sourceKey  an entity id (each country of an unnamed group of countries), {@code outlet:NAME} for an
   *                   outlet's own account, or {@code unnamed}
   * @param source     its words in its first report
   * @param named      whether it counts as a source
   * @param articles   articles carrying its reports
   * @param outlets    distinct outlets carrying them
   * @param reports    each report, linked to its article and sentence
   */
  public record BoardSource(String sourceKey, @Nullable String source, boolean named, int articles, int outlets,
      List<BoardReport> reports) {
    static BoardSource of(StoryBoard.Entry e) {
      return new BoardSource(e.sourceKey(), e.source(), e.named(), e.articles(), e.outlets(),
          e.reports().stream().map(BoardReport::of).toList());
    }
  }

  /**
   * One report.
   *
   * @param factId    the event or claim id in the article
   * @param claimId   the claim it is reported through, or null (the outlet's own account)
   * @param source    the source's words in this report (null: the outlet's own account, or no source given)
   * @param stance    the claim's stance, or the event's modality when there is no claim
   * @param link      claim (reported through the claim), reference (the claim's words refer back to the event), own
   * @param channel   the channel that carried the words ("told AFP")
   * @param sentence  the sentence's index in the article
   * @param text      the sentence
   * @param carrier   who carried a cited source's words ("Yonhap" in "Yonhap, citing the NIS, said"), or null
   */
  public record BoardReport(String articleId, @Nullable String outlet, @Nullable LocalDate date, String factId,
      @Nullable String claimId, @Nullable String source, String stance, String link, @Nullable String channel,
      int sentence, String text, @Nullable String carrier) {
    static BoardReport of(StoryBoard.Report r) {
      return new BoardReport(r.articleId(), r.outlet(), r.date(), r.factId(), r.claimId(), r.source(), r.stance(),
          r.link(), r.channel(), r.sentence(), r.text(), r.carrier());
    }
  }

  /** A level as the API writes it: {@code single_source}. */
  public static String name(StoryBoard.Level l) {
    return l.name().toLowerCase(Locale.ROOT);
  }
}
