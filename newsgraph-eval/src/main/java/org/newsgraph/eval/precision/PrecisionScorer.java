package org.newsgraph.eval.precision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.Sentence;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.eval.harness.Scorer;

/**
 * Judges each analysed article against its gold ({@link ClaimJudge}, {@link EventJudge}), adds the counts to its
 * split's {@link SplitTally}, and keeps one error line per wrong prediction and per missed gold item.
 */
public final class PrecisionScorer implements Scorer<Article, PrecisionScorer.Gold, AnalyzedArticle> {
  /** The header of the error lines (tab-separated). */
  public static final String ERROR_HEADER = "split\tdoc\titem\tverdict\treason\twords\texpected\tgot";
  private static final int WORDS = 90;

  /** What the scorer needs of one gold entry: the anchored gold and whether it had to be re-anchored. */
  public record Gold(GoldArticle article, boolean reanchored) {}

  private final Map<String, SplitTally> tallies = new LinkedHashMap<>();
  private final List<String> errorLines = new ArrayList<>();

  /** The tally of each split seen, in the order first seen. */
  public Map<String, SplitTally> tallies() {
    return tallies;
  }

  /** One line per wrong prediction and per missed gold item, in document order. */
  public List<String> errorLines() {
    return errorLines;
  }

  @Override
  public void add(GoldItem<Article, Gold> item, AnalyzedArticle a) {
    GoldArticle g = item.gold().article();
    SplitTally t = tallies.computeIfAbsent(g.split(), s -> new SplitTally());
    String text = a.text();
    t.articles++;
    t.reanchored += item.gold().reanchored() ? 1 : 0;
    ClaimJudge.Result claims = ClaimJudge.judge(text, g.claims(), a.claims());
    t.claimsPredicted += a.claims().size();
    t.goldClaims += g.claims().size();
    t.goldClaimsFound += g.claims().size() - claims.missed().size();
    for (ClaimJudge.Verdict v : claims.verdicts()) {
      if (v.predicted().confidence() != null) {
        t.claimReliability.add(v.predicted().confidence(), v.right());
      }
      if (v.right()) {
        t.claimsRight++;
        t.goldClaimsRecalled++;
      } else {
        v.errors().forEach(e -> t.claimErrors.merge(e, 1, Integer::sum));
        errorLines.add(line(g, "claim", "wrong", v.errors().stream().map(ClaimError::label)
            .collect(Collectors.joining(", ")) + ": " + v.why(), claimWords(text, v.predicted()),
            v.gold() == null ? "-" : expected(v.gold()), got(text, v.predicted())));
      }
    }
    for (GoldClaim m : claims.missed()) {
      errorLines.add(line(g, "claim", "missed", "no prediction has this cue or content",
          m.cue().words() + " | " + m.content().get(0).words(), expected(m), "-"));
    }
    EventJudge.Result events = EventJudge.judge(text, g.events(), a.events(), s -> sentenceOf(a, s));
    t.eventsPredicted += a.events().size();
    t.goldEvents += g.events().size();
    t.goldEventsFound += g.events().size() - events.missed().size();
    if (g.events().isEmpty()) {
      t.articlesWithoutEvents++;
      t.eventsWhereNone += a.events().size();
    }
    for (EventJudge.Verdict v : events.verdicts()) {
      if (v.right()) {
        t.eventsRight++;
        t.goldEventsRecalled++;
      } else {
        v.errors().forEach(e -> t.eventErrors.merge(e, 1, Integer::sum));
        errorLines.add(line(g, "event", "wrong", v.errors().stream().map(EventError::label)
            .collect(Collectors.joining(", ")) + ": " + v.why(), sentence(a, v.predicted()),
            v.gold() == null ? "-" : expected(v.gold()), got(text, v.predicted())));
      }
    }
    for (GoldEvent m : events.missed()) {
      errorLines.add(line(g, "event", "missed", "no prediction has this trigger", m.trigger().words(),
          expected(m), "-"));
    }
  }

  private static int sentenceOf(AnalyzedArticle a, GoldSpan s) {
    for (Sentence x : a.sentences()) {
      if (x.span().begin() <= s.begin() && s.begin() < x.span().end()) {
        return x.index();
      }
    }
    return -1;
  }

  private static String line(GoldArticle g, String item, String verdict, String reason, String words,
      String expected, String got) {
    return String.join("\t", g.split(), g.doc(), item, verdict, clean(reason), clean(words), clean(expected),
        clean(got));
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String claimWords(String text, Claim c) {
    String content = c.content().isEmpty() ? "" : c.content().get(0).of(text);
    return c.cue().of(text) + " | " + cut(content);
  }

  private static String expected(GoldClaim g) {
    return "source " + ClaimJudge.expected(g) + "; cue \"" + g.cue().words() + "\"; content \""
        + cut(g.content().stream().map(GoldSpan::words).collect(Collectors.joining(" … "))) + "\"";
  }

  private static String got(String text, Claim c) {
    String who = c.source() == null ? "no source" : "\"" + c.source().of(text) + "\" ("
        + (c.sourceEntityId() != null ? c.sourceEntityId() : c.sourceCountries().isEmpty() ? "no entity"
        : String.join("|", c.sourceCountries())) + ")";
    return "source " + who + "; cue \"" + c.cue().of(text) + "\"; content \""
        + cut(c.content().stream().map(s -> s.of(text)).collect(Collectors.joining(" … "))) + "\"";
  }

  private static String expected(GoldEvent g) {
    return EventJudge.types(g) + " \"" + g.trigger().words() + "\" actor " + Participants.expected(g.actors())
        + "; recipient " + Participants.expected(g.recipients()) + "; " + EventJudge.name(g.modality());
  }

  private static String got(String text, Event e) {
    return e.type() + " \"" + e.trigger().of(text) + "\" actor " + args(text, e.actors()) + "; recipient "
        + args(text, e.recipients()) + "; " + EventJudge.name(e.modality());
  }

  private static String args(String text, List<Event.Argument> args) {
    if (args.isEmpty()) {
      return "none";
    }
    return args.stream()
        .map(x -> (x.entityId() == null ? "?" : x.entityId()) + " \"" + Participants.words(text, x) + "\"")
        .collect(Collectors.joining(" + "));
  }

  private static String sentence(AnalyzedArticle a, Event e) {
    for (Sentence s : a.sentences()) {
      if (s.index() == e.sentence()) {
        return e.trigger().of(a.text()) + " | " + cut(s.span().of(a.text()));
      }
    }
    return e.trigger().of(a.text());
  }

  private static String cut(String s) {
    String c = s.replaceAll("\\s+", " ").strip();
    return c.length() <= WORDS ? c : c.substring(0, WORDS) + "…";
  }
}
