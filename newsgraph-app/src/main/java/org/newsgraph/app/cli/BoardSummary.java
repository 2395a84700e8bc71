package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.app.json.StoryBoardViews;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Page;
import org.newsgraph.store.StoryBoard;
import org.newsgraph.store.StoryBoard.Level;
import org.newsgraph.store.StorySummary;

/**
 * {@code newsgraph board --summary}: the corroboration levels over a whole store. A story takes the level of its
 * most contested event: disputed, else denied, else corroborated, else single source, else unconfirmed.
 *
 * @param stories   stories by level
 * @param events    events by level
 * @param disputed  some disputed events, of the largest stories first
 * @param contradictions         contradictions by kind (number, date, changed_account), over all stories
 * @param storiesContradicted    stories with at least one contradiction
 * @param contradictionExamples  some contradictions, of the largest stories first
 * @param carriedRows            events and claims with a report carried for a source it cites ("Yonhap, citing the
 *                               NIS")
 */
record BoardSummary(List<Count> stories, List<Count> events, List<Disputed> disputed, List<KindCount> contradictions,
    long storiesContradicted, List<Example> contradictionExamples, long carriedRows) {
  private static final int PAGE = 200;
  private static final List<Level> ORDER = List.of(Level.DISPUTED, Level.DENIED, Level.CORROBORATED,
      Level.SINGLE_SOURCE, Level.UNCONFIRMED);

  /** How many stories or events have a level. */
  record Count(String level, long count) {}

  /** One disputed event: its story, its words, the reasons. */
  record Disputed(String storyId, String storyTitle, String type, String label, List<String> reasons) {}

  /** How many contradictions are of a kind. */
  record KindCount(String kind, long count) {}

  /** One contradiction: its story, and its words. */
  record Example(String storyId, String storyTitle, String kind, String type, String label, String summary,
      String firstArticle, int firstSentence, String firstText, String secondArticle, int secondSentence,
      String secondText) {}

  static BoardSummary of(NewsStore store, int examples) {
    Map<Level, Long> stories = new EnumMap<>(Level.class);
    Map<Level, Long> events = new EnumMap<>(Level.class);
    List<Disputed> disputed = new ArrayList<>();
    Map<StoryBoard.Disagreement, Long> kinds = new EnumMap<>(StoryBoard.Disagreement.class);
    List<Example> found = new ArrayList<>();
    long contradicted = 0;
    long carried = 0;
    for (long offset = 0; ; offset += PAGE) {
      Page<StorySummary> page = store.stories(null, null, null, offset, PAGE);
      for (StorySummary s : page.items()) {
        StoryBoard b = store.board(s.id()).orElse(null);
        if (b == null) {
          continue;
        }
        contradicted += b.contradictions().isEmpty() ? 0 : 1;
        carried += java.util.stream.Stream.concat(b.events().stream(), b.claims().stream())
            .filter(r -> r.carriers() > 0).count();
        for (StoryBoard.Contradiction c : b.contradictions()) {
          kinds.merge(c.kind(), 1L, Long::sum);
          if (found.size() < examples) {
            found.add(example(s, c));
          }
        }
        if (b.events().isEmpty()) {
          continue;
        }
        Level worst = Level.UNCONFIRMED;
        for (StoryBoard.Row r : b.events()) {
          events.merge(r.level(), 1L, Long::sum);
          worst = ORDER.indexOf(r.level()) < ORDER.indexOf(worst) ? r.level() : worst;
          if (r.level() == Level.DISPUTED && disputed.size() < examples) {
            disputed.add(new Disputed(s.id(), s.title(), r.type(), r.label(), r.reasons()));
          }
        }
        stories.merge(worst, 1L, Long::sum);
      }
      if (offset + PAGE >= page.total()) {
        break;
      }
    }
    List<KindCount> byKind = java.util.Arrays.stream(StoryBoard.Disagreement.values())
        .map(k -> new KindCount(k.name().toLowerCase(Locale.ROOT), kinds.getOrDefault(k, 0L))).toList();
    return new BoardSummary(counts(stories), counts(events), disputed, byKind, contradicted, found, carried);
  }

  private static Example example(StorySummary s, StoryBoard.Contradiction c) {
    StoryBoard.Report a = c.first().report();
    StoryBoard.Report b = c.second().report();
    return new Example(s.id(), s.title(), c.kind().name().toLowerCase(Locale.ROOT), c.type(), c.label(),
        c.summary(), a.articleId(), a.sentence(), a.text(), b.articleId(), b.sentence(), b.text());
  }

  private static List<Count> counts(Map<Level, Long> m) {
    return ORDER.stream().map(l -> new Count(StoryBoardViews.name(l), m.getOrDefault(l, 0L))).toList();
  }

  void print(PrintWriter out) {
    out.println("Stories with events, by their most contested event; events by level");
    out.printf("  %-14s %8s %8s%n", "level", "stories", "events");
    for (int i = 0; i < stories.size(); i++) {
      out.printf(Locale.ROOT, "  %-14s %8d %8d%n", stories.get(i).level(), stories.get(i).count(),
          events.get(i).count());
    }
    out.println("Disputed events");
    for (Disputed d : disputed) {
      out.printf("  %s  %s%n    %s \"%s\"%n", d.storyId(), d.storyTitle(), d.type(), d.label());
      d.reasons().forEach(r -> out.printf("      - %s%n", r));
    }
    out.printf("Events and claims with a report carried for a cited source: %d%n", carriedRows);
    out.printf("Contradictions: %d in %d stories (%s)%n", contradictions.stream().mapToLong(KindCount::count).sum(),
        storiesContradicted, String.join(", ", contradictions.stream().map(c -> c.kind() + " " + c.count())
        .toList()));
    for (Example e : contradictionExamples) {
      out.printf("  %s  %s%n    %s %s \"%s\": %s%n      1: %s#%d \"%s\"%n      2: %s#%d \"%s\"%n", e.storyId(),
          e.storyTitle(), e.kind(), e.type() == null ? "claim" : e.type(), e.label(), e.summary(), e.firstArticle(),
          e.firstSentence(), e.firstText(), e.secondArticle(), e.secondSentence(), e.secondText());
    }
  }
}
