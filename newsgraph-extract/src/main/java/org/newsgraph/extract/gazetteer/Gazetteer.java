package org.newsgraph.extract.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Slugs;

/**
 * Countries, capitals, regions, cities and organisations news names, with the ways news names them: names,
 * aliases, demonyms ("North Korean"), capitals ("Pyongyang") and seats of power ("the Kremlin") standing for a
 * country, and descriptions used with a country's possessive ("South Korea's spy agency").
 *
 * <p>Immutable and thread-safe. {@link #bundled()} loads the TSV files shipped in this package (see the
 * {@code README.md} next to them).
 */
public final class Gazetteer {
  static final List<String> COUNTRY_HEADER =
      List.of("iso3", "iso2", "name", "aliases", "demonyms", "capitals", "seats");
  static final List<String> ORG_HEADER = List.of("slug", "name", "aliases", "country", "kind", "descriptors");
  static final List<String> REGION_HEADER = List.of("slug", "name", "aliases", "country", "kind");

  static final Set<String> ORG_KINDS = Set.of("international", "government", "intelligence", "military",
      "legislature", "party", "agency", "company", "ngo", "university", "armed-group");

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Hit groups, in the order {@link #lookup} returns them. */
  private static final int G_SEAT = 0;
  private static final int G_CAPITAL = 1;
  private static final int G_COUNTRY = 2;
  private static final int G_DEMONYM = 3;
  private static final int G_ORG = 4;
  private static final int G_PLACE = 5;

  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byId;
  private final Map<String, List<Posting>> index;
  private final Map<String, GazetteerEntry> descriptors;
  private final int maxNameWords;

  /** One way of naming one entry, filed under the lower-cased normalized form. */
  private record Posting(String form, boolean exactCase, GazetteerEntry entry, NameKind kind, int group,
      int order) {}

  private Gazetteer(List<GazetteerEntry> entries, Map<String, List<Posting>> index,
      Map<String, GazetteerEntry> descriptors, int maxNameWords) {
    this.entries = List.copyOf(entries);
    Map<String, GazetteerEntry> ids = new HashMap<>();
    for (GazetteerEntry e : entries) {
      ids.put(e.id(), e);
    }
    this.byId = Map.copyOf(ids);
    Map<String, List<Posting>> idx = new HashMap<>();
    index.forEach((k, v) -> idx.put(k, List.copyOf(v)));
    this.index = Map.copyOf(idx);
    this.descriptors = Map.copyOf(descriptors);
    this.maxNameWords = maxNameWords;
  }

  private static final class Holder {
    static final Gazetteer BUNDLED = loadBundled();
  }

  /**
   * The gazetteer shipped with newsgraph, loaded once per JVM on first use.
   *
   * @throws IllegalStateException if a bundled file is missing or malformed (the message names file and line)
   */
  public static Gazetteer bundled() {
    return Holder.BUNDLED;
  }

  private static Gazetteer loadBundled() {
    try (Reader c = resource("countries.tsv"); Reader o = resource("organizations.tsv");
        Reader r = resource("regions.tsv")) {
      return load(c, "countries.tsv", o, "organizations.tsv", r, "regions.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
  }

  private static Reader resource(String name) {
    InputStream in = Gazetteer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + ": bundled gazetteer file not found next to "
          + Gazetteer.class.getName());
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** All entries: countries first, then capitals, organisations, regions and cities, each in file order. */
  public List<GazetteerEntry> entries() {
    return entries;
  }

  /** The entry with this id ({@code country:PRK}, {@code org:nis-kor}, {@code place:kursk}, {@code place:seoul}). */
  public Optional<GazetteerEntry> byId(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  /**
   * Exact-name lookup. An all-caps alias (AFP, WHO, US) matches only exactly; others ignore case. Curly apostrophes
   * count as straight ones; whitespace is collapsed; a leading "the " in the surface is also tried without it.
   *
   * <p>Hits come in this order: seats, capitals (both on the country), names and aliases of countries, demonyms,
   * organisations, then regions and places (including the capital's own place entry); within a group in entry
   * order. An entry appears at most once per {@link NameKind}.
   */
  public List<NameHit> lookup(String surface) {
    if (surface == null) {
      return List.of();
    }
    String s = normalize(surface);
    if (s.isEmpty()) {
      return List.of();
    }
    List<String> candidates = new ArrayList<>(2);
    candidates.add(s);
    if (s.length() > 4 && s.regionMatches(true, 0, "the ", 0, 4)) {
      candidates.add(s.substring(4));
    }
    for (int i = 0, n = candidates.size(); i < n; i++) {
      // an ampersand is the word "and": "Food & Agriculture Organisation", "Food and Agriculture Organization"
      String and = candidates.get(i).replace(" & ", " and ");
      if (!and.equals(candidates.get(i))) {
        candidates.add(and);
      }
    }
    for (int i = 0, n = candidates.size(); i < n; i++) {
      // British and American spellings name the same body: "World Trade Organisation", "World Trade Organization"
      String us = ISATION.matcher(candidates.get(i)).replaceAll("ization");
      if (!us.equals(candidates.get(i))) {
        candidates.add(us);
      }
    }
    List<Posting> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String c : candidates) {
      for (Posting p : index.getOrDefault(c.toLowerCase(Locale.ROOT), List.of())) {
        if (p.exactCase() && !p.form().equals(c)) {
          continue;
        }
        if (seen.add(p.entry().id() + "\u0000" + p.kind())) {
          found.add(p);
        }
      }
    }
    found.sort(Comparator.comparingInt(Posting::group).thenComparingInt(Posting::order));
    List<NameHit> hits = new ArrayList<>(found.size());
    for (Posting p : found) {
      hits.add(new NameHit(p.entry(), p.kind()));
    }
    return List.copyOf(hits);
  }

  /** The most whitespace-separated words in any name, alias, demonym, capital or seat. */
  public int maxNameWords() {
    return maxNameWords;
  }

  /**
   * The organisation of a country whose descriptors contain the lower-cased description: ("KOR", "spy agency") →
   * org:nis-kor. A leading "the " is ignored; a null or empty country means international organisations.
   */
  public Optional<GazetteerEntry> orgByDescriptor(String countryIso3, String description) {
    if (description == null) {
      return Optional.empty();
    }
    String d = normalize(description).toLowerCase(Locale.ROOT);
    if (d.startsWith("the ")) {
      d = d.substring(4);
    }
    String country = countryIso3 == null ? "" : countryIso3.strip().toUpperCase(Locale.ROOT);
    return Optional.ofNullable(descriptors.get(country + "\u0000" + d));
  }

  private static final java.util.regex.Pattern ISATION = java.util.regex.Pattern.compile("isation\\b");

  /** Curly apostrophes to straight ones, NFC, whitespace collapsed, trimmed. */
  static String normalize(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'').replace('\u2032', '\'');
    return WHITESPACE.matcher(n.replace('\u00A0', ' ')).replaceAll(" ").strip();
  }

  /** True when the form has a letter and no lower-case letter (AFP, U.S., G7, OPEC+). */
  static boolean allCaps(String form) {
    boolean letter = false;
    for (int i = 0; i < form.length(); ) {
      int cp = form.codePointAt(i);
      if (Character.isLetter(cp)) {
        letter = true;
        if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
          return false;
        }
      }
      i += Character.charCount(cp);
    }
    return letter;
  }

  // ---------------------------------------------------------------------------------------------- loading

  /**
   * Builds a gazetteer from the three tables.
   *
   * @throws IllegalStateException naming the file and line of the first malformed or inconsistent row
   */
  static Gazetteer load(Reader countries, String countriesFile, Reader organizations, String organizationsFile,
      Reader regions, String regionsFile) {
    return new Builder()
        .countries(TsvTable.read(countries, countriesFile, COUNTRY_HEADER))
        .organizations(TsvTable.read(organizations, organizationsFile, ORG_HEADER))
        .regions(TsvTable.read(regions, regionsFile, REGION_HEADER))
        .build();
  }

  /** Mutable while loading; one per entry. */
  private static final class Draft {
    final String id;
    final EntityType type;
    final String name;
    final LinkedHashSet<String> aliases = new LinkedHashSet<>();
    final String country;
    final String kind;
    final List<String> descriptors;
    final int group;

    Draft(String id, EntityType type, String name, List<String> aliases, String country, String kind,
        List<String> descriptors, int group) {
      this.id = id;
      this.type = type;
      this.name = name;
      this.aliases.addAll(aliases);
      this.aliases.remove(name);
      this.country = country;
      this.kind = kind;
      this.descriptors = descriptors;
      this.group = group;
    }
  }

  private record CountryForm(Draft country, NameKind kind, String form) {}

  private static final class Builder {
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    /** Demonyms, capitals and seats, which name a country without being its aliases. */
    private final List<CountryForm> countryForms = new ArrayList<>();
    private final Set<String> iso3s = new HashSet<>();
    private final Set<String> iso2s = new HashSet<>();
    private final Map<String, String> capitalCountry = new HashMap<>();
    private final Map<String, String> descriptorOwner = new HashMap<>();
    private final List<Draft> capitals = new ArrayList<>();
    private final List<Draft> orgs = new ArrayList<>();
    private final List<Draft> places = new ArrayList<>();

    Builder countries(List<TsvTable.Row> rows) {
      for (TsvTable.Row row : rows) {
        String iso3 = row.required(0, "iso3");
        String iso2 = row.required(1, "iso2");
        if (!ISO3.matcher(iso3).matches()) {
          throw row.error("iso3 '" + iso3 + "' is not three capital letters");
        }
        if (!ISO2.matcher(iso2).matches()) {
          throw row.error("iso2 '" + iso2 + "' is not two capital letters");
        }
        if (!iso3s.add(iso3)) {
          throw row.error("duplicate iso3 " + iso3);
        }
        if (!iso2s.add(iso2)) {
          throw row.error("duplicate iso2 " + iso2);
        }
        String id = EntityType.COUNTRY.prefix() + ":" + iso3;
        Draft d = new Draft(id, EntityType.COUNTRY, row.required(2, "name"), row.multi(3), iso3, "country",
            List.of(), G_COUNTRY);
        put(d, row);
        for (String demonym : row.multi(4)) {
          countryForms.add(new CountryForm(d, NameKind.DEMONYM, demonym));
        }
        List<String> capital = row.multi(5);
        for (String form : capital) {
          countryForms.add(new CountryForm(d, NameKind.CAPITAL, form));
        }
        for (String seat : row.multi(6)) {
          countryForms.add(new CountryForm(d, NameKind.SEAT, seat));
        }
        if (!capital.isEmpty()) {
          String slug = Slugs.of(capital.get(0));
          String capId = EntityType.PLACE.prefix() + ":" + slug;
          if (capitalCountry.containsKey(capId)) {
            capId = capId + "-" + iso3.toLowerCase(Locale.ROOT);
          }
          capitalCountry.put(capId, iso3);
          capitals.add(new Draft(capId, EntityType.PLACE, capital.get(0), capital.subList(1, capital.size()),
              iso3, "capital", List.of(), G_PLACE));
        }
      }
      for (Draft c : capitals) {
        drafts.put(c.id, c);
      }
      return this;
    }

    Builder organizations(List<TsvTable.Row> rows) {
      for (TsvTable.Row row : rows) {
        String slug = slug(row);
        String country = country(row, 3);
        String kind = row.required(4, "kind");
        if (!ORG_KINDS.contains(kind)) {
          throw row.error("unknown organisation kind '" + kind + "'; known kinds: " + ORG_KINDS);
        }
        List<String> descs = new ArrayList<>();
        for (String raw : row.multi(5)) {
          String desc = normalize(raw);
          if (!desc.equals(desc.toLowerCase(Locale.ROOT))) {
            throw row.error("descriptor '" + raw + "' must be lower-case");
          }
          String key = (country == null ? "" : country) + "\u0000" + desc;
          String owner = descriptorOwner.putIfAbsent(key, slug);
          if (owner != null) {
            throw row.error("descriptor '" + desc + "' of " + (country == null ? "international" : country)
                + " is already used by org:" + owner);
          }
          descs.add(desc);
        }
        Draft d = new Draft(EntityType.ORGANIZATION.prefix() + ":" + slug, EntityType.ORGANIZATION,
            row.required(1, "name"), row.multi(2), country, kind, descs, G_ORG);
        put(d, row);
        orgs.add(d);
      }
      return this;
    }

    Builder regions(List<TsvTable.Row> rows) {
      for (TsvTable.Row row : rows) {
        String slug = slug(row);
        String country = country(row, 3);
        String kind = row.required(4, "kind");
        EntityType type = switch (kind) {
          case "region" -> EntityType.REGION;
          case "city" -> EntityType.PLACE;
          default -> throw row.error("unknown place kind '" + kind + "'; expected region or city");
        };
        String id = EntityType.PLACE.prefix() + ":" + slug;
        String name = row.required(1, "name");
        List<String> aliases = row.multi(2);
        Draft existing = drafts.get(id);
        if (existing != null && "capital".equals(existing.kind) && existing.country.equals(country)
            && type == EntityType.PLACE) {
          // the capital from countries.tsv listed again as a city: merge its names into the capital
          if (!name.equals(existing.name)) {
            existing.aliases.add(name);
          }
          existing.aliases.addAll(aliases);
          existing.aliases.remove(existing.name);
          continue;
        }
        Draft d = new Draft(id, type, name, aliases, country, kind, List.of(), G_PLACE);
        put(d, row);
        places.add(d);
      }
      return this;
    }

    private String slug(TsvTable.Row row) {
      String slug = row.required(0, "slug");
      if (!SLUG.matcher(slug).matches()) {
        throw row.error("slug '" + slug + "' must be lower-case letters and digits joined by single hyphens");
      }
      return slug;
    }

    private String country(TsvTable.Row row, int column) {
      String c = row.get(column);
      if (c.isEmpty()) {
        return null;
      }
      if (!iso3s.contains(c)) {
        throw row.error("country '" + c + "' is not an iso3 code listed in the countries file");
      }
      return c;
    }

    private void put(Draft d, TsvTable.Row row) {
      if (drafts.containsKey(d.id)) {
        Draft other = drafts.get(d.id);
        throw row.error("duplicate id " + d.id + " (already used by " + other.kind + " " + other.name + ")");
      }
      drafts.put(d.id, d);
    }

    Gazetteer build() {
      // entry order: countries, capitals, organisations, regions and cities
      List<Draft> ordered = new ArrayList<>();
      for (Draft d : drafts.values()) {
        if (d.type == EntityType.COUNTRY) {
          ordered.add(d);
        }
      }
      ordered.addAll(capitals);
      ordered.addAll(orgs);
      ordered.addAll(places);
      Map<String, GazetteerEntry> built = new LinkedHashMap<>();
      for (Draft d : ordered) {
        built.put(d.id, new GazetteerEntry(d.id, d.type, d.name, List.copyOf(d.aliases), d.country, d.kind,
            d.descriptors));
      }
      Map<String, Integer> order = new HashMap<>();
      for (Draft d : ordered) {
        order.put(d.id, order.size());
      }
      Map<String, List<Posting>> index = new HashMap<>();
      int[] maxWords = {0};
      for (Draft d : ordered) {
        GazetteerEntry e = built.get(d.id);
        int o = order.get(d.id) * 8;
        addPosting(index, maxWords, d.name, e, NameKind.NAME, d.group, o);
        for (String a : d.aliases) {
          addPosting(index, maxWords, a, e, NameKind.ALIAS, d.group, o + 1);
        }
      }
      for (CountryForm f : countryForms) {
        Draft d = f.country();
        int group = switch (f.kind()) {
          case SEAT -> G_SEAT;
          case CAPITAL -> G_CAPITAL;
          default -> G_DEMONYM;
        };
        addPosting(index, maxWords, f.form(), built.get(d.id), f.kind(), group, order.get(d.id) * 8);
      }
      Map<String, GazetteerEntry> descriptors = new HashMap<>();
      for (Draft d : orgs) {
        for (String desc : d.descriptors) {
          descriptors.put((d.country == null ? "" : d.country) + "\u0000" + desc, built.get(d.id));
        }
      }
      return new Gazetteer(new ArrayList<>(built.values()), index, descriptors, maxWords[0]);
    }

    private static void addPosting(Map<String, List<Posting>> index, int[] maxWords, String raw,
        GazetteerEntry e, NameKind kind, int group, int order) {
      String form = normalize(raw);
      if (form.isEmpty()) {
        return;
      }
      maxWords[0] = Math.max(maxWords[0], form.split(" ").length);
      List<Posting> list = index.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
      for (Posting p : list) {
        if (p.entry() == e && p.kind() == kind && p.form().equals(form)) {
          return;
        }
      }
      list.add(new Posting(form, allCaps(form), e, kind, group, order));
    }
  }
}
