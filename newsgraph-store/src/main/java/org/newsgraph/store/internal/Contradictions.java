package org.newsgraph.store.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.core.Event;
import org.newsgraph.core.Quantity;
import org.newsgraph.store.StoryBoard.Column;
import org.newsgraph.store.StoryBoard.Contradiction;
import org.newsgraph.store.StoryBoard.Disagreement;
import org.newsgraph.store.StoryBoard.Report;
import org.newsgraph.store.StoryBoard.Side;

/**
 * Where the reports of one event or claim instance disagree: amounts of the same thing that cannot both be true
 * ({@link Quantity#compatibleWith}), days given by the text that do not overlap, and one named source that asserts
 * the fact in one article and denies it in another. Two reports of one source in one article are not set against
 * each other for amounts or days (an article telling two happenings under one event instance is no disagreement).
 */
final class Contradictions {
  /** At most this many contradictions of one kind per instance (the pairs of a much-reported instance multiply). */
  private static final int MAX_PER_KIND = 5;
  private static final Comparator<Told> BY_DATE = Comparator.comparing((Told t) -> t.report().date(),
      Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(t -> t.report().articleId())
      .thenComparing(t -> t.report().sentence());

  private Contradictions() {}

  /**
   * One report as the board placed it, with the event it tells (null for a claim, or a claim referring back to
   * the event), the words of that event's amounts (in the order of {@link Event#quantities()}), its days (null when
   * its time expression names a thing rather than dating a happening: "last Sunday's agreement") and its trigger,
   * the words the claim says (null without a claim) and how sure the linker was of the mention.
   */
  record Told(Column column, String key, String source, boolean named, Report report, Event event,
      List<String> amounts, String days, String trigger, String content, double link) {}

  /**
   * How sure the event linker must have been of both mentions (the probability each joined the instance with, 1
   * for the one that started it) before their amounts or days are set against each other: an instance joined on
   * weak evidence gathers different happenings ("last Sunday's agreement in Doha" and "OPEC's December agreement").
   */
  static final double HIGH_LINK = 0.8;

  /** The contradictions among the reports of one instance. */
  static List<Contradiction> of(String instanceId, String type, String label, List<Told> told) {
    List<Contradiction> out = new ArrayList<>();
    out.addAll(numbers(instanceId, type, label, told));
    out.addAll(dates(instanceId, type, label, told));
    out.addAll(changedAccounts(instanceId, type, label, told));
    return out;
  }

  private static List<Contradiction> numbers(String id, String type, String label, List<Told> told) {
    List<Contradiction> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < told.size(); i++) {
      for (int j = i + 1; j < told.size() && out.size() < MAX_PER_KIND; j++) {
        Told a = told.get(i);
        Told b = told.get(j);
        if (a.event() == null || b.event() == null || oneAccount(a, b) || !oneHappening(a, b) || !sure(a, b)) {
          continue;
        }
        for (int x = 0; x < a.event().quantities().size(); x++) {
          for (int y = 0; y < b.event().quantities().size(); y++) {
            Quantity qa = a.event().quantities().get(x);
            Quantity qb = b.event().quantities().get(y);
            String pair = pairKey(a, b) + "|" + qa.unit() + "|" + qa.counted();
            if (qa.sameMeasure(qb) && !qa.compatibleWith(qb) && seen.add(pair)) {
              out.add(contradiction(Disagreement.NUMBER, id, type, label, a, a.amounts().get(x), b,
                  b.amounts().get(y), "amounts of " + measure(qa) + " that cannot both be true"));
            }
          }
        }
      }
    }
    return out;
  }

  private static List<Contradiction> dates(String id, String type, String label, List<Told> told) {
    List<Contradiction> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < told.size(); i++) {
      for (int j = i + 1; j < told.size() && out.size() < MAX_PER_KIND; j++) {
        Told a = told.get(i);
        Told b = told.get(j);
        if (!dated(a) || !dated(b) || oneAccount(a, b) || !oneHappening(a, b) || !sure(a, b)) {
          continue;
        }
        Event ea = a.event();
        Event eb = b.event();
        boolean overlap = ea.begin().isBefore(eb.end()) && eb.begin().isBefore(ea.end());
        if (!overlap && seen.add(pairKey(a, b))) {
          out.add(contradiction(Disagreement.DATE, id, type, label, a, a.days(), b, b.days(),
              "days that do not overlap"));
        }
      }
    }
    return out;
  }

  /** A named source that asserts the fact in one article and denies it in another: earliest first. */
  private static List<Contradiction> changedAccounts(String id, String type, String label, List<Told> told) {
    List<Contradiction> out = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    told.stream().filter(Told::named).forEach(t -> keys.add(t.key()));
    for (String key : keys) {
      List<Told> asserts = told.stream().filter(t -> t.key().equals(key) && t.column() == Column.ASSERTS).toList();
      List<Told> denies = told.stream().filter(t -> t.key().equals(key) && t.column() == Column.DENIES).toList();
      Told a = null;
      Told d = null;
      for (Told x : asserts) {
        for (Told y : denies) {
          if (!x.report().articleId().equals(y.report().articleId()) && sayOneThing(x, y) && opposite(x, y)
              && (a == null || later(x, y, a, d))) {
            a = x;
            d = y;
          }
        }
      }
      if (a != null && out.size() < MAX_PER_KIND) {
        out.add(contradiction(Disagreement.CHANGED_ACCOUNT, id, type, label, a, "asserts it (" + a.report().stance()
            + ")", d, "denies it (" + d.report().stance() + ")", "one source, two accounts"));
      }
    }
    return out;
  }

  /**
   * Whether two reports of one instance tell one happening: their triggers share a stem ("deployed",
   * "deployment") or their events share an actor. An instance gathers what its words and type make alike, and two
   * happenings under one instance ("the decision 10 days ago" and "met this evening") are no disagreement.
   */
  private static boolean oneHappening(Told a, Told b) {
    if (a.trigger() != null && b.trigger() != null && (a.trigger().equalsIgnoreCase(b.trigger())
        || StoryBoards.sameStem(a.trigger().toLowerCase(java.util.Locale.ROOT),
        b.trigger().toLowerCase(java.util.Locale.ROOT)))) {
      return true;
    }
    Set<String> actors = new LinkedHashSet<>();
    a.event().actors().forEach(x -> actors.add(x.entityId()));
    return b.event().actors().stream().anyMatch(x -> x.entityId() != null && actors.contains(x.entityId()));
  }

  /**
   * Whether an assertion and a denial say one thing: an event's mentions do (the event is the thing); two claims
   * do when they share most of their content words, counted over both (a claim instance also gathers different
   * statements of one speaker: "denied exceeding the ceiling" and "said production was below the quota").
   */
  private static boolean sayOneThing(Told x, Told y) {
    if (x.event() != null && y.event() != null) {
      return true;
    }
    return Propositions.same(x.content(), y.content());
  }

  /**
   * Whether two reports take opposite sides of the proposition, not of its surface: denying X is asserting not-X,
   * so "denied Kuwait was over-producing" and "said Kuwait was not over-producing" are one account. An event's
   * column already holds its negation (a negated event asserted is a denial); a claim's words are read here.
   */
  private static boolean opposite(Told x, Told y) {
    return polarity(x) != polarity(y);
  }

  private static boolean polarity(Told t) {
    boolean says = t.column() == Column.ASSERTS;
    return t.event() == null && Propositions.negated(t.content()) ? !says : says;
  }

  /** Whether the linker was sure enough of both mentions for their amounts or days to be compared. */
  private static boolean sure(Told a, Told b) {
    return a.link() >= HIGH_LINK && b.link() >= HIGH_LINK;
  }

  /** Whether the pair (x, y) is further apart in time than (a, d): the clearest change of account is shown. */
  private static boolean later(Told x, Told y, Told a, Told d) {
    return gap(x, y) > gap(a, d);
  }

  private static long gap(Told x, Told y) {
    LocalDate p = x.report().date();
    LocalDate q = y.report().date();
    return p == null || q == null ? -1 : Math.abs(p.toEpochDay() - q.toEpochDay());
  }

  private static boolean dated(Told t) {
    Event e = t.event();
    return e != null && t.days() != null && !e.timeFromArticleDate() && e.begin() != null && e.end() != null;
  }

  /** Two reports of one source in one article: one account, not two. */
  private static boolean oneAccount(Told a, Told b) {
    return a.report().articleId().equals(b.report().articleId()) && a.key().equals(b.key());
  }

  private static String pairKey(Told a, Told b) {
    String x = a.report().articleId() + "#" + a.key();
    String y = b.report().articleId() + "#" + b.key();
    return x.compareTo(y) < 0 ? x + "/" + y : y + "/" + x;
  }

  private static String measure(Quantity q) {
    return q.counted() != null && q.unit() != null ? q.counted() + " in " + q.unit()
        : Objects.requireNonNullElse(q.counted(), q.unit());
  }

  private static Contradiction contradiction(Disagreement kind, String id, String type, String label, Told a,
      String saysA, Told b, String saysB, String what) {
    boolean swap = BY_DATE.compare(a, b) > 0;
    Told first = swap ? b : a;
    Told second = swap ? a : b;
    String firstSays = swap ? saysB : saysA;
    String secondSays = swap ? saysA : saysB;
    String summary = "\"" + firstSays + "\" (" + first.source() + ", " + dateOf(first) + ") vs \"" + secondSays
        + "\" (" + second.source() + ", " + dateOf(second) + "): " + what;
    return new Contradiction(kind, id, type, label, summary, side(first, firstSays), side(second, secondSays));
  }

  private static String dateOf(Told t) {
    return t.report().date() == null ? "undated" : t.report().date().toString();
  }

  private static Side side(Told t, String says) {
    return new Side(t.key(), t.source(), says, t.report());
  }
}
