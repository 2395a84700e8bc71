package org.newsgraph.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Long documents made of parsed ones, for tests of how work grows with the input ({@code Work#count}): {@code copies} copies of some
 * parsed articles one after the other, paragraphs apart, with their paragraphs, sentences and tokens moved to where
 * they now are. The parse is the real one (made once), so every rule sees what it sees on real text.
 */
public final class RepeatedArticles {
  private RepeatedArticles() {}

  /**
   * One article holding {@code copies} copies of the texts of {@code parsed} (each with sentences and tokens), dated
   * as the first. Only the NLP facets are kept: the stages under test run over it.
   */
  public static AnalyzedArticle of(List<AnalyzedArticle> parsed, int copies) {
    StringBuilder text = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (int k = 0; k < copies; k++) {
      for (AnalyzedArticle a : parsed) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        int off = text.length();
        text.append(a.text());
        for (Span p : a.article().paragraphs()) {
          paragraphs.add(shift(p, off));
        }
        for (Sentence s : a.sentences()) {
          List<Token> tokens = new ArrayList<>(s.tokens().size());
          for (Token t : s.tokens()) {
            tokens.add(new Token(t.index(), shift(t.span(), off), t.word(), t.pos(), t.lemma(), t.ner(), t.head(),
                t.deprel()));
          }
          sentences.add(new Sentence(sentences.size(), shift(s.span(), off), tokens));
        }
      }
    }
    String all = text.toString();
    Article first = parsed.get(0).article();
    Article article = new Article(ArticleIds.of(all), "repeated", first.outlet(), first.headline(), first.dateline(),
        first.agency(), first.published(), first.updated(), List.of(), List.of(), paragraphs, "en", all);
    EnumSet<Facet> facets = EnumSet.copyOf(parsed.get(0).facets());
    return AnalyzedArticle.of(article).withSentences(sentences, facets, "nlp.repeated");
  }

  private static Span shift(Span s, int off) {
    return new Span(s.begin() + off, s.end() + off);
  }
}
