package org.newsgraph.extract.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word classes that tell the political sense of a trigger from the others: the words of markets and money, sport,
 * shows and fiction, games, products and technology, and of politics, force and crime. A trigger's participants and
 * sentence are described by the classes of their words; the event-sense model learns what each class means for each
 * kind of trigger. The lists name kinds of things, not particular sentences.
 */
final class WordClasses {
  static final String MARKET = "market";
  static final String MONEY = "money";
  static final String SPORT = "sport";
  static final String SHOW = "show";
  static final String GAME = "game";
  static final String PRODUCT = "product";
  static final String POLITY = "polity";
  static final String FORCE = "force";
  static final String CRIME = "crime";
  static final String ABSTRACT = "abstract";

  private static final Map<String, String> CLASS = new HashMap<>();

  static {
    put(MARKET, "share", "shares", "stock", "stocks", "bond", "bonds", "yield", "coupon", "dividend", "pct",
        "percent", "price", "prices", "priced", "offering", "debenture", "debentures", "note", "notes", "warrant",
        "warrants", "index", "futures", "trading", "trader", "traders", "investor", "investors", "market",
        "markets", "profit", "profits", "loss", "losses", "revenue", "revenues", "earnings", "quarter", "qtr",
        "sales", "shareholder", "shareholders", "stake", "bid", "takeover", "merger", "acquisition", "stg",
        "currency", "dollar", "yen", "rate", "rates", "interest", "inflation", "forecast", "analyst", "analysts",
        "exchange", "bourse", "nasdaq", "nyse", "ftse", "dow", "tender", "issue", "underwriter", "underwriters",
        "maturity", "basis", "points", "valuation", "turnover", "output", "economy", "growth", "demand", "supply",
        "customer", "customers", "consumer", "consumers", "retailer", "retailers", "brand", "firm", "firms",
        "company", "companies", "corp", "inc", "ltd", "plc", "subsidiary", "unit", "chairman", "executive",
        "ceo", "board", "directors");
    put(MONEY, "dlrs", "dlr", "mln", "bln", "billion", "million", "pound", "pounds", "dollars", "euros", "euro",
        "cents", "fee", "fees", "charge", "charges", "cost", "costs", "tax", "taxes", "fare", "fares", "bill",
        "cash", "money", "fund", "funds", "loan", "loans", "debt", "debts", "pay", "salary", "wage", "wages",
        "budget", "subsidy", "subsidies", "tariff", "tariffs");
    put(SPORT, "match", "matches", "game", "games", "goal", "goals", "win", "won", "victory", "defeat", "cup",
        "league", "season", "coach", "manager", "player", "players", "team", "teams", "club", "clubs", "squad",
        "championship", "championships", "tournament", "final", "finals", "semi", "quarter-final", "title",
        "striker", "midfielder", "defender", "goalkeeper", "captain", "score", "scored", "points", "round",
        "race", "races", "medal", "olympic", "olympics", "athlete", "athletes", "rugby", "football", "soccer",
        "cricket", "tennis", "golf", "boxing", "boxer", "fixture", "fixtures", "stadium", "pitch", "innings",
        "wicket", "test", "premiership", "champions", "fa", "uefa", "fifa", "nba", "nfl", "grand", "slam",
        "seed", "set", "sets", "knockout", "playoff", "play-off", "penalty", "penalties", "referee", "fans",
        "unbeaten", "champion", "rival", "rivals", "opponent", "opponents", "half", "minute", "minutes", "lead");
    put(SHOW, "film", "films", "movie", "movies", "album", "albums", "song", "songs", "single", "singles", "show",
        "shows", "series", "episode", "episodes", "character", "characters", "soap", "drama", "dramas", "novel",
        "novels", "book", "books", "play", "plays", "theatre", "theater", "stage", "star", "stars", "actor",
        "actors", "actress", "actresses", "singer", "singers", "band", "bands", "director", "festival", "award",
        "awards", "oscar", "oscars", "grammy", "bafta", "chart", "charts", "box", "office", "audience",
        "audiences", "viewers", "storyline", "plot", "script", "scene", "scenes", "sequel", "comedy", "musical",
        "concert", "tour", "fans", "hollywood", "studio", "studios", "role", "roles", "cast", "premiere", "dvd",
        "television", "tv", "channel", "radio", "programme", "program", "documentary", "fiction", "fictional",
        "writer", "author", "poem", "poet", "painting", "portrait", "gallery", "exhibition", "museum", "artist",
        "review", "reviews", "critic", "critics", "hit", "soundtrack", "video");
    put(GAME, "gamer", "gamers", "gaming", "console", "consoles", "xbox", "playstation", "nintendo", "sony",
        "level", "levels", "multiplayer", "online", "virtual", "arcade", "halo", "simulation", "joystick");
    put(PRODUCT, "phone", "phones", "mobile", "mobiles", "handset", "handsets", "software", "hardware", "computer",
        "computers", "pc", "pcs", "laptop", "device", "devices", "gadget", "gadgets", "model", "models", "version",
        "versions", "product", "products", "chip", "chips", "processor", "camera", "cameras", "screen", "internet",
        "web", "website", "websites", "site", "browser", "email", "e-mail", "broadband", "network", "networks",
        "user", "users", "technology", "technologies", "app", "apps", "program", "programs", "system", "systems",
        "feature", "features", "upgrade", "launch", "car", "cars", "engine", "power", "speed", "memory",
        "data", "digital", "download", "downloads", "music", "player", "ipod", "apple", "microsoft", "google",
        "linux", "windows", "virus", "spam", "hacker", "hackers", "search", "service", "services");
    put(POLITY, "government", "governments", "minister", "ministers", "ministry", "president", "premier",
        "parliament", "parliamentary", "senate", "congress", "election", "elections", "vote", "voters", "party",
        "parties", "opposition", "cabinet", "official", "officials", "diplomat", "diplomats", "diplomatic",
        "embassy", "ambassador", "envoy", "treaty", "sanctions", "state", "states", "nation", "nations",
        "regime", "leader", "leaders", "king", "prince", "authorities", "authority", "policy", "foreign",
        "summit", "talks", "negotiations", "ceasefire", "peace", "refugees", "asylum", "citizens", "mp", "mps",
        "lawmakers", "senator", "senators", "governor", "mayor", "council", "union", "un", "nato", "eu",
        "labour", "conservative", "conservatives", "democrats", "republicans", "tory", "tories", "campaign",
        "protesters", "demonstrators", "activists", "strike", "strikers", "rights", "human", "independence");
    put(FORCE, "troops", "troop", "soldier", "soldiers", "army", "military", "forces", "force", "navy", "marines",
        "militants", "militant", "rebels", "rebel", "insurgents", "guerrillas", "fighters", "militia", "war",
        "wars", "weapons", "weapon", "missile", "missiles", "bomb", "bombs", "attack", "attacks", "airstrike",
        "airstrikes", "shelling", "artillery", "tank", "tanks", "offensive", "invasion", "occupation", "gunmen",
        "terrorist", "terrorists", "terror", "violence", "clashes", "battle", "conflict", "front", "killed",
        "wounded", "injured", "dead", "casualties", "hostage", "hostages", "civilians", "civilian", "security",
        "police", "policemen", "guards", "checkpoint", "ammunition", "explosives", "nuclear");
    put(CRIME, "police", "court", "judge", "jury", "trial", "prosecutor", "prosecutors", "charged", "convicted",
        "sentenced", "prison", "jail", "jailed", "arrested", "murder", "fraud", "theft", "robbery", "crime",
        "crimes", "criminal", "criminals", "gang", "gangs", "drugs", "suspect", "suspects", "victim", "victims",
        "investigation", "detectives", "officers", "guilty", "lawsuit", "sued", "custody", "bail", "corruption",
        "bribery", "smuggling", "trafficking");
    put(ABSTRACT, "it", "idea", "ideas", "plan", "plans", "claims", "claim", "problem", "problems", "issue",
        "issues", "question", "questions", "challenge", "competition", "trend", "odds", "time", "way", "need",
        "change", "changes", "risk", "risks", "doubt", "fears", "concerns", "hopes", "view", "views", "truth");
  }

  private WordClasses() {}

  private static void put(String cls, String... words) {
    for (String w : words) {
      CLASS.putIfAbsent(w, cls);
    }
  }

  /** The class of a lower-case word, or null. */
  static String of(String word) {
    return CLASS.get(word.toLowerCase(Locale.ROOT));
  }

  /** Every class a sentence's words fall in, with how many words. */
  static Map<String, Integer> count(Iterable<String> words) {
    Map<String, Integer> out = new HashMap<>();
    for (String w : words) {
      String c = of(w);
      if (c != null) {
        out.merge(c, 1, Integer::sum);
      }
    }
    return out;
  }

  static Set<String> names() {
    return Set.of(MARKET, MONEY, SPORT, SHOW, GAME, PRODUCT, POLITY, FORCE, CRIME, ABSTRACT);
  }
}
