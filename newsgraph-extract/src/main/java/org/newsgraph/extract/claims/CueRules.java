package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Finds attributions in one sentence from its dependency tree: a cue verb with its subject (the source) and its
 * clausal complement, object or topic ("called for X") as the content; the same verb inverted after a quote ("…,”
 * he said); "according to X". Which verbs are cues the {@link CueModel} decides (the {@link Cues} list when no model
 * is shipped); a verb inside a quotation never is. Speaker colons and dash signatures are {@link LayoutRules}. Works
 * on our records only (no NLP library here).
 */
final class CueRules {
  static final String TRIM = ",.;:—–-()[]•";

  private final String text;
  private final LayoutRules layout;
  private final QuoteMarks quotes;
  private final CueModel model;

  CueRules(String text, List<Span> paragraphs) {
    this(text, paragraphs, CueModel.shipped());
  }

  CueRules(String text, List<Span> paragraphs, CueModel model) {
    this.text = text;
    this.layout = new LayoutRules(text, paragraphs);
    this.quotes = new QuoteMarks(text, paragraphs);
    this.model = model;
  }

  private boolean isCue(DependencyTree tree, Token t) {
    if (!t.isVerb() || quotes.inside(t.span().begin())) {
      return false; // a verb inside a quotation belongs to its content: PolNeAR marks only the outer attribution
    }
    Token x = tree.child(t, "xcomp");
    if (Cues.REFUSING.contains(lemma(t)) && x != null && refusedReport(tree, x)) {
      return false; // "declined to confirm": the cue is the refused verb, and the refusal joins its span
    }
    if (refusedReport(tree, t)) {
      return true;
    }
    return model.isEmpty() ? Cues.REPORTING.contains(lemma(t)) : model.isCue(tree, t);
  }

  /**
   * A reporting verb that something refuses, with its own object or clause: "declined to confirm the report",
   * "refused to say who". PolNeAR's cue is then the whole "declined to confirm"; a bare "declined to comment" is
   * the cue "declined" with the content "to comment".
   */
  private static boolean refusedReport(DependencyTree tree, Token v) {
    Token h = tree.head(v);
    return v.isVerb() && DependencyTree.is(v, "xcomp") && h != null && h.index() < v.index()
        && Cues.REFUSING.contains(lemma(h)) && Cues.REPORTING.contains(lemma(v))
        && (tree.child(v, "obj") != null || tree.child(v, "ccomp") != null || topic(tree, v) != null);
  }

  List<Draft> find(DependencyTree tree) {
    List<Draft> out = new ArrayList<>();
    for (Token t : tree.tokens()) {
      Draft d = null;
      if (isAccordingTo(tree, t)) {
        d = accordingTo(tree, t);
      } else if (isCue(tree, t)) {
        d = verb(tree, t);
      } else if (Cues.REPORTING_NOUNS.contains(lemma(t)) && t.pos().startsWith("NN")
          && !quotes.inside(t.span().begin())) {
        d = noun(tree, t);
      }
      if (d == null && Cues.DASHES.contains(t.word())) {
        d = layout.dashSignature(tree, t);
      }
      if (d != null && !d.content().isEmpty()) {
        out.add(d);
      }
    }
    if (out.isEmpty()) {
      Draft c = layout.colon(tree);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  static String lemma(Token t) {
    return t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
  }

  private Draft verb(DependencyTree tree, Token v) {
    if (DependencyTree.is(v, "amod") || DependencyTree.is(v, "compound")) {
      return null; // "the so-called"
    }
    if (tree.child(v, "aux:pass") != null && tree.child(v, "nsubj:pass") != null && !lemma(v).equals("quote")) {
      return passive(tree, v);
    }
    List<Span> content = new ArrayList<>();
    Token contentHead = null;
    for (Token c : tree.children(v)) {
      boolean complement = DependencyTree.is(c, "ccomp")
          || (DependencyTree.is(c, "parataxis") || DependencyTree.is(c, "dep") || DependencyTree.is(c, "xcomp")
          || DependencyTree.is(c, "conj") && c.index() > v.index())
          && (opensWithQuoteOrColon(tree, c) || DependencyTree.is(c, "xcomp") && c.index() > v.index()
          && !c.isProperNoun()) // "…,” said Joseph: a name parsed as a complement is the speaker
          || DependencyTree.is(c, "advcl") && c.index() < v.index() && tree.child(c, "mark") == null
          && tree.child(c, "nsubj") != null && commaBefore(tree, v) // "Farmers blocked the road, police said."
          || DependencyTree.is(c, "advcl") && c.index() > v.index() && asks(tree, c); // "isn't saying if…"
      if (complement) {
        Span run = tree.extent(c);
        Token obj = tree.child(v, "obj");
        if (DependencyTree.is(c, "xcomp") && obj != null && obj.index() > v.index()
            && obj.index() < c.index()) {
          run = new Span(tree.extent(obj).begin(), run.end()); // "urged Trump to make…": who is urged belongs in
        }
        content.add(trim(tree, run));
        contentHead = contentHead == null ? c : contentHead;
      }
    }
    for (Token c : tree.children(v)) {
      Span last = content.isEmpty() ? null : content.get(content.size() - 1);
      if (last != null && DependencyTree.is(c, "dep") && c.index() > v.index() && !last.contains(c.span())) {
        Span more = tree.extent(c);
        if (more.begin() >= last.end() && text.substring(last.end(), more.begin()).isBlank()) {
          content.set(content.size() - 1, trim(tree, new Span(last.begin(), more.end())));
        }
      }
    }
    Token head = tree.head(v);
    boolean trailingParticiple = head != null && v.pos().equals("VBG") && v.index() > head.index();
    if (content.isEmpty() && head != null && (DependencyTree.is(v, "parataxis") || DependencyTree.is(v, "ccomp")
        && head.index() > v.index() || DependencyTree.is(v, "dep") && !trailingParticiple // ", citing a threat…"
        || DependencyTree.is(v, "advcl")
        && v.index() > head.index() && tree.child(v, "mark") == null && tree.child(v, "nsubj") != null)) {
      Token top = clauseTop(tree, head);
      content.addAll(withoutSetting(tree, top, outside(tree, top, v), v));
      contentHead = top;
    }
    if (content.isEmpty()) { // "denied the report", "polls show Clinton with a lead": the object is what is said
      Token obj = tree.child(v, "obj");
      if (obj != null && !(Cues.ADDRESSEE.contains(lemma(v)) && tree.child(v, "xcomp") == null)) {
        Span o = tree.extent(obj);
        Token more = tree.child(v, "xcomp");
        if (more != null && more.index() > obj.index()) {
          o = new Span(o.begin(), tree.extent(more).end()); // "called his supporters “deplorables”"
        }
        o = new Span(o.begin(), restOfPredicate(tree, v, obj, o.end()));
        content.add(trim(tree, o));
        contentHead = obj;
      }
    }
    Span cue = cueSpan(tree, v);
    if (content.isEmpty()) {
      Token topic = topic(tree, v);
      if (topic != null) {
        Token cas = tree.child(topic, "case");
        BitSet keep = tree.subtree(topic);
        keep.clear(cas.index());
        List<Span> runs = runs(tree, keep);
        if (!runs.isEmpty() && runs.get(0).begin() >= cas.span().end()) {
          content.add(runs.get(0)); // "called for an end to…", "spoke of the legacy…": the preposition joins the cue
          cue = new Span(cue.begin(), cas.span().end());
          contentHead = topic;
        }
      }
    }
    if (content.isEmpty()) { // "called for contestants to wear…", "called on Trump to stop…" parsed as a clause
      for (Token c : tree.children(v)) {
        Token mark = tree.child(c, "mark");
        if (content.isEmpty() && DependencyTree.is(c, "advcl") && mark != null && mark.index() == v.index() + 1
            && TOPIC_PREPOSITIONS.contains(mark.word().toLowerCase(Locale.ROOT))
            && tree.subtree(c).nextSetBit(0) == mark.index()) {
          BitSet keep = tree.subtree(c);
          keep.clear(mark.index());
          List<Span> runs = runs(tree, keep);
          if (!runs.isEmpty()) {
            content.add(runs.get(0));
            cue = new Span(cue.begin(), mark.span().end());
            contentHead = c;
          }
        }
      }
    }
    if (content.isEmpty()) {
      Span afterColon = afterColon(tree, v);
      if (afterColon != null) {
        content.add(afterColon);
      } else if (text.charAt(cue.end() - 1) == ':') {
        Span next = layout.paragraphAfter(cue.end()); // "Caddell continued:" and the quote below
        if (next != null) {
          content.add(next);
        }
      }
    }
    Token subject = subject(tree, v);
    if (content.isEmpty() && subject != null) {
      Span quoted = layout.quoteClosingBefore(subject.index() < v.index() ? tree.extent(subject).begin()
          : cueSpan(tree, v).begin());
      if (quoted != null) {
        content.add(quoted); // “Probably not,” Ms. Moore said: the quote opened a sentence earlier
      }
    }
    if (content.isEmpty() && subject != null) {
      Span previousQuote = layout.quoteJustBefore(tree);
      if (previousQuote != null) {
        content.add(previousQuote); // “How many times…?” | Clinton said.
      }
    }
    content.removeIf(s -> s == null || s.length() == 0);
    if (content.isEmpty()) {
      return null;
    }
    Span source = subject == null ? null : appositiveComma(trim(tree, sourceExtent(tree, subject)));
    if (source != null && content.stream().anyMatch(c -> c.overlaps(source))) {
      return null; // a subject inside the content: the parse went wrong, better nothing than a tangle
    }
    return new Draft(tree, cue, v, source, subject, content, contentHead, channel(tree, v));
  }

  /**
   * "The sale is expected to expand…", "Pigs are considered unclean": PolNeAR's content is the passive subject and
   * the complement, split around the cue; the source is the agent ("by analysts") when there is one, else none.
   * Without a complement, the subject is the content when an agent says it ("The meeting was first reported by
   * Politico"); without either ("it was reported") there is nothing to attribute.
   */
  private Draft passive(DependencyTree tree, Token v) {
    Token subject = tree.child(v, "nsubj:pass");
    Token complement = null;
    for (Token c : tree.children(v)) {
      if ((DependencyTree.is(c, "xcomp") || DependencyTree.is(c, "ccomp")) && c.index() > v.index()
          && complement == null) {
        complement = c;
      }
    }
    if (subject.index() > v.index() || subject.pos().equals("PRP")) {
      return null;
    }
    Span cue = cueSpan(tree, v);
    Span front = trim(tree, tree.extent(subject));
    Span back = complement == null ? null : trim(tree, tree.extent(complement));
    if (front == null || front.overlaps(cue) || front.length() == 0
        || back != null && (back.overlaps(cue) || back.length() == 0)) {
      return null;
    }
    Span source = null;
    Token sourceHead = null;
    for (Token c : tree.children(v)) {
      Token cas = tree.child(c, "case");
      if (DependencyTree.is(c, "obl") && cas != null && cas.word().equalsIgnoreCase("by") && cas.index() > v.index()
          && (back == null || !back.contains(c.span()))) {
        BitSet keep = tree.subtree(c);
        keep.clear(cas.index());
        List<Span> r = runs(tree, keep);
        source = r.isEmpty() ? null : r.get(0);
        sourceHead = c;
        if (back == null && cas.index() == v.index() + 1) {
          cue = new Span(cue.begin(), cas.span().end()); // "was first reported by": the "by" joins the cue
        }
      }
    }
    if (back == null) { // "The meeting was first reported by Politico": the subject is what the agent said
      return source == null || source.overlaps(front) ? null
          : new Draft(tree, cue, v, source, sourceHead, List.of(front), subject, channel(tree, v));
    }
    return new Draft(tree, cue, v, source, sourceHead, List.of(front, back), complement, channel(tree, v));
  }

  /**
   * "Trump's claim that there have been thousands of shootings", "his pledge to work together": a reporting noun
   * with a "that" or "to" clause; the clause is the content, the possessor (with its "'s") the source, if any.
   */
  private Draft noun(DependencyTree tree, Token n) {
    Token clause = null;
    for (Token c : tree.children(n)) {
      if (clause == null && c.index() > n.index() && (DependencyTree.is(c, "ccomp") || c.deprel().equals("acl"))) {
        String first = tree.token(tree.subtree(c).nextSetBit(0)).word().toLowerCase(Locale.ROOT);
        clause = first.equals("that") || first.equals("to") ? c : null;
      }
    }
    if (clause == null) {
      return null;
    }
    Span content = trim(tree, tree.extent(clause));
    Token owner = tree.child(n, "nmod:poss");
    Span source = owner == null || owner.index() > n.index() ? null : trim(tree, tree.extent(owner));
    return new Draft(tree, n.span(), n, source, source == null ? null : owner, List.of(content), clause, null);
  }

  /** Prepositions that introduce what is said or asked for after a cue verb ("called for", "spoke of"). */
  private static final java.util.Set<String> TOPIC_PREPOSITIONS = java.util.Set.of("about", "of", "for", "on",
      "against");

  /** The first oblique after {@code v} introduced by a topic preposition, not a channel ("on television"). */
  private static Token topic(DependencyTree tree, Token v) {
    for (Token c : tree.children(v)) {
      Token cas = tree.child(c, "case");
      if (DependencyTree.is(c, "obl") && c.index() > v.index() && cas != null && cas.index() > v.index()
          && TOPIC_PREPOSITIONS.contains(cas.word().toLowerCase(Locale.ROOT))
          && !Cues.CHANNEL_NOUNS.contains(lemma(c)) && cas.index() - v.index() <= 4 && wordsBetween(tree, v, cas)) {
        return c;
      }
    }
    return null;
  }

  private static boolean wordsBetween(DependencyTree tree, Token a, Token b) {
    for (int i = a.index() + 1; i < b.index(); i++) {
      if (!Character.isLetterOrDigit(tree.token(i).word().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "polls show Clinton with a lead in the low single digits": what the verb says about its object goes on in the
   * dependents right after it, up to a comma or the end of the clause; a channel or a time is not part of it.
   */
  private int restOfPredicate(DependencyTree tree, Token v, Token obj, int end) {
    int e = end;
    for (Token c : tree.children(v)) {
      if (c.index() <= obj.index() || DependencyTree.is(c, "punct") || DependencyTree.is(c, "cc")
          || DependencyTree.is(c, "conj") || Cues.CHANNEL_NOUNS.contains(lemma(c)) || "DATE".equals(c.ner())
          || DependencyTree.is(c, "obl:tmod")) {
        continue;
      }
      Span x = tree.extent(c);
      if (x.begin() >= e && text.substring(e, x.begin()).isBlank()) {
        e = x.end();
      }
    }
    return e;
  }

  /** Climbs from {@code t} to the top of its clause: the sentence root, or a complement clause's head. */
  private static Token clauseTop(DependencyTree tree, Token t) {
    Token x = t;
    for (int guard = 0; tree.head(x) != null && guard < tree.tokens().size(); guard++) {
      if (DependencyTree.is(x, "ccomp") || DependencyTree.is(x, "advcl") || DependencyTree.is(x, "acl")) {
        break;
      }
      x = tree.head(x);
    }
    return x;
  }

  /**
   * The source's words: the subject's subtree up to a participle set off by a comma after the name ("Trump,
   * speaking to a veterans group,"), which PolNeAR leaves out (a relative clause it keeps as often as not).
   */
  private static Span sourceExtent(DependencyTree tree, Token subject) {
    BitSet keep = tree.subtree(subject);
    for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
      Token t = tree.token(i);
      boolean modifier = t.deprel().equals("acl") && (t.pos().equals("VBG") || t.pos().equals("VBN"));
      BitSet sub = tree.subtree(t);
      int first = sub.nextSetBit(0);
      if (modifier && i > subject.index() && first > 0 && tree.token(first - 1).word().equals(",")) {
        return new Span(tree.token(keep.nextSetBit(0)).span().begin(), tree.token(first - 1).span().end());
      }
    }
    return tree.extent(subject);
  }

  /** An indirect question ("if the foundation broke the law", "whether she knew"), parsed as an adverbial clause. */
  private static boolean asks(DependencyTree tree, Token clause) {
    Token mark = tree.child(clause, "mark");
    return mark != null && (mark.word().equalsIgnoreCase("whether") || mark.word().equalsIgnoreCase("if"))
        && tree.subtree(clause).nextSetBit(0) == mark.index();
  }

  /** Farthest a participle or "to" cue climbs to find the clause whose subject speaks. */
  private static final int SUBJECT_CLIMB = 3;

  /**
   * The subject of a reporting verb, or of the verb it hangs from ("…, adding", "declined to confirm", "took to
   * Twitter to accuse"); a participle or "to" cue hung from a noun by the parse climbs to the clause above ("Trump
   * is questioning the voting system, encouraging…"); "…,” said Caddell: the name right after the verb.
   */
  private static Token subject(DependencyTree tree, Token v) {
    Token s = tree.child(v, "nsubj");
    if (s != null && !DependencyTree.is(s, "nsubj:pass")) {
      return s;
    }
    boolean participle = v.word().toLowerCase(Locale.ROOT).endsWith("ing");
    Token mark = tree.child(v, "mark");
    boolean purpose = mark != null && mark.word().equalsIgnoreCase("to");
    Token head = tree.head(v);
    boolean shares = head != null && (DependencyTree.is(v, "conj") || DependencyTree.is(v, "xcomp")
        || DependencyTree.is(v, "advcl") && (participle || purpose));
    if (shares) {
      Token hs = tree.child(head, "nsubj");
      return hs != null && !DependencyTree.is(hs, "nsubj:pass") ? hs : null;
    }
    if (participle || purpose) {
      Token x = head;
      for (int k = 0; x != null && k < SUBJECT_CLIMB; k++, x = tree.head(x)) {
        Token hs = tree.child(x, "nsubj");
        if (x.isVerb() && hs != null && !DependencyTree.is(hs, "nsubj:pass") && hs.index() < v.index()) {
          return hs;
        }
      }
      return null;
    }
    if (v.index() + 1 < tree.tokens().size()) {
      Token next = tree.token(v.index() + 1);
      if (next.head() == v.index() && next.isProperNoun() && !DependencyTree.is(next, "ccomp")
          && !DependencyTree.is(next, "obl")) {
        return next; // "…,” said Caddell, the name parsed as the verb's object or complement
      }
    }
    return null;
  }

  /**
   * The cue as PolNeAR marks it: the verb with the auxiliaries, adverbs and negation right before it ("has
   * sharply criticized", "did not immediately respond"), a refusal it depends on ("declined to confirm"), its
   * particle ("pointed out"), a time word right after it ("announced Tuesday", "said then") and a colon that opens
   * the content ("said:").
   */
  private static Span cueSpan(DependencyTree tree, Token v) {
    int begin = v.span().begin();
    for (int i = v.index() - 1; i >= 0; i--) {
      Token a = tree.token(i);
      Token h = tree.head(a);
      boolean direct = a.head() == v.index()
          && (DependencyTree.is(a, "aux") || DependencyTree.is(a, "advmod"));
      boolean nested = DependencyTree.is(a, "advmod") && h != null && h.index() > i
          && h.index() < v.index() && DependencyTree.is(h, "advmod") && h.head() == v.index(); // "once again"
      if (direct || nested) {
        begin = a.span().begin();
      } else {
        break;
      }
    }
    Token refusal = tree.head(v);
    if (refusal != null && DependencyTree.is(v, "xcomp") && refusal.index() < v.index()
        && Cues.REFUSING.contains(lemma(refusal))) {
      begin = cueSpan(tree, refusal).begin(); // "declined to confirm", "has steadfastly refused to disclose"
    }
    int end = v.span().end();
    int n = tree.tokens().size();
    int next = v.index() + 1;
    if (next < n && tree.token(next).head() == v.index() && DependencyTree.is(tree.token(next), "compound:prt")) {
      end = tree.token(next).span().end(); // "pointed out", "laid out"
      next++;
    }
    if (next < n) {
      Token t = tree.token(next);
      boolean time = t.head() == v.index() && (DependencyTree.is(t, "obl:tmod") || DependencyTree.is(t, "nmod:tmod")
          || DependencyTree.is(t, "obl") && "DATE".equals(t.ner()) && tree.child(t, "case") == null
          || DependencyTree.is(t, "advmod") && t.word().equalsIgnoreCase("then"));
      if (time && tree.subtree(t).cardinality() == 1) {
        end = t.span().end();
        next++;
      }
    }
    if (next < n && tree.token(next).word().equals(":")) {
      end = tree.token(next).span().end();
    }
    return new Span(begin, end);
  }

  /** "told AFP", "told reporters"; "in a statement", "on social media". */
  private Span channel(DependencyTree tree, Token v) {
    if (Cues.ADDRESSEE.contains(lemma(v))) {
      Token to = tree.child(v, "obj");
      if (to == null) {
        to = tree.child(v, "iobj");
      }
      if (to != null && to.index() > v.index() && !DependencyTree.is(to, "ccomp")) {
        return new Span(v.span().begin(), trim(tree, tree.extent(to)).end());
      }
    }
    for (Token c : tree.children(v)) {
      if (!DependencyTree.is(c, "obl") || !Cues.CHANNEL_NOUNS.contains(lemma(c))) {
        continue;
      }
      Token cas = tree.child(c, "case");
      if (cas != null && Cues.CHANNEL_PREPOSITIONS.contains(cas.word().toLowerCase(Locale.ROOT))) {
        return trim(tree, tree.extent(c));
      }
    }
    return null;
  }

  /** Whether a comma comes between the content before a verb and the verb's subject ("…, police said"). */
  private static boolean commaBefore(DependencyTree tree, Token v) {
    Token subject = tree.child(v, "nsubj");
    int from = subject != null && subject.index() < v.index() ? tree.subtree(subject).nextSetBit(0) : v.index();
    return from > 0 && tree.token(from - 1).word().equals(",");
  }

  private boolean opensWithQuoteOrColon(DependencyTree tree, Token c) {
    BitSet sub = tree.subtree(c);
    int first = sub.nextSetBit(0);
    for (int i = first - 1; i >= 0 && i >= first - 2; i--) {
      String w = tree.token(i).word();
      if (w.equals(":") || startsWithQuote(w)) {
        return true;
      }
    }
    return startsWithQuote(tree.token(first).word());
  }

  static boolean startsWithQuote(String w) {
    return !w.isEmpty() && (QuoteMarks.isQuote(w.charAt(0)) || w.startsWith("''") || w.startsWith("``"));
  }

  /** "He said: …": everything after the colon to the end of the sentence. */
  private Span afterColon(DependencyTree tree, Token v) {
    int n = tree.tokens().size();
    for (int i = v.index() + 1; i < n && i <= v.index() + 3; i++) {
      if (tree.token(i).word().equals(":") && i + 1 < n) {
        return trim(tree, new Span(tree.token(i + 1).span().begin(), tree.token(n - 1).span().end()));
      }
    }
    return null;
  }

  private static boolean isAccordingTo(DependencyTree tree, Token t) {
    return t.word().equalsIgnoreCase("according") && t.index() + 1 < tree.tokens().size()
        && tree.token(t.index() + 1).word().equalsIgnoreCase("to");
  }

  /** "according to X": X is the source, and the clause X hangs from, without X, is the content. */
  private Draft accordingTo(DependencyTree tree, Token according) {
    Token to = tree.token(according.index() + 1);
    Token x = tree.head(according);
    if (x == null || x.index() <= to.index()) {
      x = to.index() + 1 < tree.tokens().size() ? tree.token(to.index() + 1) : null;
      if (x == null) {
        return null;
      }
    }
    BitSet src = tree.subtree(x);
    src.clear(according.index());
    src.clear(to.index());
    int first = Math.max(src.nextSetBit(0), to.index() + 1);
    Span source = trim(tree, new Span(tree.token(first).span().begin(), tree.token(src.length() - 1).span().end()));
    Token clause = tree.head(x);
    Token root = clause == null ? x : clause;
    while (tree.head(root) != null && !DependencyTree.is(root, "ccomp")) {
      root = tree.head(root);
    }
    BitSet keep = tree.subtree(root);
    keep.andNot(tree.subtree(x));
    keep.clear(according.index());
    keep.clear(to.index());
    List<Span> content = runs(tree, keep);
    content.removeIf(c -> c.overlaps(source));
    Span cue = new Span(according.span().begin(), to.span().end());
    return new Draft(tree, cue, according, source, x, content, root, null);
  }

  /**
   * "When he bought the mine, he expected…, he said": a run before the cue that is only the scene-setting of the
   * content's clause (an adverbial clause, a prepositional phrase or an adverb hanging from its top, "At first")
   * is not what was said, when the rest of the content comes after the cue.
   */
  private static List<Span> withoutSetting(DependencyTree tree, Token top, List<Span> runs, Token cue) {
    if (runs.size() < 2 || runs.get(0).end() > cue.span().begin() || runs.get(1).begin() < cue.span().end()) {
      return runs;
    }
    Span first = runs.get(0);
    for (Token c : tree.children(top)) {
      boolean setting = DependencyTree.is(c, "advcl") || DependencyTree.is(c, "obl") || DependencyTree.is(c, "advmod");
      if (setting && c.index() < top.index() && first.contains(tree.extent(c))) {
        Span e = tree.extent(c);
        if (e.begin() == first.begin() && first.end() - e.end() <= 1) {
          return runs.subList(1, runs.size());
        }
      }
    }
    return runs;
  }

  /** The tokens of {@code head}'s subtree outside {@code cue}'s, as contiguous runs: content split around a cue. */
  private List<Span> outside(DependencyTree tree, Token head, Token cue) {
    BitSet keep = tree.subtree(head);
    keep.andNot(tree.subtree(cue));
    return runs(tree, keep);
  }

  private List<Span> runs(DependencyTree tree, BitSet keep) {
    List<Span> out = new ArrayList<>();
    int dateline = datelineEnd(tree);
    if (dateline > 0) {
      keep.clear(0, dateline);
    }
    int i = keep.nextSetBit(0);
    while (i >= 0) {
      int j = keep.nextClearBit(i);
      Span run = trim(tree, new Span(tree.token(i).span().begin(), tree.token(j - 1).span().end()));
      if (run != null && run.length() > 0 && hasWord(run)) {
        out.add(run);
      }
      i = keep.nextSetBit(j);
    }
    return out;
  }

  /** Longest dateline: "LOS ANGELES, Sept. 28 (UPI) —". */
  private static final int MAX_DATELINE_TOKENS = 12;

  /**
   * "SEOUL:", "FLINT, Mich., Oct. 4 (UPI) —" opening a sentence is a dateline, not part of what anyone said: the
   * tokens up to the colon or dash, when a name in capitals opens it and no verb comes before the mark.
   */
  private static int datelineEnd(DependencyTree tree) {
    List<Token> t = tree.tokens();
    String first = t.get(0).word();
    if (!t.get(0).isProperNoun() || first.length() < 2 || !first.equals(first.toUpperCase(Locale.ROOT))) {
      return 0;
    }
    for (int i = 1; i < t.size() && i < MAX_DATELINE_TOKENS; i++) {
      String w = t.get(i).word();
      if (w.equals(":") || w.equals("—") || w.equals("--")) {
        return i + 1;
      }
      if (t.get(i).isVerb()) {
        return 0;
      }
    }
    return 0;
  }

  private boolean hasWord(Span s) {
    for (int i = s.begin(); i < s.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Drops punctuation tokens at either end (commas round a cue, the full stop), keeping quotation marks. */
  private Span trim(DependencyTree tree, Span s) {
    if (s == null) {
      return null;
    }
    int b = s.begin();
    int e = s.end();
    boolean changed = true;
    while (changed && b < e) {
      changed = false;
      Token first = tokenStartingAt(tree, b);
      if (first != null && first.word().length() <= 2 && TRIM.contains(first.word()) && first.span().end() <= e
          && !(first.word().equals("(") && text.substring(b, e).contains(")"))) {
        b = skipSpaces(first.span().end(), e);
        changed = true;
      }
      Token last = tokenEndingAt(tree, e);
      if (last != null && last.word().length() <= 2 && TRIM.contains(last.word()) && last.span().begin() >= b
          && !(last.word().equals(")") && balancedParen(b, e))) {
        e = last.span().begin();
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        changed = true;
      }
    }
    return new Span(b, Math.max(b, e));
  }

  /** Whether the ")" ending {@code [b, e)} closes a "(" inside it ("Sen. Claire McCaskill (D-Mo.)"). */
  private boolean balancedParen(int b, int e) {
    String s = text.substring(b, e);
    return s.chars().filter(c -> c == '(').count() >= s.chars().filter(c -> c == ')').count();
  }

  /**
   * "Ban Ki-moon, the secretary general of the United Nations, said": PolNeAR closes an appositive source with its
   * comma.
   */
  private Span appositiveComma(Span source) {
    if (source != null && source.of(text).contains(",") && source.end() < text.length()
        && text.charAt(source.end()) == ',') {
      return new Span(source.begin(), source.end() + 1);
    }
    return source;
  }

  private int skipSpaces(int i, int e) {
    while (i < e && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static Token tokenStartingAt(DependencyTree tree, int offset) {
    for (Token t : tree.tokens()) {
      if (t.span().begin() == offset) {
        return t;
      }
    }
    return null;
  }

  private static Token tokenEndingAt(DependencyTree tree, int offset) {
    for (Token t : tree.tokens()) {
      if (t.span().end() == offset) {
        return t;
      }
    }
    return null;
  }
}
