package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * What an active cue verb says, tried in order: its complement clause; the clause it is inserted into ("…, police
 * said"); its object; its topic ("called for X"); what follows a colon; a quotation just before. A topic's
 * preposition joins the cue.
 */
final class VerbContent {
  /** Prepositions that introduce what is said or asked for after a cue verb ("called for", "spoke of"). */
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "of", "for", "on", "against");

  /** The content spans, the token heading them (null when none does) and the cue, widened by a preposition. */
  record Found(List<Span> content, Token head, Span cue) {}

  private final String text;
  private final LayoutRules layout;
  private final SpanTrimmer trimmer;

  VerbContent(LayoutRules layout, SpanTrimmer trimmer) {
    this.text = trimmer.text();
    this.layout = layout;
    this.trimmer = trimmer;
  }

  /** The content of {@code v}, whose subject is {@code subject} (may be null); null when it says nothing here. */
  Found find(DependencyTree tree, Token v, Token subject) {
    List<Span> content = new ArrayList<>();
    Token contentHead = null;
    for (Token c : tree.children(v)) {
      boolean complement = DependencyTree.is(c, "ccomp")
          || (DependencyTree.is(c, "parataxis") || DependencyTree.is(c, "dep") || DependencyTree.is(c, "xcomp")
          || DependencyTree.is(c, "conj") && c.index() > v.index())
          && (opensWithQuoteOrColon(tree, c) || DependencyTree.is(c, "xcomp") && c.index() > v.index()
          && !c.isProperNoun()) // "…,” said Joseph: a name parsed as a complement is the speaker
          || (DependencyTree.is(c, "advcl") || DependencyTree.is(c, "dep") && c.isVerb()) && c.index() < v.index()
          && tree.child(c, "mark") == null && (tree.child(c, "nsubj") != null || tree.child(c, "nsubj:pass") != null)
          && commaBefore(tree, v) // "Farmers blocked the road, police said."; a dep clause alike
          || DependencyTree.is(c, "advcl") && c.index() > v.index() && asks(tree, c); // "isn't saying if…"
      if (addedClause(tree, c) != null) {
        continue; // "…,” she said, adding she would…": what is added is the participle's, not this cue's
      }
      if (complement) {
        Span run = tree.extent(c);
        Token obj = tree.child(v, "obj");
        if (DependencyTree.is(c, "xcomp") && obj != null && obj.index() > v.index()
            && obj.index() < c.index()) {
          run = new Span(tree.extent(obj).begin(), run.end()); // "urged Trump to make…": who is urged belongs in
        }
        for (Token k : tree.children(c)) {
          if (coordinatedWithCue(tree, v, c, k)) { // "said he would order a review and warned against…"
            int before = tree.subtree(k).nextSetBit(0) - 1;
            run = new Span(run.begin(), Math.max(run.begin(), tree.token(before).span().end()));
            break;
          }
        }
        content.add(trimmer.trim(tree, run));
        contentHead = contentHead == null ? c : contentHead;
      }
    }
    for (Token c : tree.children(v)) {
      Span last = content.isEmpty() ? null : content.get(content.size() - 1);
      if (last != null && DependencyTree.is(c, "dep") && c.index() > v.index() && !last.contains(c.span())) {
        Span more = tree.extent(c);
        if (more.begin() >= last.end() && text.substring(last.end(), more.begin()).isBlank()) {
          content.set(content.size() - 1, trimmer.trim(tree, new Span(last.begin(), more.end())));
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
      if (obj != null && !(Cues.ADDRESSEE.contains(CueRules.lemma(v)) && tree.child(v, "xcomp") == null)) {
        Span o = tree.extent(obj);
        Token more = tree.child(v, "xcomp");
        if (more != null && more.index() > obj.index()) {
          o = new Span(o.begin(), tree.extent(more).end()); // "called his supporters “deplorables”"
        }
        o = new Span(o.begin(), restOfPredicate(tree, v, obj, o.end()));
        content.add(trimmer.trim(tree, o));
        contentHead = obj;
      }
    }
    Span cue = CueExtent.cueSpan(tree, v);
    if (content.isEmpty()) {
      Token topic = topic(tree, v);
      if (topic != null) {
        Token cas = tree.child(topic, "case");
        BitSet keep = tree.subtree(topic);
        keep.clear(cas.index());
        List<Span> runs = trimmer.runs(tree, keep);
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
          List<Span> runs = trimmer.runs(tree, keep);
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
    if (content.isEmpty() && subject != null) {
      Span quoted = layout.quoteClosingBefore(subject.index() < v.index() ? tree.extent(subject).begin()
          : CueExtent.cueSpan(tree, v).begin());
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
    return content.isEmpty() ? null : new Found(content, contentHead, cue);
  }

  /** The first oblique after {@code v} introduced by a topic preposition, not a channel ("on television"). */
  static Token topic(DependencyTree tree, Token v) {
    for (Token c : tree.children(v)) {
      Token cas = tree.child(c, "case");
      if (DependencyTree.is(c, "obl") && c.index() > v.index() && cas != null && cas.index() > v.index()
          && TOPIC_PREPOSITIONS.contains(cas.word().toLowerCase(Locale.ROOT))
          && !Cues.CHANNEL_NOUNS.contains(CueRules.lemma(c)) && cas.index() - v.index() <= 4
          && wordsBetween(tree, v, cas)) {
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
          || DependencyTree.is(c, "conj") || Cues.CHANNEL_NOUNS.contains(CueRules.lemma(c)) || "DATE".equals(c.ner())
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

  /** An indirect question ("if the foundation broke the law", "whether she knew"), parsed as an adverbial clause. */
  private static boolean asks(DependencyTree tree, Token clause) {
    Token mark = tree.child(clause, "mark");
    return mark != null && (mark.word().equalsIgnoreCase("whether") || mark.word().equalsIgnoreCase("if"))
        && tree.subtree(clause).nextSetBit(0) == mark.index();
  }

  /** Whether a comma comes between the content before a verb and the verb's subject ("…, police said"). */
  private static boolean commaBefore(DependencyTree tree, Token v) {
    Token subject = tree.child(v, "nsubj");
    int from = subject != null && subject.index() < v.index() ? tree.subtree(subject).nextSetBit(0) : v.index();
    return from > 0 && tree.token(from - 1).word().equals(",");
  }

  private static boolean opensWithQuoteOrColon(DependencyTree tree, Token c) {
    BitSet sub = tree.subtree(c);
    int first = sub.nextSetBit(0);
    for (int i = first - 1; i >= 0 && i >= first - 2; i--) {
      String w = tree.token(i).word();
      if (w.equals(":") || CueRules.startsWithQuote(w) && !closes(w)) { // “…,” said Joseph: the mark closes
        return true;
      }
    }
    return CueRules.startsWithQuote(tree.token(first).word());
  }

  /**
   * A verb the parse coordinates with the content's head that agrees in form with the cue and not with that head,
   * and has no subject of its own: "said he would order a review and warned against…" — "warned" cannot hang from
   * "would", so it is the cue's subject doing a second thing, not part of what was said.
   */
  static boolean coordinatedWithCue(DependencyTree tree, Token cue, Token head, Token conj) {
    return DependencyTree.is(conj, "conj") && conj.isVerb() && conj.index() > head.index()
        && tree.head(conj) != null && tree.head(conj).index() == head.index()
        && conj.pos().equals(cue.pos()) && !conj.pos().equals(head.pos())
        && tree.child(conj, "nsubj") == null && tree.child(conj, "nsubj:pass") == null;
  }

  /**
   * A reporting participle after a comma that the parse makes the subordinator of the clause it introduces ("…, she
   * said, adding she would never…": "adding" as the "mark" of "would never vote"): a participle is never a
   * subordinator, so it is a cue of its own; null otherwise.
   */
  static Token addedClause(DependencyTree tree, Token clause) {
    Token m = tree.child(clause, "mark");
    return m != null && m.pos().equals("VBG") && m.index() > 0 && tree.token(m.index() - 1).word().equals(",")
        && Cues.REPORTING.contains(CueRules.lemma(m)) && m.index() < clause.index() ? m : null;
  }

  /** A quotation mark that can only close ("”", "''"); straight marks may open or close. */
  private static boolean closes(String w) {
    return w.equals("\u201d") || w.equals("''") || w.equals("\u2019\u2019");
  }

  /** "He said: …": everything after the colon to the end of the sentence. */
  private Span afterColon(DependencyTree tree, Token v) {
    int n = tree.tokens().size();
    for (int i = v.index() + 1; i < n && i <= v.index() + 3; i++) {
      if (tree.token(i).word().equals(":") && i + 1 < n) {
        return trimmer.trim(tree, new Span(tree.token(i + 1).span().begin(), tree.token(n - 1).span().end()));
      }
    }
    return null;
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
    return trimmer.runs(tree, keep);
  }
}
