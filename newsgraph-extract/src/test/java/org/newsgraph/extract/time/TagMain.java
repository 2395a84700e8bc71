package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.Token;
import org.newsgraph.nlp.CoreNlpStage;

/** Development aid: {@code TagMain YYYY-MM-DD "text" ["text" …]} prints tokens and the tags found. */
public final class TagMain {
  private TagMain() {}

  public static void main(String[] args) {
    LocalDate anchor = args[0].equals("-") ? null : LocalDate.parse(args[0]);
    CoreNlpStage nlp = new CoreNlpStage(NewsgraphConfig.defaults().nlp());
    for (int i = 1; i < args.length; i++) {
      String text = args[i];
      Article a = new Article(ArticleIds.of(text), "cli", null, null, null, null, anchor, null, List.of(), List.of(),
          List.of(new Span(0, text.length())), "en", text);
      AnalyzedArticle an = nlp.apply(AnalyzedArticle.of(a));
      an.sentences().forEach(s -> {
        StringBuilder sb = new StringBuilder();
        for (Token t : s.tokens()) {
          sb.append(t.index()).append(':').append(t.word()).append('/').append(t.pos()).append('/').append(t.ner())
              .append(">").append(t.head())
              .append(':').append(t.deprel()).append(' ');
        }
        System.out.println(sb);
      });
      for (TimeExpression t : new TimeTagger().tag(text, an.sentences(), anchor)) {
        System.out.println("  [" + t.span().of(text) + "] " + t.type() + " " + t.value() + " mod=" + t.mod() + " ["
            + t.begin() + ", " + t.end() + ")");
      }
    }
  }
}
