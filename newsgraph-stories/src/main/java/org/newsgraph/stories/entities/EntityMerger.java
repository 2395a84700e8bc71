package org.newsgraph.stories.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.stories.text.Terms;

/**
 * People named by surname alone ("Reagan", "Mr. Smith") in one article, made one with a person named in full
 * ("Ronald Reagan") in others when the context agrees: the full name is named in the same story, or shares at least
 * {@link #MIN_SHARED} other entities with this article, and no title disagrees ("Mrs." for a man seen as "Mr.").
 * When two people of that surname fit, the one the shared entities point to far more strongly is taken
 * ({@link #leading}), else nothing is merged. Each merge is for one article and records its evidence;
 * when a later article of the same story names a second person of that surname, the story's merges of the surname
 * are undone, with the reason.
 */
public final class EntityMerger {
  static final int MIN_SHARED = 2;
  private static final int CO_ENTITIES = 40;
  private static final Set<String> MALE = Set.of("mr", "sir", "lord", "king", "prince", "father", "brother");
  private static final Set<String> FEMALE = Set.of("mrs", "ms", "miss", "madam", "lady", "queen", "princess",
      "sister", "dame");

  /** What is known of one person named in full. */
  private static final class Person {
    final Map<String, Integer> coEntities = new HashMap<>();
    final Set<String> stories = new LinkedHashSet<>();
    final Set<String> titles = new LinkedHashSet<>();
  }

  /** surname → full-name person id → what is known. */
  private final Map<String, Map<String, Person>> bySurname = new HashMap<>();
  /** The people whose context linking changed since {@link #drainChanged}: person id → surname. */
  private final Map<String, String> changed = new LinkedHashMap<>();
  /** story → the active merges made in it. */
  private final Map<String, List<EntityMerge>> active = new HashMap<>();

  /** Merges made and undone by one article. */
  public record Result(List<EntityMerge> made, List<EntityMerge> undone) {}

  public Result link(AnalyzedArticle a, String storyId) {
    String text = a.text();
    Set<String> present = new LinkedHashSet<>();
    for (Entity e : a.entities()) {
      present.add(e.id());
    }
    List<EntityMerge> undone = new ArrayList<>();
    // 1. people named in full: learn their context; a second one of a surname in a story undoes its merges
    for (Entity e : a.entities()) {
      String surname = surnameOfFull(e);
      if (surname == null) {
        continue;
      }
      Person p = bySurname.computeIfAbsent(surname, x -> new LinkedHashMap<>()).computeIfAbsent(e.id(),
          x -> new Person());
      for (String o : present) {
        if (!o.equals(e.id())) {
          p.coEntities.merge(o, 1, Integer::sum);
        }
      }
      trim(p.coEntities);
      p.stories.add(storyId);
      p.titles.addAll(titles(a, e.id(), text));
      changed.put(e.id(), surname);
      List<EntityMerge> inStory = active.getOrDefault(storyId, List.of());
      for (EntityMerge m : new ArrayList<>(inStory)) {
        if (m.surname().equals(surname) && !m.into().equals(e.id())) {
          EntityMerge u = m.undo(a.article().id(), "article " + a.article().id() + " of the same story names another "
              + e.name() + " (" + e.id() + ")");
          undone.add(u);
          active.get(storyId).remove(m);
        }
      }
    }
    // 2. people named by surname alone: merge with the one full name the context agrees on
    List<EntityMerge> made = new ArrayList<>();
    for (Entity e : a.entities()) {
      if (e.type() != EntityType.PERSON || e.name() == null || e.name().strip().contains(" ")) {
        continue;
      }
      String surname = Terms.fold(e.name().strip());
      Map<String, Person> known = bySurname.get(surname);
      if (known == null) {
        continue;
      }
      if (fullNamesInStory(surname, storyId) > 1) {
        continue; // two people of that name in this story: the surname alone cannot tell them apart
      }
      Set<String> myTitles = titles(a, e.id(), text);
      List<String> fits = new ArrayList<>();
      Map<String, String> why = new HashMap<>();
      Map<String, List<String>> evidence = new HashMap<>();
      for (Map.Entry<String, Person> c : known.entrySet()) {
        if (c.getKey().equals(e.id()) || conflict(myTitles, c.getValue().titles)) {
          continue;
        }
        List<String> shared = new ArrayList<>();
        for (String o : present) {
          if (!o.equals(e.id()) && c.getValue().coEntities.containsKey(o)) {
            shared.add(o);
          }
        }
        boolean sameStory = c.getValue().stories.contains(storyId);
        if (sameStory || shared.size() >= MIN_SHARED) {
          fits.add(c.getKey());
          why.put(c.getKey(), sameStory ? "named in full in the same story " + storyId
              : "shares " + shared.size() + " other entities with it (" + String.join(", ",
                  shared.subList(0, Math.min(5, shared.size()))) + ")");
          evidence.put(c.getKey(), shared);
        }
      }
      String into = fits.size() == 1 ? fits.get(0) : leading(fits, known, storyId, evidence);
      if (into == null) {
        continue;
      }
      if (fits.size() > 1) {
        why.put(into, why.get(into) + "; preferred to " + String.join(", ", fits.stream().filter(f -> !f.equals(into))
            .toList()) + " (" + strength(known.get(into), evidence.get(into)) + " joint mentions of the shared"
            + " entities against " + fits.stream().filter(f -> !f.equals(into)).map(f -> String.valueOf(strength(
                known.get(f), evidence.get(f)))).collect(java.util.stream.Collectors.joining(", ")) + ")");
      }
      List<String> mentions = new ArrayList<>();
      for (Mention m : a.mentions()) {
        if (e.id().equals(m.entityId())) {
          mentions.add(m.span().begin() + "-" + m.span().end());
        }
      }
      EntityMerge m = new EntityMerge("m" + a.article().id() + ":" + e.id(), a.article().id(), e.id(), into, storyId,
          surname,
          why.get(into), evidence.get(into), mentions, null, null);
      made.add(m);
      active.computeIfAbsent(storyId, x -> new ArrayList<>()).add(m);
    }
    return new Result(made, undone);
  }

  /** How much stronger the evidence for one full name must be than for each other that fits, to take it. */
  static final int DOMINANCE = 3;

  /**
   * Of several full names that fit, the one the article is clearly about, or null: the one whose articles named the
   * entities this article shares with it {@link #DOMINANCE} times as often as any other's did ("Mr Blair" beside
   * Labour and Gordon Brown is Tony Blair, who is named with them in dozens of articles, not Cherie Blair, named
   * with them in two). A full name named in this story is not outweighed by one that is not; two such never reach
   * here ({@link #fullNamesInStory}).
   */
  private static String leading(List<String> fits, Map<String, Person> known, String storyId,
      Map<String, List<String>> evidence) {
    String best = null;
    for (String f : fits) {
      if (best == null || stronger(f, best, known, storyId, evidence) > 0) {
        best = f;
      }
    }
    for (String f : fits) {
      if (!f.equals(best) && stronger(best, f, known, storyId, evidence) < 2) {
        return null;
      }
    }
    return best;
  }

  /** 2 when {@code a} clearly outweighs {@code b}, 1 when it weighs more, else 0 (or less). */
  private static int stronger(String a, String b, Map<String, Person> known, String storyId,
      Map<String, List<String>> evidence) {
    boolean sa = known.get(a).stories.contains(storyId);
    boolean sb = known.get(b).stories.contains(storyId);
    if (sa != sb) {
      return sa ? 2 : -2;
    }
    int x = strength(known.get(a), evidence.get(a));
    int y = strength(known.get(b), evidence.get(b));
    return x >= DOMINANCE * Math.max(1, y) ? 2 : Integer.compare(x, y);
  }

  /** How often the full name's articles named the entities it shares with this article. */
  private static int strength(Person p, List<String> shared) {
    int n = 0;
    for (String o : shared) {
      n += p.coEntities.getOrDefault(o, 0);
    }
    return n;
  }

  private int fullNamesInStory(String surname, String storyId) {
    int n = 0;
    for (Person p : bySurname.getOrDefault(surname, Map.of()).values()) {
      if (p.stories.contains(storyId)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The folded surnames {@link #link} reads for an article: of its people named in full and of those named by one
   * word. A store that loads what it knows of people only by surname ({@link #restore(PersonContext)}) loads these before the
   * article is linked.
   */
  public static Set<String> surnames(AnalyzedArticle a) {
    Set<String> out = new LinkedHashSet<>();
    for (Entity e : a.entities()) {
      String full = surnameOfFull(e);
      if (full != null) {
        out.add(full);
      }
      if (e.type() == EntityType.PERSON && e.name() != null && !e.name().strip().contains(" ")) {
        out.add(Terms.fold(e.name().strip()));
      }
    }
    return out;
  }

  /** The folded last word of a person's name of two words or more, else null. */
  public static String surnameOfFull(Entity e) {
    if (e.type() != EntityType.PERSON || e.name() == null) {
      return null;
    }
    String[] w = e.name().strip().split("\\s+");
    return w.length < 2 ? null : Terms.fold(w[w.length - 1]);
  }

  /** The courtesy titles written just before the entity's mentions ("Mr.", "Mrs"). */
  private static Set<String> titles(AnalyzedArticle a, String entityId, String text) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention m : a.mentions()) {
      if (!entityId.equals(m.entityId())) {
        continue;
      }
      int i = m.span().begin() - 1;
      while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '.')) {
        i--;
      }
      int end = i + 1;
      while (i >= 0 && Character.isLetter(text.charAt(i))) {
        i--;
      }
      String w = Terms.fold(text.substring(i + 1, end));
      if (MALE.contains(w) || FEMALE.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean conflict(Set<String> a, Set<String> b) {
    boolean am = a.stream().anyMatch(MALE::contains);
    boolean af = a.stream().anyMatch(FEMALE::contains);
    boolean bm = b.stream().anyMatch(MALE::contains);
    boolean bf = b.stream().anyMatch(FEMALE::contains);
    return (am && bf && !bm) || (af && bm && !bf);
  }

  private static void trim(Map<String, Integer> m) {
    if (m.size() <= CO_ENTITIES * 2) {
      return;
    }
    List<Map.Entry<String, Integer>> all = new ArrayList<>(m.entrySet());
    all.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    m.clear();
    for (int i = 0; i < CO_ENTITIES; i++) {
      m.put(all.get(i).getKey(), all.get(i).getValue());
    }
  }

  /** Loads a saved merge that is still active. */
  public void restore(EntityMerge m) {
    if (m.active()) {
      active.computeIfAbsent(m.storyId(), x -> new ArrayList<>()).add(m);
    }
  }

  /**
   * Loads what is known of a person named in full, exactly as {@link #drainChanged} gave it (a store reopened keeps
   * merging as if it had never closed).
   */
  public void restore(PersonContext c) {
    Person p = bySurname.computeIfAbsent(c.surname(), x -> new LinkedHashMap<>()).computeIfAbsent(c.id(),
        x -> new Person());
    p.coEntities.clear();
    for (int i = 0; i < c.coEntities().size(); i++) {
      p.coEntities.put(c.coEntities().get(i), c.counts().get(i));
    }
    p.stories.clear();
    p.stories.addAll(c.stories());
    p.titles.clear();
    p.titles.addAll(c.titles());
  }

  /** The context of each person that linking changed since the last call, by id; forgets them as changed. */
  public List<PersonContext> drainChanged() {
    List<PersonContext> out = new ArrayList<>();
    for (Map.Entry<String, String> c : new java.util.TreeMap<>(changed).entrySet()) {
      Person p = bySurname.get(c.getValue()).get(c.getKey());
      List<Map.Entry<String, Integer>> co = new ArrayList<>(p.coEntities.entrySet());
      co.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      out.add(new PersonContext(c.getKey(), c.getValue(), co.stream().map(Map.Entry::getKey).toList(),
          co.stream().map(Map.Entry::getValue).toList(), new java.util.TreeSet<>(p.stories).stream().toList(),
          new java.util.TreeSet<>(p.titles).stream().toList()));
    }
    changed.clear();
    return out;
  }
}
