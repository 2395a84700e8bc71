package org.newsgraph.extract.coref;

import java.util.Set;

/**
 * The closed word classes coreference reads: pronouns by person and number, and the head nouns of descriptions that
 * refer back (organisations, governments, documents, people by their office or by what they are known for).
 */
final class Lexicon {
  private Lexicon() {}

  private static Set<String> words(String... w) {
    return Set.copyOf(java.util.Arrays.asList(w));
  }

  static final Set<String> MALE_PRONOUNS = words("he", "him", "his", "himself");
  static final Set<String> FEMALE_PRONOUNS = words("she", "her", "hers", "herself");
  static final Set<String> THING_PRONOUNS = words("it", "its", "itself");
  static final Set<String> PLURAL_PRONOUNS = words("they", "them", "their", "theirs", "themselves");
  static final Set<String> FIRST_SINGULAR = words("i", "me", "my", "mine", "myself");
  static final Set<String> FIRST_PLURAL = words("we", "us", "our", "ours", "ourselves");
  static final Set<String> SECOND = words("you", "your", "yours", "yourself", "yourselves");
  static final Set<String> RELATIVES = words("who", "whom", "whose", "which", "that");
  static final Set<String> DEMONSTRATIVES = words("this", "these", "those", "that");
  /** Quantifiers that stand for a group on their own or before "of them" ("both", "all of them", "some"). */
  static final Set<String> QUANTIFIERS = words("both", "all", "each", "some", "many", "most", "none", "either",
      "neither", "several", "few", "one", "two", "others");

  /** Nouns that, after "the", refer back to an organisation ("the company said"). */
  static final Set<String> ORGANISATION_NOUNS = words("company", "firm", "group", "bank", "carrier", "airline",
      "retailer", "insurer", "maker", "manufacturer", "producer", "supplier", "operator", "corporation",
      "conglomerate", "giant", "chain", "broadcaster", "network", "agency", "organisation", "organization", "body",
      "union", "club", "team", "band", "board", "regulator", "watchdog", "council", "commission", "committee",
      "party", "department", "ministry", "court", "university", "charity", "association", "federation",
      "institute", "newspaper", "magazine", "publisher", "studio", "label", "utility", "exchange", "lender",
      "subsidiary", "unit", "business", "concern", "developer", "brewer", "distiller", "miner", "trust", "fund",
      "service", "office", "channel", "station", "website", "site", "daily", "paper", "tribunal", "panel",
      "foundation", "society", "alliance", "coalition", "bloc", "militia", "movement", "outfit", "bookmaker",
      "carmaker", "automaker", "chipmaker", "drugmaker", "steelmaker", "refiner");
  /** Organisation nouns that must match the organisation's own name ("the ministry" → "… Ministry"). */
  static final Set<String> NAMED_ORGANISATION_NOUNS = words("ministry", "department", "court", "council",
      "commission", "committee", "party", "university", "bank", "union", "agency", "board", "institute",
      "federation", "association", "tribunal", "panel", "foundation", "society", "office", "fund", "trust",
      "alliance", "coalition", "service", "exchange", "newspaper", "daily", "paper", "magazine", "channel",
      "station", "website", "site", "club", "band", "team");
  /** Nouns that, after "the", stand for a country's government ("the government said"). */
  static final Set<String> GOVERNMENT_NOUNS = words("government", "administration", "regime", "authorities",
      "cabinet", "state", "country", "nation", "kingdom", "republic");
  /** Documents and acts whose words belong to whoever issued them ("the statement said"). */
  static final Set<String> DOCUMENT_NOUNS = words("statement", "report", "study", "survey", "letter", "research",
      "poll", "document", "filing", "release", "memo", "memorandum", "analysis", "review", "lawsuit", "suit",
      "complaint", "proposal", "plan", "bill", "draft", "book", "ruling", "judgment", "judgement", "verdict",
      "communique", "communiqué", "announcement", "notice", "circular", "prospectus", "forecast", "audit",
      "inquiry", "investigation", "paper", "text", "decree", "order", "resolution", "declaration", "agreement",
      "deal", "message", "post", "tweet", "email", "e-mail", "bulletin", "advert", "advertisement", "campaign",
      "petition", "motion", "findings", "figures", "data", "index", "indicator");
  /** Verbs whose subject issues their object ("X issued a statement", "X published a report"). */
  static final Set<String> ISSUING_VERBS = words("issue", "release", "publish", "put", "send", "make", "file",
      "present", "unveil", "write", "produce", "commission", "conduct", "carry", "post", "sign", "submit", "launch",
      "circulate", "prepare", "compile", "deliver", "table", "bring", "lodge", "introduce", "draft", "announce",
      "tweet", "say");
  /** Prepositions that give a document's issuer ("a report by the IMF", "a statement from the ministry"). */
  static final Set<String> ISSUER_CASES = words("by", "from", "of");

  /** Offices and roles a person holds, matched against how the article introduced them. */
  static final Set<String> OFFICES = words("president", "minister", "premier", "chancellor", "secretary",
      "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chairperson", "chair", "chief",
      "executive", "director", "head", "leader", "governor", "senator", "mayor", "ambassador", "envoy", "king",
      "queen", "prince", "princess", "judge", "lawyer", "attorney", "analyst", "economist", "official", "officer",
      "commander", "general", "manager", "coach", "boss", "founder", "owner", "author", "editor", "presenter",
      "host", "captain", "candidate", "nominee", "adviser", "advisor", "aide", "prosecutor", "deputy", "treasurer",
      "commissioner", "representative", "mp", "congressman", "congresswoman", "lawmaker", "legislator",
      "pope", "cardinal", "bishop", "archbishop", "dean", "professor", "researcher", "scientist", "doctor",
      "vice-president", "partner", "trader", "dealer", "strategist", "broker", "negotiator", "emperor",
      "monarch", "sheikh", "emir", "sultan", "ceo", "md", "cfo", "chef", "designer", "producer", "writer",
      "director-general", "secretary-general", "spokesmen", "striker", "midfielder", "defender", "goalkeeper",
      "keeper", "winger", "forward", "batsman", "bowler", "jockey", "trainer", "referee", "champion");
  /**
   * Words that describe a person by what they are known for rather than an office ("the actor", "the
   * 71-year-old", "the singer"): when no one was introduced with the word, they point at the person in focus.
   */
  static final Set<String> EPITHETS = words("actor", "actress", "singer", "star", "player", "veteran", "musician",
      "artist", "comedian", "rapper", "star", "model", "novelist", "poet", "playwright", "film-maker",
      "filmmaker", "entertainer", "performer", "frontman", "frontwoman", "songwriter", "dancer", "athlete",
      "runner", "sprinter", "boxer", "golfer", "cyclist", "swimmer", "skier", "tennis", "businessman",
      "businesswoman", "billionaire", "millionaire", "tycoon", "entrepreneur", "mogul", "politician", "campaigner",
      "activist", "father", "mother", "man", "woman", "youngster", "teenager", "pensioner", "former", "ex",
      "winner", "nominee", "icon", "legend", "diva", "heir", "widow", "widower", "survivor", "victim",
      "defendant", "accused", "suspect", "plaintiff", "claimant");
  /** Nouns of a pair ("both sides", "the two countries"). */
  static final Set<String> PAIR_NOUNS = words("side", "sides", "country", "countries", "nation", "nations",
      "government", "governments", "state", "states", "party", "parties", "leader", "leaders", "man", "men",
      "woman", "women", "company", "companies", "firm", "firms", "group", "groups", "neighbour", "neighbours",
      "neighbor", "neighbors", "ally", "allies", "team", "teams", "camp", "camps", "president", "presidents",
      "minister", "ministers", "capital", "capitals");

  static final Set<String> FEMALE_TITLES = words("mrs", "ms", "miss", "madam", "madame", "mme", "lady", "dame",
      "queen", "princess", "duchess", "baroness", "countess", "sister", "mother", "actress", "spokeswoman",
      "chairwoman", "businesswoman", "congresswoman", "frontwoman", "sportswoman", "policewoman", "woman",
      "girl", "wife", "widow", "daughter", "heiress", "empress", "diva", "mum", "grandmother", "aunt", "niece",
      "herself", "her", "she");
  /** Titles that say a person's gender outright, overriding a role word ("chairman Jan Berry" … "Ms Berry"). */
  static final Set<String> HONORIFICS = words("mr", "mrs", "ms", "miss", "sir", "lady", "lord", "dame", "madam",
      "madame", "mme", "monsieur", "herr", "king", "queen", "prince", "princess");
  static final Set<String> MALE_TITLES = words("mr", "sir", "lord", "king", "prince", "duke", "baron", "count",
      "earl", "father", "brother", "businessman", "congressman", "frontman",
      "sportsman", "policeman", "man", "boy", "husband", "widower", "son", "emperor", "sheikh", "emir", "sultan",
      "monsieur", "herr", "dad", "grandfather", "uncle", "nephew", "himself");

  /** Verbs that report what someone says, for the speaker of a quotation. */
  static final Set<String> SPEAKING = words("say", "tell", "add", "state", "claim", "explain", "insist",
      "argue", "note", "write", "continue", "warn", "declare", "reply", "respond", "ask", "announce", "comment",
      "remark", "tweet", "post", "conclude", "admit", "suggest", "stress", "recall");
}
