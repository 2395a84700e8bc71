package org.newsgraph.ingest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt (RFC 9309) that apply to us: the group naming our product token, else the {@code *}
 * group; a path is disallowed when its longest matching rule is a {@code Disallow} ({@code Allow} wins ties);
 * {@code *} and a final {@code $} in rules are understood. A {@code Crawl-delay} is kept as the wait it asks for.
 */
public record Robots(List<Rule> rules, double crawlDelaySeconds) {
  /** Everything allowed: no robots.txt (404), or one without rules for us. */
  public static final Robots ALLOW_ALL = new Robots(List.of(), 0);

  public Robots {
    rules = List.copyOf(rules);
  }

  /** One {@code Allow} or {@code Disallow} line. */
  public record Rule(boolean allow, String pattern) {
    boolean matches(String path) {
      String p = pattern;
      boolean anchored = p.endsWith("$");
      if (anchored) {
        p = p.substring(0, p.length() - 1);
      }
      String regex = java.util.Arrays.stream(p.split("\\*", -1)).map(java.util.regex.Pattern::quote)
          .reduce((a, b) -> a + ".*" + b).orElse("");
      return path.matches(regex + (anchored ? "" : ".*"));
    }
  }

  /** The rules of {@code text} for the agent whose product token is {@code agent} ("newsgraph"). */
  public static Robots parse(String text, String agent) {
    String me = agent.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    double[] delay = {0, 0};
    boolean mineFound = false;
    List<String> agents = new ArrayList<>();
    boolean inRules = false;
    for (String raw : text.split("\\r?\\n|\\r")) {
      String line = raw.replaceAll("#.*", "").strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (inRules) {
          agents.clear();
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
        continue;
      }
      if (!key.equals("allow") && !key.equals("disallow") && !key.equals("crawl-delay")) {
        continue;
      }
      inRules = true;
      boolean forMe = agents.stream().anyMatch(a -> !a.equals("*") && me.startsWith(a));
      boolean forAll = agents.contains("*");
      mineFound |= forMe;
      if (key.equals("crawl-delay")) {
        try {
          double d = Double.parseDouble(value);
          if (forMe) {
            delay[0] = d;
          } else if (forAll) {
            delay[1] = d;
          }
        } catch (NumberFormatException e) {
          // an unreadable delay asks for nothing
        }
        continue;
      }
      if (value.isEmpty()) {
        continue; // "Disallow:" allows everything
      }
      Rule r = new Rule(key.equals("allow"), value);
      if (forMe) {
        mine.add(r);
      } else if (forAll) {
        star.add(r);
      }
    }
    return mineFound ? new Robots(mine, delay[0]) : new Robots(star, delay[1]);
  }

  /** Whether {@code pathAndQuery} ("/news/x?id=1") may be fetched. */
  public boolean allows(String pathAndQuery) {
    String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    Rule best = null;
    for (Rule r : rules) {
      if (r.matches(path) && (best == null || r.pattern().length() > best.pattern().length()
          || r.pattern().length() == best.pattern().length() && r.allow())) {
        best = r;
      }
    }
    return best == null || best.allow();
  }
}
