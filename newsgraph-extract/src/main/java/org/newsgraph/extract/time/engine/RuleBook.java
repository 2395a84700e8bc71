package org.newsgraph.extract.time.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Work;

/**
 * The rules of a tagger, in the order their sets added them (a tie in length goes to the earlier rule), and the
 * matching of all of them over a text. Built once by {@link #of}; read-only after that, so one book serves every
 * thread.
 */
public final class RuleBook {
  private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  private final List<Rule> rules = new ArrayList<>();
  private final Set<String> absoluteRules;
  private boolean complete;

  private RuleBook(Set<String> absoluteRules) {
    this.absoluteRules = absoluteRules;
  }

  /**
   * The rules of {@code sets}, set after set, each set's in its own order. {@code absoluteRules} names the rules whose
   * dates stand on their own (see {@link Rule#absolute}); each must be a rule of the sets.
   */
  public static RuleBook of(List<? extends RuleSet> sets, Set<String> absoluteRules) {
    RuleBook book = new RuleBook(Set.copyOf(absoluteRules));
    for (RuleSet set : sets) {
      set.addTo(book);
    }
    book.complete = true;
    Set<String> unknown = new HashSet<>(absoluteRules);
    book.rules.forEach(r -> unknown.remove(r.name()));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("no rule named " + unknown);
    }
    return book;
  }

  /** Adds a rule: {@code regex} matches case-insensitively; its named groups are read from the regex itself. */
  public void add(String name, String regex, RuleHandler handler) {
    if (complete) {
      throw new IllegalStateException("the rule book is complete: " + name);
    }
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<String> names = new ArrayList<>();
    Matcher m = GROUP.matcher(regex);
    while (m.find()) {
      names.add(m.group(1));
    }
    rules.add(new Rule(name, p, List.copyOf(names), handler, absoluteRules.contains(name)));
  }

  public Rule get(int index) {
    return rules.get(index);
  }

  /** All matches of all rules in {@code original}, in rule order. */
  public List<Candidate> candidates(String original) {
    // No-break spaces ("March\u202f2024" in pasted pages) are spaces to the rules; offsets stay the same.
    String text = original.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2007', ' ');
    // read through a view that counts the characters each pattern reads and stops a match once time is up
    CharSequence counted = Work.text(text);
    List<Candidate> out = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      Matcher m = rule.pattern().matcher(counted);
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        Work.step();
        String covered = text.substring(m.start(), m.end());
        if (covered.matches("(?s).*\\n\\s*\\n.*")) {
          continue;
        }
        Map<String, String> gs = new HashMap<>();
        for (String n : rule.groupNames()) {
          gs.put(n, m.group(n));
        }
        out.add(new Candidate(r, new Match(gs, m.start(), m.end())));
      }
    }
    return out;
  }
}
