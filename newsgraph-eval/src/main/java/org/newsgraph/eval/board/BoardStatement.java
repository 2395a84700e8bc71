package org.newsgraph.eval.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.newsgraph.store.StoryBoard;
import org.newsgraph.store.StoryBoard.Column;
import org.newsgraph.store.StoryBoard.Entry;
import org.newsgraph.store.StoryBoard.Report;
import org.newsgraph.store.StoryBoard.Row;

/**
 * One thing a story's board tells an analyst, which a reader can judge right or wrong against the articles:
 * a contradiction ({@code number}, {@code date}, {@code changed_account}: "these two reports disagree"), a level
 * ({@code disputed}: "some named sources assert it, others deny it"; {@code denied}: "named sources deny it, none
 * asserts it"), a named source that {@code not_confirmed} a fact ("X has not confirmed it"), or a claim grouping
 * ({@code grouped}: "one source said one thing in these reports", a claim row over two or more sentences).
 *
 * <p>The id names the statement by what it rests on (the kind and the reports, as article:sentence:source), not by
 * the row it is shown in, so a judgement still applies when the board is computed another way and says the same.
 *
 * @param id     the statement's key (kind, then the reports it rests on)
 * @param kind   number, date, changed_account, disputed, denied, not_confirmed or grouped
 * @param story  the story's id
 * @param text   what the board says, with the sentences it rests on (for the reader)
 */
public record BoardStatement(String id, String kind, String story, String text) {
  /** The kinds, in the order they are reported. */
  public static final List<String> KINDS = List.of("number", "date", "changed_account", "disputed", "denied",
      "not_confirmed", "grouped");

  /** The statements of one board. */
  public static List<BoardStatement> of(StoryBoard b) {
    String story = b.story().id();
    List<BoardStatement> out = new ArrayList<>();
    for (StoryBoard.Contradiction c : b.contradictions()) {
      String kind = c.kind().name().toLowerCase(Locale.ROOT);
      out.add(new BoardStatement(kind + "|" + pair(key(c.first().report(), c.first().sourceKey()),
          key(c.second().report(), c.second().sourceKey())), kind, story, c.label() + ": " + c.summary()
          + "\n  A: " + c.first().report().text() + "\n  B: " + c.second().report().text()));
    }
    for (Row r : rows(b)) {
      if (r.level() == StoryBoard.Level.DISPUTED || r.level() == StoryBoard.Level.DENIED) {
        String kind = r.level().name().toLowerCase(Locale.ROOT);
        TreeSet<String> keys = new TreeSet<>();
        StringBuilder t = new StringBuilder(r.label() + ": " + String.join("; ", r.reasons()));
        for (Entry e : r.entries()) {
          if (e.named() && (e.column() == Column.DENIES || kind.equals("disputed") && e.column() == Column.ASSERTS)) {
            for (Report p : e.reports()) {
              keys.add(e.column().name().toLowerCase(Locale.ROOT) + ":" + key(p, e.sourceKey()));
              t.append("\n  ").append(e.column().name().toLowerCase(Locale.ROOT)).append(" ").append(e.source())
                  .append(": ").append(p.text());
            }
          }
        }
        out.add(new BoardStatement(kind + "|" + String.join(",", keys), kind, story, t.toString()));
      }
      for (Entry e : r.entries()) {
        if (e.named() && e.column() == Column.NOT_CONFIRMED) {
          TreeSet<String> keys = new TreeSet<>();
          StringBuilder t = new StringBuilder(r.label() + ": not confirmed by " + e.source());
          for (Report p : e.reports()) {
            keys.add(key(p, e.sourceKey()));
            t.append("\n  ").append(p.text());
          }
          out.add(new BoardStatement("not_confirmed|" + r.label() + "|" + String.join(",", keys), "not_confirmed",
              story, t.toString()));
        }
      }
    }
    for (Row r : b.claims()) {
      TreeSet<String> keys = new TreeSet<>();
      StringBuilder t = new StringBuilder(r.label());
      for (Entry e : r.entries()) {
        for (Report p : e.reports()) {
          if (keys.add(p.articleId() + ":" + p.sentence())) {
            t.append("\n  ").append(e.source()).append(" (").append(p.stance()).append("): ").append(p.text());
          }
        }
      }
      if (keys.size() >= 2) {
        out.add(new BoardStatement("grouped|" + String.join(",", keys), "grouped", story, t.toString()));
      }
    }
    return out;
  }

  /** Which half of the stories a story falls in ("A" or "B"): by its id, so the split knows nothing of the text. */
  public static String half(String storyId) {
    int last = Character.digit(storyId.charAt(storyId.length() - 1), 16);
    return last % 2 == 0 ? "A" : "B";
  }

  private static List<Row> rows(StoryBoard b) {
    List<Row> all = new ArrayList<>(b.events());
    all.addAll(b.claims());
    return all;
  }

  private static String key(Report r, String sourceKey) {
    return r.articleId() + ":" + r.sentence() + ":" + sourceKey;
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "/" + b : b + "/" + a;
  }
}
