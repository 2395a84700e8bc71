package org.newsgraph.extract.claims;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.newsgraph.core.Token;
import org.newsgraph.extract.claims.model.FeatureSink;

/**
 * What the cue tagger sees of each token of a sentence: the word, lemma, tag and relation, its head and dependents
 * (a clausal complement, a subject and what kind), its neighbours, whether it stands inside a quotation, what kind of
 * entity it names, whether the word lists know it, and whether the rules draft an attribution with it as the cue.
 * Features are strings, so the model file reads as text.
 */
final class CueTagFeatures {
  private CueTagFeatures() {}

  /** The features of each token of sentence {@code k}, one position per token. */
  static void of(ArticleTokens doc, int k, FeatureSink f) {
    DependencyTree tree = doc.tree(k);
    for (Token t : tree.tokens()) {
      of(doc, k, tree, t, f);
      f.next();
    }
  }

  private static void of(ArticleTokens doc, int k, DependencyTree tree, Token t, FeatureSink f) {
    String w = word(t);
    String lemma = CueRules.lemma(t);
    String pos = t.pos();
    String rel = t.deprel();
    f.add("b");
    f.add("w=", w);
    f.add("l=", lemma);
    f.add("p=", pos);
    f.add("r=", rel);
    f.add("l|r=", lemma, "|", rel);
    f.add("p|r=", pos, "|", rel);
    Token head = tree.head(t);
    String hl = head == null ? "ROOT" : CueRules.lemma(head);
    String hp = head == null ? "ROOT" : head.pos();
    f.add("hl=", hl);
    f.add("r|hl=", rel, "|", hl);
    f.add("r|hp=", rel, "|", hp);
    f.add("p|hp=", pos, "|", hp);
    f.add("hdir=", (head == null ? "-" : head.index() < t.index() ? "L" : "R"), "|", rel);
    TreeSet<String> rels = new TreeSet<>();
    for (Token c : tree.children(t)) {
      rels.add(c.deprel());
    }
    for (String r : rels) {
      f.add("c=", r);
      f.add("l|c=", lemma, "|", r);
      f.add("p|c=", pos, "|", r);
    }
    f.add("cs=", String.join(",", rels));
    String subject = subjectKind(tree, t);
    f.add("s=", subject);
    f.add("l|s=", lemma, "|", subject);
    String prev = word(tree, t.index() - 1);
    String next = word(tree, t.index() + 1);
    f.add("w-1=", prev);
    f.add("w+1=", next);
    f.add("w|w+1=", w, "|", next);
    f.add("w-1|w=", prev, "|", w);
    f.add("l|w+2=", lemma, "|", next, "|", word(tree, t.index() + 2));
    f.add("p-1=", tag(tree, t.index() - 1));
    f.add("p+1=", tag(tree, t.index() + 1));
    f.add("p-1|p=", tag(tree, t.index() - 1), "|", pos);
    f.add("p|p+1=", pos, "|", tag(tree, t.index() + 1));
    f.add("ner=", t.ner());
    String ent = doc.entity(k, t.index());
    f.add("ent=", String.valueOf(ent));
    boolean q = doc.quoted(k, t.index());
    f.add("q=", String.valueOf(q));
    f.add("l|q=", lemma, "|", String.valueOf(q));
    f.add("p|q=", pos, "|", String.valueOf(q));
    boolean listed = Cues.REPORTING.contains(lemma) || Cues.REPORTING_NOUNS.contains(lemma) && pos.startsWith("NN");
    f.add("rep=", String.valueOf(listed), "|", pos.substring(0, 1));
    f.add("rep|r=", String.valueOf(listed), "|", rel);
    f.add("hrep=", String.valueOf(head != null && Cues.REPORTING.contains(hl)), "|", rel);
    for (int i = t.index() + 1; i < tree.tokens().size() && i <= t.index() + 2; i++) {
      if (tree.token(i).word().equals(":")) {
        f.add("colon|l=", lemma);
      }
    }
    Draft d = doc.draft(k, t.index());
    if (d != null) {
      String kind = d.source() == null ? "nosrc" : "src";
      boolean quotedContent = d.content().stream().anyMatch(c -> doc.quotes().hasQuote(c));
      f.add("rd=", kind);
      f.add("rd|q=", kind, "|", String.valueOf(quotedContent));
      f.add("rd|l=", lemma);
      f.add("rd|r=", rel, "|", kind);
    } else {
      f.add("nord|p=", pos);
    }
    Draft hd = head == null ? null : doc.draft(k, head.index());
    if (hd != null && hd.cue().overlaps(t.span())) {
      f.add("inrd|r=", rel); // an auxiliary, adverb or particle the rules put in a cue
    }
    if (t.index() == 0) {
      f.add("first");
    }
  }

  static String word(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.chars().anyMatch(Character::isDigit) ? "0" : w;
  }

  static String word(DependencyTree tree, int i) {
    return i < 0 ? "<s>" : i >= tree.tokens().size() ? "</s>" : word(tree.token(i));
  }

  private static String tag(DependencyTree tree, int i) {
    return i < 0 ? "<s>" : i >= tree.tokens().size() ? "</s>" : tree.token(i).pos();
  }

  /** PRON, PERSON, ORGANIZATION… (the subject's NER tag), NOUN, or NONE; a passive subject is PASS. */
  static String subjectKind(DependencyTree tree, Token t) {
    Token s = tree.child(t, "nsubj");
    if (s == null) {
      return "NONE";
    }
    if (DependencyTree.is(s, "nsubj:pass")) {
      return "PASS";
    }
    if (s.pos().startsWith("PRP")) {
      return "PRON";
    }
    return s.ner() != null && !s.ner().equals("O") ? s.ner() : s.pos().startsWith("NN") ? "NOUN" : "OTHER";
  }
}
