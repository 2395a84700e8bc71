package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * An analysed article as the attribution tagger reads it: the dependency tree of each sentence that has tokens, the
 * paragraph each lies in, which tokens stand inside a quotation, the kind of entity a token names (from the entity
 * layer), and the attributions the {@link CueRules} draft when every verb may be a cue (their sources and contents
 * are features of the tagger, not its answer).
 */
final class ArticleTokens {
  private final AnalyzedArticle article;
  private final List<DependencyTree> trees = new ArrayList<>();
  private final int[] paragraph;
  private final boolean[][] quoted;
  private final String[][] entity;
  private final List<Map<Integer, Draft>> drafts = new ArrayList<>();
  private final QuoteMarks quotes;

  ArticleTokens(AnalyzedArticle article) {
    this.article = article;
    String text = article.text();
    this.quotes = new QuoteMarks(text, article.article().paragraphs());
    for (Sentence s : article.sentences()) {
      if (!s.tokens().isEmpty()) {
        trees.add(new DependencyTree(s));
      }
    }
    paragraph = new int[trees.size()];
    quoted = new boolean[trees.size()][];
    entity = new String[trees.size()][];
    List<Mention> mentions = article.mentions().stream().sorted(Comparator.comparing(Mention::span)).toList();
    int m = 0;
    CueRules rules = new CueRules(text, article.article().paragraphs(), CueModel.EVERY_VERB);
    for (int k = 0; k < trees.size(); k++) {
      DependencyTree tree = trees.get(k);
      List<Token> toks = tree.tokens();
      paragraph[k] = quotes.paragraphOf(toks.get(0).span().begin());
      quoted[k] = new boolean[toks.size()];
      entity[k] = new String[toks.size()];
      for (Token t : toks) {
        quoted[k][t.index()] = quotes.inside(t.span().begin());
        while (m < mentions.size() && mentions.get(m).span().end() <= t.span().begin()) {
          m++;
        }
        for (int j = m; j < mentions.size() && mentions.get(j).span().begin() < t.span().end(); j++) {
          if (mentions.get(j).span().overlaps(t.span())) {
            entity[k][t.index()] = kind(mentions.get(j));
            break;
          }
        }
      }
      Map<Integer, Draft> byCue = new HashMap<>();
      for (Draft d : rules.find(tree)) {
        byCue.putIfAbsent(d.cueToken().index(), d);
      }
      drafts.add(byCue);
    }
  }

  /** "person", "org", "country"… from the entity id's prefix, with the mention's role when it is not a name. */
  private static String kind(Mention m) {
    String id = m.entityId();
    int colon = id.indexOf(':');
    String type = colon < 0 ? "entity" : id.substring(0, colon);
    return m.role() == Mention.Role.NAME ? type : type + "/" + m.role().name().toLowerCase(Locale.ROOT);
  }

  AnalyzedArticle article() {
    return article;
  }

  String text() {
    return article.text();
  }

  QuoteMarks quotes() {
    return quotes;
  }

  /** Number of sentences with tokens. */
  int size() {
    return trees.size();
  }

  DependencyTree tree(int k) {
    return trees.get(k);
  }

  int paragraph(int k) {
    return paragraph[k];
  }

  boolean quoted(int k, int i) {
    return quoted[k][i];
  }

  /** The kind of entity token {@code i} of sentence {@code k} is part of, or null. */
  String entity(int k, int i) {
    return entity[k][i];
  }

  /** The rules' attribution with token {@code i} of sentence {@code k} as its cue's main token, or null. */
  Draft draft(int k, int i) {
    return drafts.get(k).get(i);
  }

  /** The sentence (by position among those with tokens) holding {@code offset}, or -1. */
  int sentenceAt(int offset) {
    int lo = 0;
    int hi = trees.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = span(mid);
      if (offset < s.begin()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** From the first to the last token of sentence {@code k}. */
  Span span(int k) {
    List<Token> t = trees.get(k).tokens();
    return new Span(t.get(0).span().begin(), t.get(t.size() - 1).span().end());
  }
}
