package org.newsgraph.extract.events;

import java.util.List;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * Classes of trigger use that are no political event whatever the sense model says, found by {@code newsgraph eval
 * uncoded} over the BBC and Reuters articles that are not political news: a figure that "declined to 117,600 tons",
 * an offer of securities, money or goods for sale ("will offer a 1.2 billion dlr bond issue", "Interbank Offered
 * Rates"), a fight or battle that is a struggle ("fighting for her job", "takeover battle", "battle to control"), and
 * violence in a game or a piece of fiction ("players must battle soldiers, zombies and aliens"), the demand of a
 * market ("strong domestic demand"), a price charged ("the high rates they charge"), a power to act ("powers to
 * detain suspects"), what someone can do ("officers can now detain suspects"), an act judged in general ("it is not
 * enough for the military to investigate"), a retort ("shot back: 'I wouldn't bet on it'") and a need or aim met
 * ("to meet the deadline").
 */
final class NonPoliticalUses {
  /** What money, securities and goods for sale are called: what a commercial offer offers. */
  private static final Set<String> FOR_SALE = Set.of("bond", "note", "share", "stock", "issue", "eurobond",
      "debenture", "security", "warrant", "certificate", "paper", "dlr", "dlrs", "dollar", "cash", "price", "rate",
      "facility", "yield", "coupon", "discount", "loan", "credit", "cent", "yen", "mark", "franc", "pound", "euro",
      "stg", "pct", "percent", "stake", "unit", "product", "model", "version", "feature", "handset", "phone",
      "service", "package", "fare", "tariff", "subscription", "deal", "deals", "bargain", "saving", "savings",
      // what a product or a service is sold on: "the phone offers more storage", "offer rich pickings"
      "storage", "memory", "battery", "screen", "speed", "speeds", "bandwidth", "graphics", "resolution",
      "performance", "functionality", "flexibility", "convenience", "comfort", "range", "value",
      "pickings", "return", "returns", "contract", "contracts");
  /** Nouns of what someone may do: "powers to detain", "the right to protest". */
  private static final Set<String> POWERS = Set.of("power", "right", "authority", "ability", "capacity",
      "permission", "licence", "license", "freedom", "mandate", "discretion", "entitlement");
  /** What is charged when a price is: "charged VAT", "the rates they charge". */
  private static final Set<String> PRICES = Set.of("price", "rate", "fee", "vat", "tax", "rent", "premium",
      "commission", "interest", "toll", "levy", "duty", "surcharge", "penalty", "fine", "amount", "sum", "cent",
      "penny", "pence", "dollar", "euro", "pound", "yen");
  /** Adjectives of the demand of a market: "strong domestic demand", "weak consumer demand". */
  private static final Set<String> MARKET_ADJECTIVES = Set.of("domestic", "strong", "weak", "weaker", "stronger",
      "consumer", "global", "world", "growing", "rising", "falling", "slack", "sluggish", "firm", "seasonal",
      "export", "import", "heavy", "high", "higher", "low", "lower", "robust", "underlying", "internal",
      "external", "investment", "overall", "total", "local", "foreign", "industrial", "retail", "peak", "pent-up",
      "buoyant", "brisk", "healthy", "soft", "softer", "flat", "increased", "reduced", "lackluster", "lacklustre");
  /** What is bought and sold by the tonne or barrel. */
  private static final Set<String> COMMODITIES = Set.of("oil", "gas", "fuel", "petrol", "gasoline", "coal", "steel",
      "gold", "silver", "copper", "aluminium", "aluminum", "wheat", "grain", "corn", "maize", "rice", "sugar",
      "coffee", "cocoa", "cotton", "soybean", "soybeans", "meat", "beef", "milk", "timber", "housing", "credit",
      "electricity", "power", "energy", "chip", "chips", "semiconductor", "car", "cars", "vehicle", "vehicles",
      "aircraft", "model", "models", "good", "goods", "export", "exports", "import", "imports");
  /** Verbs of a quantity changing or going on, of which market demand is the subject. */
  private static final Set<String> CHANGE_VERBS = Set.of("continue", "rise", "fall", "grow", "increase",
      "decrease", "decline", "drop", "slow", "pick", "remain", "outstrip", "exceed", "weaken", "strengthen", "ease",
      "surge", "slump", "soar", "recover", "rebound", "stay", "outpace", "dip", "climb", "shrink", "expand");
  /** Modifiers that make a fight or battle a struggle of another kind: "takeover battle", "price war". */
  private static final Set<String> STRUGGLE_MODIFIERS = Set.of("election", "electoral", "takeover", "legal",
      "court", "courtroom", "price", "pricing", "trade", "bidding", "bid", "ratings", "boardroom", "custody",
      "patent", "tax", "budget", "uphill", "format", "browser", "console", "copyright", "libel", "turf", "culture",
      "publicity", "marketing", "corporate", "ownership", "merger", "shareholder", "proxy", "political",
      "leadership", "title", "relegation", "promotion", "championship", "cup", "league", "box-office", "chart");
  /** The doers of a real fight: armed forces and armed groups. */
  private static final Set<String> ARMED = Set.of("troops", "troop", "soldier", "soldiers", "army", "force",
      "forces", "rebel", "rebels", "militant", "militants", "fighter", "fighters", "militia", "militias",
      "guerrilla", "guerrillas", "insurgent", "insurgents", "police", "policemen", "gunmen", "gunman",
      "navy", "marines", "tribesmen", "separatists", "jihadists", "troopers", "commandos");
  /** Words of games and fiction; an article with several of them tells of a game, a show or a story. */
  private static final Set<String> FICTION = Set.of("game", "games", "gamer", "gamers", "gaming", "gameplay",
      "console", "consoles", "xbox", "playstation", "nintendo", "multiplayer", "player", "players", "zombie",
      "zombies", "sequel", "episode", "episodes", "soap", "storyline", "character", "characters", "novel",
      "thriller", "fictional", "plot", "screenplay", "cartoon");
  /** How many fiction words make an article one about a game or a story. */
  static final int FICTION_EVIDENCE = 3;
  /** Types whose trigger words a game or story uses for its own violence. */
  private static final Set<String> VIOLENT = Set.of("ASSAULT", "THREATEN", "MOBILIZE", "COERCE");
  /** Adjectives that judge an act ("it is wrong to…"), unlike those of a doer's will or ability ("willing to"). */
  private static final Set<String> JUDGEMENTS = Set.of("enough", "wrong", "right", "important", "necessary",
      "essential", "vital", "crucial", "difficult", "hard", "easy", "impossible", "unacceptable", "acceptable",
      "reasonable", "unreasonable", "appropriate", "inappropriate", "fair", "unfair", "legitimate", "illegal",
      "legal", "unlawful", "lawful", "good", "bad", "better", "worse", "sensible", "absurd", "ridiculous",
      "pointless", "useless", "dangerous", "safe", "unthinkable", "inconceivable", "justified", "unjustified");
  /** What is met when meeting is satisfying, not a meeting: "meet the deadline", "meet U.S. complaints". */
  private static final Set<String> MET = Set.of("aim", "target", "goal", "objective", "demand", "need",
      "requirement", "deadline", "cost", "expense", "standard", "criterion", "criteria", "expectation", "forecast",
      "estimate", "obligation", "commitment", "condition", "payment", "repayment", "bill", "debt", "quota",
      "shortfall", "challenge", "threshold", "complaint", "concern", "request", "test", "budget", "specification",
      "term", "rule", "order", "liability", "shortage", "guideline", "limit", "level", "pledge", "promise", "hope",
      "wish", "norm", "benchmark", "ambition", "mandate", "charge");
  /** Quotation marks as the tokenizer writes them. */
  private static final Set<String> QUOTES = Set.of("\"", "``", "''", "“", "”");

  private NonPoliticalUses() {}

  /** How many words of games and fiction the article has. */
  static int fictionWords(AnalyzedArticle a) {
    int n = 0;
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        if (FICTION.contains(Deps.word(t))) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Why the draft is no political event, or null. {@code fictionWords} and {@code politics} describe the article:
   * its words of games and fiction and the probability that it is news of politics.
   */
  static String reason(Sentence s, Draft d, int fictionWords, double politics) {
    if (figure(s, d)) {
      return "a figure that fell";
    }
    if (commercialOffer(s, d)) {
      return "a commercial offer";
    }
    if (struggle(s, d)) {
      return "a struggle, not a fight";
    }
    if (marketDemand(s, d)) {
      return "demand of a market";
    }
    if (priceCharged(s, d)) {
      return "a price charged";
    }
    if (power(s, d)) {
      return "a power to act, not an act";
    }
    if (doomed(s, d)) {
      return "condemned to a fate, not for a deed";
    }
    if (ability(s, d)) {
      return "what someone can do, not a deed";
    }
    if (judged(s, d)) {
      return "an act judged in general, not a deed";
    }
    if (retort(s, d)) {
      return "a retort, not a shot";
    }
    if (satisfied(s, d)) {
      return "a need or aim met, not a meeting";
    }
    boolean fiction = fictionWords >= FICTION_EVIDENCE && politics < 0.5;
    if (fiction && (VIOLENT.contains(d.type()) || Deps.lemma(d.trigger).equals("tour"))) {
      return "in a game or fiction"; // a gamers' "world tour" is a contest, not a diplomatic one
    }
    return null;
  }

  /** "Production declined to 117,600 tons", "sales declined 5 pct": declining without an act declined. */
  private static boolean figure(Sentence s, Draft d) {
    Token t = d.trigger;
    if (!d.type().equals("REJECT") || d.noun() || !Deps.lemma(t).equals("decline")) {
      return false;
    }
    for (Token c : s.dependentsOf(t)) {
      String r = c.deprel();
      if (r.equals("obj") || (r.equals("xcomp") || r.equals("ccomp")) && c.isVerb()) {
        return false; // "declined the offer", "declined to comment"
      }
    }
    return true;
  }

  /** An offer of money, securities or goods, or "Offered" in the name of a rate. */
  private static boolean commercialOffer(Sentence s, Draft d) {
    Token t = d.trigger;
    String l = Deps.lemma(t);
    if (!d.type().equals("AGREE") || !(l.equals("offer") || l.equals("offering"))) {
      return false;
    }
    if (t.index() > 0 && Character.isUpperCase(t.word().charAt(0))) {
      return true; // "London Interbank Offered Rates": a word of a name
    }
    List<Token> what = d.noun() ? s.dependentsOf(t) : Deps.children(s, t, "obj");
    for (Token o : what) {
      if (d.noun() && !(o.deprel().equals("compound") || o.deprel().equals("amod") || o.deprel().startsWith("nmod"))) {
        continue;
      }
      if (forSale(s, o)) {
        return true;
      }
    }
    return false;
  }

  /** A word for money, securities or goods, an amount, or a noun with one of those as its modifier. */
  private static boolean forSale(Sentence s, Token o) {
    if (FOR_SALE.contains(Deps.lemma(o)) || FOR_SALE.contains(Deps.word(o)) || o.pos().equals("CD")
        || o.pos().equals("$")) {
      return true;
    }
    for (Token m : s.dependentsOf(o)) {
      String r = m.deprel();
      if ((r.equals("compound") || r.equals("nummod") || r.equals("amod"))
          && (FOR_SALE.contains(Deps.lemma(m)) || m.pos().equals("CD") || m.pos().equals("$"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A fight or battle that is a struggle for something rather than violence: a noun with a modifier of business,
   * law, elections or sport ("takeover battle"), or followed by "to" and a verb ("battle to control projects"); a
   * verb with no one fought and a purpose ("fighting for her job", "fighting hard to prevent a deal") when its
   * doers are not armed.
   */
  private static boolean struggle(Sentence s, Draft d) {
    Token t = d.trigger;
    String l = Deps.lemma(t);
    if (!d.type().equals("ASSAULT") || !Set.of("fight", "battle", "war", "struggle", "clash").contains(l)) {
      return false;
    }
    if (armed(s, t) || d.clause != t && armed(s, d.clause)) {
      return false;
    }
    if (d.noun()) {
      for (Token m : s.dependentsOf(t)) {
        String r = m.deprel();
        if ((r.equals("compound") || r.equals("amod")) && STRUGGLE_MODIFIERS.contains(Deps.lemma(m))) {
          return true;
        }
        if (r.startsWith("acl") && m.isVerb() && Deps.children(s, m, "mark").stream()
            .anyMatch(x -> Deps.word(x).equals("to"))) {
          return true; // "the central government's battle to control projects"
        }
      }
      return false;
    }
    if (!d.recipients.isEmpty()) {
      return false;
    }
    for (Token c : s.dependentsOf(t)) {
      if (c.deprel().startsWith("obl") && Deps.caseOf(s, c).equals("for")
          || (c.deprel().equals("xcomp") || c.deprel().equals("advcl")) && c.isVerb()
          && Deps.children(s, c, "mark").stream().anyMatch(x -> Deps.word(x).equals("to"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Strong domestic demand", "US demand for heating oil", "Demand continued for all models": the demand of buyers,
   * not a request. The noun in the singular with a modifier of markets, a "for" phrase naming goods, or a verb of
   * change of which it is the subject; a demand someone makes ("the government's demands", "made the demand") has
   * none of those.
   */
  private static boolean marketDemand(Sentence s, Draft d) {
    Token t = d.trigger;
    if (!d.type().equals("REQUEST") || !d.noun() || !Deps.word(t).equals("demand")
        || !Deps.childrenExactly(s, t, "nmod:poss").isEmpty()) {
      return false; // "its demand of a spread": a party's demand
    }
    for (Token m : s.dependentsOf(t)) {
      String r = m.deprel();
      if (r.equals("amod") && MARKET_ADJECTIVES.contains(Deps.word(m))) {
        return true;
      }
      if (r.startsWith("nmod") && Deps.caseOf(s, m).equals("for") && goods(m)) {
        return true;
      }
    }
    if (t.deprel().startsWith("nsubj") && t.head() >= 0) {
      return CHANGE_VERBS.contains(Deps.lemma(s.tokens().get(t.head())));
    }
    return false;
  }

  /**
   * "The bank charges customers a fee", "the high rates they charge for roaming", "I was charged VAT": charging a
   * price, not with a crime. The verb with a price, fee or tax as its object, or in a relative clause on one.
   */
  private static boolean priceCharged(Sentence s, Draft d) {
    Token t = d.trigger;
    if (!d.type().equals("ACCUSE") || d.noun() || !Deps.lemma(t).equals("charge")) {
      return false;
    }
    boolean object = false;
    for (Token c : s.dependentsOf(t)) {
      if ((c.deprel().equals("obj") || c.deprel().equals("iobj")) && price(c)) {
        return true;
      }
      object |= c.deprel().equals("obj") || c.deprel().startsWith("obl") && Deps.caseOf(s, c).equals("with");
    }
    if (t.deprel().equals("acl:relcl") && t.head() >= 0 && price(s.tokens().get(t.head()))) {
      return true;
    }
    // "the high rates the operators charge": a relative clause the parser did not see, its object a price just
    // before its subject
    for (int i = t.index() - 1; !object && i >= Math.max(0, t.index() - 5); i--) {
      Token x = s.tokens().get(i);
      if (x.pos().startsWith("NN") && price(x) && x.index() + 1 < t.index()) {
        return true;
      }
    }
    return false;
  }

  /** A word for a price, a fee, a tax, an amount of money. */
  private static boolean price(Token t) {
    String c = WordClasses.of(Deps.word(t));
    return PRICES.contains(Deps.lemma(t)) || WordClasses.MONEY.equals(c) || t.pos().equals("CD")
        || t.pos().equals("$") || Deps.word(t).equals("rates") || Deps.word(t).equals("prices");
  }

  /**
   * "Powers to detain suspects", "the right to strike", "authority to arrest": what someone may do, not what was
   * done. A verb in the infinitive that completes a noun of power or right.
   */
  private static boolean power(Sentence s, Draft d) {
    Token t = d.trigger;
    if (d.noun() || t.index() < 2 || !Deps.word(s.tokens().get(t.index() - 1)).equals("to")) {
      return false;
    }
    // the words, not the parse, which often hangs the infinitive on the verb: "replace current powers to detain"
    return POWERS.contains(Deps.lemma(s.tokens().get(t.index() - 2)));
  }

  /**
   * "Threatened to condemn him to lame duck status", "condemned to a life of poverty": condemning to something
   * dooms; it accuses no one (a court's "condemned to death" is a sentence, not an accusation either).
   */
  private static boolean doomed(Sentence s, Draft d) {
    Token t = d.trigger;
    if (!d.type().equals("ACCUSE") || d.noun() || !Deps.lemma(t).equals("condemn")) {
      return false;
    }
    for (Token c : s.dependentsOf(t)) {
      if (c.deprel().startsWith("obl") && Deps.caseOf(s, c).equals("to")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Officers can now use reasonable force to detain suspects", "the police cannot arrest them": what someone is able
   * or allowed to do, not what was done. A verb trigger with the auxiliary "can", or the infinitive of purpose,
   * complement or conjunct of a verb with it.
   */
  private static boolean ability(Sentence s, Draft d) {
    if (d.noun()) {
      return false;
    }
    Token v = d.trigger;
    for (int guard = 0; guard < 3; guard++) {
      if (Deps.children(s, v, "aux").stream().anyMatch(x -> Deps.word(x).equals("can")
          || Deps.word(x).equals("ca") || Deps.word(x).equals("cannot"))) {
        return true;
      }
      String r = v.deprel();
      if (!(r.equals("xcomp") || r.equals("advcl") || r.equals("conj")) || v.head() < 0) {
        return false;
      }
      v = s.tokens().get(v.head());
    }
    return false;
  }

  /**
   * "It is not enough for the military to investigate", "it would be wrong to arrest them": an act that an
   * adjective of judgement judges, with "it" standing in for the act, is a view of what should be done, not a deed.
   * The verb trigger as the infinitive subject or complement of such an adjective whose subject is that "it".
   */
  private static boolean judged(Sentence s, Draft d) {
    Token t = d.trigger;
    String r = t.deprel();
    if (d.noun() || t.head() < 0 || !(r.equals("csubj") || r.equals("xcomp") || r.equals("ccomp")
        || r.equals("advcl"))) {
      return false;
    }
    Token h = s.tokens().get(t.head());
    if (!JUDGEMENTS.contains(Deps.word(h))) {
      return false; // "Syria says it is willing to withdraw": "it" is Syria, and willing is no judgement
    }
    return s.dependentsOf(h).stream().anyMatch(x -> (x.deprel().equals("expl") || x.deprel().startsWith("nsubj"))
        && Deps.word(x).equals("it"));
  }

  /**
   * "The senator shot back: 'I wouldn't bet any money on it'", "fired back that the report was wrong": shooting or
   * firing back in words, a retort. A verb of violence with "back" right after it, no object, and words said after
   * it (a colon, a quotation, a clause), its doers not armed men.
   */
  private static boolean retort(Sentence s, Draft d) {
    Token t = d.trigger;
    if (!d.type().equals("ASSAULT") || d.noun() || armed(s, t)) {
      return false;
    }
    Token back = null;
    boolean said = false;
    for (Token c : s.dependentsOf(t)) {
      String r = c.deprel();
      if (r.equals("obj")) {
        return false; // "fired back a volley of rockets"
      }
      if ((r.equals("compound:prt") || r.equals("advmod")) && Deps.word(c).equals("back")
          && c.index() == t.index() + 1) {
        back = c; // the particle, or the adverb the parser makes of it
      }
      said |= r.equals("ccomp") || r.equals("parataxis");
    }
    if (back == null) {
      return false;
    }
    List<Token> ts = s.tokens();
    if (back.index() + 1 < ts.size()) {
      String next = ts.get(back.index() + 1).word();
      said |= next.equals(":") || next.equals("that") || QUOTES.contains(next);
    }
    return said;
  }

  /**
   * "Tokyo is striving to meet U.S. complaints", "to meet the aim of reducing the deficit", "failed to meet the
   * deadline": meeting a need, aim, demand or cost is satisfying it; no one is met. The verb with such an object.
   */
  private static boolean satisfied(Sentence s, Draft d) {
    Token t = d.trigger;
    if (!d.type().equals("CONSULT") || d.noun() || !Deps.lemma(t).equals("meet")) {
      return false;
    }
    return Deps.children(s, t, "obj").stream().anyMatch(o -> MET.contains(Deps.lemma(o))
        || MET.contains(Deps.word(o)));
  }

  /** A word for goods, commodities or a market. */
  private static boolean goods(Token t) {
    String c = WordClasses.of(Deps.word(t));
    return COMMODITIES.contains(Deps.lemma(t)) || WordClasses.MARKET.equals(c) || WordClasses.MONEY.equals(c)
        || WordClasses.PRODUCT.equals(c);
  }

  /** True when the subject or a modifier of {@code t} names armed men: "rebels fought for the town". */
  private static boolean armed(Sentence s, Token t) {
    for (Token c : s.dependentsOf(t)) {
      String r = c.deprel();
      if (r.startsWith("nsubj") || r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")
          || r.equals("obl:agent")) {
        if (ARMED.contains(Deps.word(c)) || ARMED.contains(Deps.lemma(c))) {
          return true;
        }
      }
    }
    return false;
  }
}
