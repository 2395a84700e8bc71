package org.newsgraph.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Event;
import org.newsgraph.core.Span;
import org.newsgraph.store.StoryBoard;
import org.newsgraph.store.StoryBoard.Column;
import org.newsgraph.store.StoryBoard.Entry;
import org.newsgraph.store.StoryBoard.Level;
import org.newsgraph.store.StoryBoard.Report;
import org.newsgraph.store.StoryDetail;

/**
 * Builds the board of a story from its instances and its articles' claims and events: each report placed in a
 * column by its claim's stance (or its event's modality), counted per source and per outlet, and a level per fact.
 */
public final class StoryBoards {
  /** A determiner and up to three words: a definite reference back to something told ("the troop deployment"). */
  private static final Pattern DEFINITE = Pattern.compile(
      "\\b(?:the|this|that|its|their|his|her)((?:\\s+[\\p{L}-]+){1,3})", Pattern.CASE_INSENSITIVE);
  private static final int MAX_TEXT = 320;

  private StoryBoards() {}

  /** The board of {@code d}, reading claims and events from {@code articles} (by id). */
  public static StoryBoard build(StoryDetail d, Map<String, AnalyzedArticle> articles) {
    Map<String, StoryDetail.StoryArticle> members = new LinkedHashMap<>();
    d.articles().forEach(a -> members.put(a.articleId(), a));
    List<StoryBoard.Row> events = new ArrayList<>();
    List<StoryBoard.Contradiction> contradictions = new ArrayList<>();
    // the event each claim refers back to depends on the claim alone: found once, not once per event instance
    Map<String, Event> referents = new HashMap<>();
    for (StoryDetail.EventInstance e : d.events()) {
      List<Placed> placed = new ArrayList<>();
      List<Contradictions.Told> told = new ArrayList<>();
      Set<String> own = new LinkedHashSet<>();
      for (StoryDetail.Mention m : e.reports()) {
        AnalyzedArticle a = articles.get(m.articleId());
        Event ev = a == null ? null : event(a, m.id());
        if (ev != null) {
          Claim c = ev.claimId() == null ? null : claim(a, ev.claimId());
          List<Placed> of = ofEvent(a, members.get(a.article().id()), ev, c);
          placed.addAll(of);
          of.forEach(p -> told.add(told(p, a, ev, c, m.link())));
          if (c != null) {
            own.add(a.article().id() + "/" + c.id());
          }
        }
      }
      List<Placed> refs = references(e, articles, members, own, referents);
      placed.addAll(refs);
      refs.forEach(p -> told.add(told(p, articles.get(p.report().articleId()), null,
          claim(articles.get(p.report().articleId()), p.report().claimId()), 1.0)));
      events.add(row(e.id(), e.type(), e.label(), placed, members));
      contradictions.addAll(Contradictions.of(e.id(), e.type(), e.label(), told));
    }
    List<StoryBoard.Row> claims = new ArrayList<>();
    for (StoryDetail.ClaimInstance ci : d.claims()) {
      List<List<Placed>> groups = new ArrayList<>();
      List<String> groupWords = new ArrayList<>();
      List<Set<String>> groupStems = new ArrayList<>(); // each group's words' stems, made once
      for (StoryDetail.Mention m : ci.mentions()) {
        AnalyzedArticle a = articles.get(m.articleId());
        Claim c = a == null ? null : claim(a, m.id());
        if (c != null && !refusal(a, c)) {
          // a claim instance gathers one source's statements by shared words; a row is one proposition
          String said = contentOf(a, c);
          Set<String> stems = Propositions.stems(said);
          int g = 0;
          while (g < groups.size() && !Propositions.same(groupStems.get(g), stems)) {
            g++;
          }
          if (g == groups.size()) {
            groups.add(new ArrayList<>());
            groupWords.add(said);
            groupStems.add(stems);
          }
          groups.get(g).addAll(ofClaim(a, members.get(m.articleId()), c, m.id(), column(c.stance(), false), "claim",
              c.sentence(), c.cue()));
        }
      }
      for (int g = 0; g < Math.max(1, groups.size()); g++) {
        List<Placed> placed = groups.isEmpty() ? List.of() : groups.get(g);
        String id = g == 0 ? ci.id() : ci.id() + "~" + g;
        String label = g == 0 ? ci.excerpt() : excerpt(groupWords.get(g));
        List<Contradictions.Told> told = new ArrayList<>();
        placed.forEach(p -> told.add(told(p, articles.get(p.report().articleId()), null,
            claim(articles.get(p.report().articleId()), p.report().claimId()), 1.0)));
        claims.add(row(id, null, label, placed, members));
        contradictions.addAll(Contradictions.of(id, null, label, told));
      }
    }
    return new StoryBoard(d.story(), events, claims, contradictions);
  }

  /**
   * A report with the source it counts for, and who carried its words ("Yonhap, citing the NIS": the NIS counts,
   * Yonhap carries; null when the source told it itself).
   */
  private record Placed(Column column, String key, String source, boolean named, Report report, String carrier) {
    Placed(Column column, String key, String source, boolean named, Report report) {
      this(column, key, source, named, report, null);
    }
  }

  /** A placed report with the event it tells (null for a claim), its amounts' words, days and trigger, its claim's words. */
  private static Contradictions.Told told(Placed p, AnalyzedArticle a, Event ev, Claim c, double link) {
    List<String> amounts = ev == null ? List.of() : ev.quantities().stream().map(q -> words(a, q.span())).toList();
    String days = ev == null || ev.begin() == null ? null : (ev.time() == null ? "" : words(a, ev.time()) + ": ")
        + ev.begin() + (ev.end() == null || ev.end().equals(ev.begin().plusDays(1)) ? ""
        : " to " + ev.end().minusDays(1));
    String content = c == null ? null : contentOf(a, c);
    boolean naming = ev != null && ev.time() != null && Premodifiers.namesANoun(a.text(), ev.time());
    return new Contradictions.Told(p.column(), p.key(), name(p), p.named(), p.report(), ev, amounts,
        naming ? null : days, ev == null ? null : words(a, ev.trigger()), content, link);
  }

  /**
   * Whether a claim read as a denial rejects a proposal rather than a fact ("rejected a compromise offer", "dismissed
   * calls for an inquiry"): refusing is not denying, and such a report is placed in no column of the board.
   */
  private static boolean refusal(AnalyzedArticle a, Claim c) {
    return c.stance() == Claim.Stance.DENIED && Refusals.proposal(contentOf(a, c));
  }

  /** The words a claim says (its content spans). */
  private static String contentOf(AnalyzedArticle a, Claim c) {
    return String.join(" ", c.content().stream().map(x -> words(a, x)).toList());
  }

  private static String excerpt(String words) {
    return words.length() <= 160 ? words : words.substring(0, 159) + "…";
  }

  private static List<Placed> ofEvent(AnalyzedArticle a, StoryDetail.StoryArticle member, Event ev, Claim c) {
    boolean negated = ev.modality() == Event.Modality.DENIED || ev.modality() == Event.Modality.NEGATED;
    if (c != null) {
      return ofClaim(a, member, c, ev.id(), column(c.stance(), negated), "claim", ev.sentence(), ev.trigger());
    }
    Column col = negated ? Column.DENIES
        : ev.modality() == Event.Modality.HYPOTHETICAL ? Column.BELIEVES : Column.ASSERTS;
    String outlet = outlet(member);
    Report r = report(a, member, ev.id(), null, null, ev.modality().name(), "own", null, ev.sentence(),
        ev.trigger(), null);
    return List.of(outlet == null ? new Placed(col, "unnamed", "the article (no outlet known)", false, r)
        : new Placed(col, "outlet:" + outlet, outlet, true, r));
  }

  /** The reports of one claim: one per source, a group of countries giving one per country. */
  private static List<Placed> ofClaim(AnalyzedArticle a, StoryDetail.StoryArticle member, Claim c, String factId,
      Column col, String link, int sentence, Span at) {
    if (refusal(a, c)) {
      return List.of();
    }
    String said = c.source() == null ? null : words(a, c.source());
    String channel = c.channel() == null ? null : words(a, c.channel());
    if (c.cited() != null) {
      // "Yonhap, citing the NIS": the NIS's claim, carried by Yonhap
      String cited = words(a, c.cited().span());
      String carrier = said == null ? outlet(member) : said;
      Report r = report(a, member, factId, c.id(), cited, c.stance().name(), link, channel, sentence, at, carrier);
      String carrierKey = c.sourceEntityId() != null ? c.sourceEntityId() : carrier;
      return List.of(c.cited().entityId() != null
          ? new Placed(col, c.cited().entityId(), cited, true, r, carrierKey)
          : new Placed(col, "unnamed", cited, false, r, carrierKey));
    }
    Report r = report(a, member, factId, c.id(), said, c.stance().name(), link, channel, sentence, at, null);
    if (c.sourceEntityId() != null) {
      return List.of(new Placed(col, c.sourceEntityId(), said, true, r));
    }
    if (!c.sourceCountries().isEmpty()) {
      return c.sourceCountries().stream().map(k -> new Placed(col, k, said, true, r)).toList();
    }
    return List.of(new Placed(col, "unnamed", said == null ? "unnamed source" : said, false, r));
  }

  /**
   * Claims of the instance's articles whose words refer back to it ("neither Pyongyang nor Moscow have confirmed
   * the troop deployment"): a definite noun sharing its stem with the trigger of the nearest earlier mention.
   */
  private static List<Placed> references(StoryDetail.EventInstance e, Map<String, AnalyzedArticle> articles,
      Map<String, StoryDetail.StoryArticle> members, Set<String> own, Map<String, Event> referents) {
    List<Placed> out = new ArrayList<>();
    Set<String> mine = new LinkedHashSet<>();
    e.reports().forEach(m -> mine.add(m.articleId() + "/" + m.id()));
    for (String articleId : new LinkedHashSet<>(e.reports().stream().map(StoryDetail.Mention::articleId).toList())) {
      AnalyzedArticle a = articles.get(articleId);
      if (a == null) {
        continue;
      }
      for (Claim c : a.claims()) {
        String key = articleId + "/" + c.id();
        if (own.contains(key) || c.content().isEmpty()) {
          continue;
        }
        if (!referents.containsKey(key)) {
          referents.put(key, referent(a, c));
        }
        Event target = referents.get(key);
        if (target != null && mine.contains(articleId + "/" + target.id())) {
          out.addAll(ofClaim(a, members.get(articleId), c, target.id(), column(c.stance(), false), "reference",
              c.sentence(), c.cue()));
        }
      }
    }
    return out;
  }

  /** The event a claim's content refers back to, or null: the nearest one before it whose trigger fits. */
  private static Event referent(AnalyzedArticle a, Claim c) {
    Event best = null;
    for (Span s : c.content()) {
      Matcher m = DEFINITE.matcher(words(a, s));
      while (m.find()) {
        for (String noun : m.group(1).strip().toLowerCase(Locale.ROOT).split("\\s+")) {
          best = nearer(best, earlierFitting(a, c, s, noun));
        }
      }
    }
    return best;
  }

  /** The last event before {@code s} (not the claim's own) whose trigger shares its stem with {@code noun}. */
  private static Event earlierFitting(AnalyzedArticle a, Claim c, Span s, String noun) {
    Event best = null;
    for (Event ev : a.events()) {
      boolean before = ev.trigger().begin() < s.begin() && ev.sentence() <= c.sentence();
      boolean own = c.id().equals(ev.claimId());
      if (before && !own && sameStem(noun, words(a, ev.trigger()).toLowerCase(Locale.ROOT))) {
        best = nearer(best, ev);
      }
    }
    return best;
  }

  private static Event nearer(Event a, Event b) {
    return a == null ? b : b == null ? a : b.trigger().begin() > a.trigger().begin() ? b : a;
  }

  /** "deployment" and "deployed", "withdrawal" and "withdrawn": a shared start of at least five letters. */
  static boolean sameStem(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n >= 5 && n >= Math.min(a.length(), b.length()) - 4;
  }

  private static Column column(Claim.Stance s, boolean negated) {
    Column c = switch (s) {
      case ASSERTED, CONFIRMED -> Column.ASSERTS;
      case BELIEVED, HEDGED -> Column.BELIEVES;
      case DENIED -> Column.DENIES;
      case UNCONFIRMED -> Column.NOT_CONFIRMED;
    };
    // "X said the troops did not withdraw": asserting that it did not happen denies it
    return negated && (c == Column.ASSERTS || c == Column.BELIEVES) ? Column.DENIES : c;
  }

  private static StoryBoard.Row row(String id, String type, String label, List<Placed> placed,
      Map<String, StoryDetail.StoryArticle> members) {
    Map<String, List<Placed>> byEntry = new LinkedHashMap<>();
    for (Placed p : placed) {
      byEntry.computeIfAbsent(p.column() + "|" + p.key(), k -> new ArrayList<>()).add(p);
    }
    List<Entry> entries = new ArrayList<>();
    Map<Column, Map<String, String>> named = new LinkedHashMap<>(); // column → source key → name
    for (Column col : Column.values()) {
      named.put(col, new LinkedHashMap<>());
    }
    int unnamed = 0;
    for (List<Placed> ps : byEntry.values()) {
      Placed first = ps.get(0);
      List<Report> reports = ps.stream().map(Placed::report).distinct().toList();
      Set<String> arts = new LinkedHashSet<>();
      reports.forEach(r -> arts.add(r.articleId()));
      entries.add(new Entry(first.column(), first.key(), first.source(), first.named(), arts.size(),
          outlets(arts, members).size(), reports));
      if (first.named()) {
        named.get(first.column()).put(first.key(), name(first));
      } else {
        unnamed += reports.size();
      }
    }
    Set<String> arts = new LinkedHashSet<>();
    placed.forEach(p -> arts.add(p.report().articleId()));
    int republications = arts.stream().mapToInt(x -> members.containsKey(x)
        ? Math.max(0, members.get(x).publications() - 1) : 0).sum();
    // "asserted by some, denied by others": a source on both sides (two of its statements, or a changed account)
    // is no dispute between sources, and counts on neither side
    Map<String, String> asserting = named.get(Column.ASSERTS);
    Map<String, String> denying = named.get(Column.DENIES);
    List<String> both = asserting.keySet().stream().filter(denying::containsKey).map(asserting::get).toList();
    List<String> asserts = asserting.entrySet().stream().filter(e -> !denying.containsKey(e.getKey()))
        .map(Map.Entry::getValue).toList();
    List<String> denies = denying.entrySet().stream().filter(e -> !asserting.containsKey(e.getKey()))
        .map(Map.Entry::getValue).toList();
    Level level = !asserts.isEmpty() && !denies.isEmpty() ? Level.DISPUTED
        : !denies.isEmpty() ? Level.DENIED
        : asserts.size() >= 2 ? Level.CORROBORATED
        : asserts.size() == 1 ? Level.SINGLE_SOURCE : Level.UNCONFIRMED;
    List<String> reasons = new ArrayList<>();
    switch (level) {
      case DISPUTED -> {
        reasons.add("asserted by " + String.join(", ", asserts));
        reasons.add("denied by " + String.join(", ", denies));
      }
      case DENIED -> reasons.add("denied by " + String.join(", ", denies) + "; no named source asserts it");
      case CORROBORATED -> reasons.add("corroborated by " + asserts.size() + " independent sources: "
          + String.join(", ", asserts));
      case SINGLE_SOURCE -> reasons.add("single source: " + asserts.get(0));
      case UNCONFIRMED -> reasons.add("no named source asserts it");
    }
    if (!both.isEmpty()) {
      reasons.add("both asserted and denied by " + String.join(", ", both)
          + " (two accounts of one source, not counted on either side)");
    }
    if (!named.get(Column.BELIEVES).isEmpty()) {
      reasons.add("believed or hedged by " + String.join(", ", named.get(Column.BELIEVES).values()));
    }
    if (!named.get(Column.NOT_CONFIRMED).isEmpty()) {
      reasons.add("not confirmed by " + String.join(", ", named.get(Column.NOT_CONFIRMED).values()));
    }
    if (unnamed > 0) {
      reasons.add(unnamed + " report(s) from unnamed sources, not counted as sources");
    }
    Set<String> carriers = new LinkedHashSet<>();
    placed.stream().filter(p -> p.carrier() != null && p.column() == Column.ASSERTS).forEach(p -> carriers.add(
        p.carrier()));
    if (!carriers.isEmpty()) {
      reasons.add("carried by " + carriers.size() + " (" + String.join(", ", carriers) + ") for the sources they"
          + " cite");
    }
    reasons.add(arts.size() + " article(s) in " + outlets(arts, members).size() + " outlet(s)"
        + (republications > 0 ? ", " + republications + " republication(s) counted once" : ""));
    return new StoryBoard.Row(id, type, label, level, reasons, asserts.size(), arts.size(),
        outlets(arts, members).size(), republications, entries, carriers.size());
  }

  /** How a source is named in the reasons: its words and its key ("Neither Pyongyang nor Moscow [country:RUS]"). */
  private static String name(Placed p) {
    if (p.key().startsWith("outlet:") || p.source() == null || p.source().isBlank()) {
      return p.key().startsWith("outlet:") ? p.key().substring("outlet:".length()) : p.key();
    }
    return p.source() + " [" + p.key() + "]";
  }

  private static Set<String> outlets(Set<String> articleIds, Map<String, StoryDetail.StoryArticle> members) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : articleIds) {
      StoryDetail.StoryArticle m = members.get(a);
      if (m != null) {
        out.addAll(m.outlets());
      }
    }
    return out;
  }

  private static String outlet(StoryDetail.StoryArticle m) {
    if (m == null) {
      return null;
    }
    return m.outlet() != null ? m.outlet() : m.outlets().isEmpty() ? null : m.outlets().get(0);
  }

  private static Report report(AnalyzedArticle a, StoryDetail.StoryArticle member, String factId, String claimId,
      String source, String stance, String link, String channel, int sentence, Span at, String carrier) {
    return new Report(a.article().id(), outlet(member), member == null ? null : member.date(), factId, claimId,
        source, stance.toLowerCase(Locale.ROOT), link, channel, sentence, sentenceAround(a.text(), at), carrier);
  }

  /** The sentence around a span (stored articles keep no sentence boundaries): to the nearest ". " or line end. */
  static String sentenceAround(String text, Span at) {
    int b = Math.max(0, Math.min(at.begin(), text.length()));
    int e = Math.max(b, Math.min(at.end(), text.length()));
    int start = b;
    while (start > 0 && text.charAt(start - 1) != '\n' && !(start >= 2 && text.charAt(start - 1) == ' '
        && ".!?".indexOf(text.charAt(start - 2)) >= 0 && start < text.length() && Character.isUpperCase(text.charAt(start)))) {
      start--;
    }
    int end = e;
    while (end < text.length() && text.charAt(end) != '\n' && !(".!?".indexOf(text.charAt(end)) >= 0
        && (end + 1 == text.length() || text.charAt(end + 1) == ' ' || text.charAt(end + 1) == '\n'))) {
      end++;
    }
    end = Math.min(text.length(), end + 1);
    String s = text.substring(start, end).strip();
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "…";
  }

  private static String words(AnalyzedArticle a, Span s) {
    String t = a.text();
    return t.substring(Math.max(0, Math.min(s.begin(), t.length())), Math.max(0, Math.min(s.end(), t.length())));
  }

  private static Event event(AnalyzedArticle a, String id) {
    return a.events().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
  }

  private static Claim claim(AnalyzedArticle a, String id) {
    return a.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }
}
