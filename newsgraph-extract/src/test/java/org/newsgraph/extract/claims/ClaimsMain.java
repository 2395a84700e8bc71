package org.newsgraph.extract.claims;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Span;

/** Development aid: {@code ClaimsMain FILE} or {@code ClaimsMain --text "…"} prints the claims found. */
public final class ClaimsMain {
  private ClaimsMain() {}

  public static void main(String[] args) throws Exception {
    List<Article> articles = args[0].equals("--text")
        ? List.of(SampleArticles.article("cli", args[1], LocalDate.of(2025, 2, 4)))
        : SampleArticles.read(Path.of(args[0]));
    for (Article a : articles) {
      AnalyzedArticle an = SampleArticles.analyse(a);
      if (args.length > 2) {
        an.sentences().forEach(s -> System.out.println(s.tokens().stream().map(t -> t.index() + ":" + t.word()
            + "/" + t.pos() + ">" + t.head() + ":" + t.deprel()).collect(Collectors.joining(" "))));
        an.mentions().forEach(m -> System.out.println("  M " + m.span().of(a.text()) + " " + m.entityId()));
      }
      for (Claim c : new AttributionStage().claims(an)) {
        String t = a.text();
        System.out.println(c.id() + " s" + c.sentence() + " SRC[" + of(t, c.source()) + "] " + c.sourceEntityId()
            + " CUE[" + of(t, c.cue()) + "] " + c.kind() + " " + c.stance() + " said=" + c.said()
            + (c.saidFromText() ? "(text)" : "") + " CH[" + of(t, c.channel()) + "]");
        c.content().forEach(s -> System.out.println("     CONTENT[" + of(t, s) + "]"));
      }
    }
  }

  private static String of(String t, Span s) {
    return s == null ? "-" : s.of(t).replace('\n', '|');
  }
}
