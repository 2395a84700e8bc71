package org.newsgraph.extract.events;

import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.extract.NlpCache;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Event;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.Token;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.time.TimeTaggingStage;
import org.newsgraph.nlp.CoreNlpStage;

/** Development aid: prints the parse, mentions, times and events of the sample (args: cache dir, [parse]). */
public final class DumpMain {
  private DumpMain() {}

  public static void main(String[] args) throws Exception {
    NlpCache nlp = new NlpCache(a -> new CoreNlpStage(NewsgraphConfig.defaults().nlp()).apply(AnalyzedArticle.of(a)),
        Path.of(args[0]));
    boolean parse = args.length > 1;
    EntityLinkingStage ents = new EntityLinkingStage();
    TimeTaggingStage times = new TimeTaggingStage();
    EventStage events = new EventStage();
    for (Article a : SampleArticles.read(Path.of(args.length > 2 ? args[2] : "examples/arabnews-2025.txt"))) {
      AnalyzedArticle an = events.apply(times.apply(ents.apply(nlp.apply(a))));
      String text = a.text();
      for (Sentence s : an.sentences()) {
        System.out.println("S" + s.index() + ": " + s.span().of(text));
        if (parse) {
          StringBuilder sb = new StringBuilder("   ");
          for (Token t : s.tokens()) {
            sb.append(t.index()).append(':').append(t.word()).append('/').append(t.pos()).append('/')
                .append(t.lemma()).append('>').append(t.head()).append(':').append(t.deprel()).append(' ');
          }
          System.out.println(sb);
          for (Mention m : an.mentions()) {
            if (s.span().contains(m.span())) {
              System.out.println("   M [" + m.span().of(text) + "] " + m.entityId() + " " + m.role());
            }
          }
          for (TimeExpression t : an.times()) {
            if (s.span().contains(t.span())) {
              System.out.println("   T [" + t.span().of(text) + "] " + t.value() + " " + t.begin() + ".." + t.end());
            }
          }
        }
        for (Event e : an.events()) {
          if (e.sentence() == s.index()) {
            System.out.println("   " + EventFormat.line(e, text));
          }
        }
      }
    }
  }
}
