package org.newsgraph.extract.time.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;
import org.newsgraph.core.Work;
import org.newsgraph.extract.time.resolution.Focus;
import org.newsgraph.extract.time.resolution.ResolutionContext;
import org.newsgraph.extract.time.resolution.TimeWords;
import org.newsgraph.extract.time.resolution.TimexValue;

/**
 * Runs a {@link RuleBook} over a text in two passes. Extents first: every match of every rule is a candidate; the
 * longest win (a tie goes to the earlier rule, then to the earlier match), each kept only if it overlaps no extent
 * kept before, is no quoted title, and its rule accepts it in a dry run, where no focus is kept. Then values: the
 * extents kept are resolved again in document order, and each resolved date becomes a focus for the relative
 * expressions after it. Thread-safe: a run keeps its state in contexts of its own.
 */
public final class RuleEngine {
  private final RuleBook book;

  public RuleEngine(RuleBook book) {
    this.book = book;
  }

  /** Finds and resolves every time expression in {@code text}; {@code anchor} may be null. */
  public List<TimeExpression> tag(String text, List<Sentence> sentences, LocalDate anchor) {
    return tagged(text, sentences, anchor).stream().map(Tagged::time).toList();
  }

  /**
   * A time expression and how it was found: the rule whose match it is, whether that rule's dates stand on their
   * own ({@link Rule#absolute}), and what resolving it read ({@link ResolutionContext#basis}).
   */
  public record Tagged(TimeExpression time, String rule, boolean absolute, Set<String> basis) {
    public Tagged {
      basis = Set.copyOf(basis);
    }
  }

  /** As {@link #tag}, each expression with how it was found. */
  public List<Tagged> tagged(String text, List<Sentence> sentences, LocalDate anchor) {
    return resolveInOrder(text, sentences, anchor, chooseExtents(text, sentences, anchor));
  }

  /** The overlap resolution: the candidates kept, in document order. */
  private List<Candidate> chooseExtents(String text, List<Sentence> sentences, LocalDate anchor) {
    ResolutionContext dry = new ResolutionContext(text, sentences, anchor, true);
    List<Candidate> cands = book.candidates(text);
    cands.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::rule)
        .thenComparingInt(cd -> cd.match().begin()));
    // the extents kept, by where they begin: they never overlap, so one look at the nearest is enough
    TreeMap<Integer, Candidate> chosen = new TreeMap<>();
    for (Candidate cd : cands) {
      Work.step();
      if (overlapsChosen(chosen, cd) || quotedTitle(text, cd.match().begin(), cd.match().end())) {
        continue;
      }
      dry.at(cd.match().begin(), cd.match().end());
      if (resolve(cd, dry) != null) {
        chosen.put(cd.match().begin(), cd);
      }
    }
    return new ArrayList<>(chosen.values());
  }

  /**
   * Whether {@code cd} overlaps an extent kept: the kept extents are disjoint, so if the last one that begins before
   * {@code cd} ends does not reach into it, no earlier one does.
   */
  private static boolean overlapsChosen(TreeMap<Integer, Candidate> chosen, Candidate cd) {
    Map.Entry<Integer, Candidate> before = chosen.lowerEntry(cd.match().end());
    return before != null && before.getValue().match().end() > cd.match().begin();
  }

  private List<Tagged> resolveInOrder(String text, List<Sentence> sentences, LocalDate anchor,
      List<Candidate> chosen) {
    ResolutionContext ctx = new ResolutionContext(text, sentences, anchor, false);
    List<Tagged> result = new ArrayList<>();
    for (Candidate cd : chosen) {
      Work.step();
      ctx.at(cd.match().begin(), cd.match().end());
      TimexValue out = resolve(cd, ctx);
      if (out == null) {
        continue;
      }
      int b = cd.match().begin();
      int e = cd.match().end();
      Rule rule = book.get(cd.rule());
      result.add(new Tagged(new TimeExpression(new Span(b, e), out.type(), out.value(), out.mod(), out.begin(),
          out.end()), rule.name(), rule.absolute(), ctx.basis()));
      // a DURATION with a granularity is one that also landed on a date ("a day later"): a focus like a date
      if ((out.type() == TimexType.DATE || out.type() == TimexType.TIME || out.type() == TimexType.DURATION)
          && out.begin() != null
          && out.granularity() != null) {
        ctx.addFocus(new Focus(out, ctx.sentenceIndex(), book.get(cd.rule()).absolute(), e, ctx.indefinite()));
      }
    }
    return result;
  }

  /** The candidate's rule applied to it in {@code context}; a rule that throws rejects the match. */
  private TimexValue resolve(Candidate cd, ResolutionContext context) {
    try {
      return book.get(cd.rule()).handler().resolve(cd.match(), context);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A title in quotation marks: an opening quote, then the expression with its common words capitalised
   * ("This Week", the name of a television programme), which in running text they would not be.
   */
  private static boolean quotedTitle(String text, int begin, int end) {
    int i = begin - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i <= 0 || "\"`'\u201c\u2018".indexOf(text.charAt(i)) < 0) {
      return false; // no opening quote (or the text opens with it: a quoted headline, not a title in a sentence)
    }
    String[] words = text.substring(begin, end).split("\\s+");
    if (words.length < 2) {
      return false;
    }
    boolean commonCapitalised = false;
    for (String w : words) {
      if (!TimeWords.capitalised(w)) {
        return false;
      }
      if (w.matches("Week|Month|Year|Day|Night|Morning|Evening|Today|Tonight|Weekend")) {
        commonCapitalised = true;
      }
    }
    return commonCapitalised;
  }
}
