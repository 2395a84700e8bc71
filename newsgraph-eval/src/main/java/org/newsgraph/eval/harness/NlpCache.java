package org.newsgraph.eval.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Keeps the NLP output of each article in a folder (one TSV per article id: tokens, tags, lemmas, NER, dependencies),
 * so that re-running an evaluation after a rule change, or a training run, costs the rules' time only: the
 * {@code --cache DIR} option of {@code newsgraph eval} and {@code newsgraph train}. The cache is keyed by the
 * article's text only: clear it after changing the NLP settings.
 */
public final class NlpCache implements Function<Article, AnalyzedArticle> {
  private final Function<Article, AnalyzedArticle> nlp;
  private final Path dir;

  public NlpCache(Function<Article, AnalyzedArticle> nlp, Path dir) {
    this.nlp = nlp;
    this.dir = dir;
  }

  @Override
  public AnalyzedArticle apply(Article a) {
    Path f = dir.resolve(a.id() + ".tsv");
    try {
      if (Files.exists(f)) {
        return read(a, f);
      }
      AnalyzedArticle r = nlp.apply(a);
      Files.createDirectories(dir);
      StringBuilder sb = new StringBuilder();
      for (Sentence s : r.sentences()) {
        for (Token t : s.tokens()) {
          sb.append(s.index()).append('\t').append(t.index()).append('\t').append(t.span().begin()).append('\t')
              .append(t.span().end()).append('\t').append(t.pos()).append('\t').append(t.lemma()).append('\t')
              .append(t.ner()).append('\t').append(t.head()).append('\t').append(t.deprel()).append('\n');
        }
      }
      Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AnalyzedArticle read(Article a, Path f) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> cur = new ArrayList<>();
    int curIdx = -1;
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      String[] p = line.split("\t", -1);
      int si = Integer.parseInt(p[0]);
      if (si != curIdx && !cur.isEmpty()) {
        sentences.add(sentence(curIdx, cur));
        cur = new ArrayList<>();
      }
      curIdx = si;
      Span sp = new Span(Integer.parseInt(p[2]), Integer.parseInt(p[3]));
      cur.add(new Token(Integer.parseInt(p[1]), sp, sp.of(a.text()), p[4], p[5], p[6], Integer.parseInt(p[7]),
          p[8]));
    }
    if (!cur.isEmpty()) {
      sentences.add(sentence(curIdx, cur));
    }
    return AnalyzedArticle.of(a).withSentences(sentences, Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS,
        Facet.LEMMAS, Facet.NER, Facet.DEPENDENCIES), "nlp.cached");
  }

  private static Sentence sentence(int idx, List<Token> toks) {
    return new Sentence(idx, new Span(toks.get(0).span().begin(), toks.get(toks.size() - 1).span().end()), toks);
  }
}
