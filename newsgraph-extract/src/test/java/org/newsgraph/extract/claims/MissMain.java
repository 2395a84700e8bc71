package org.newsgraph.extract.claims;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.extract.NlpCache;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.time.TimeTaggingStage;

/**
 * Development aid: {@code MissMain SPLIT_DIR CACHE_DIR} sorts the gold attributions the stage misses (no predicted
 * cue overlaps theirs) by why: the cue's head is not a verb, sits in a quotation, the model rejects it, the rules
 * find no content for it, or a draft was found and dropped later.
 */
public final class MissMain {
  private MissMain() {}

  public static void main(String[] args) throws Exception {
    NlpCache cache = new NlpCache(a -> {
      throw new IllegalStateException("not cached");
    }, Path.of(args[1]));
    EntityLinkingStage entities = new EntityLinkingStage();
    TimeTaggingStage times = new TimeTaggingStage();
    AttributionStage stage = new AttributionStage();
    CueModel model = CueModel.shipped();
    Map<String, List<String>> why = new TreeMap<>();
    for (Path f : PolnearCorpus.texts(Path.of(args[0]))) {
      Article article = PolnearCorpus.article(f);
      String text = article.text();
      List<BratAttribution> gold = BratReader.read(Files.readString(PolnearCorpus.goldFor(f).orElseThrow(),
          StandardCharsets.UTF_8), text.length());
      AnalyzedArticle a = times.apply(entities.apply(cache.apply(article)));
      List<Claim> claims = stage.claims(a);
      CueRules rules = new CueRules(text, article.paragraphs(), model);
      QuoteMarks quotes = new QuoteMarks(text, article.paragraphs());
      for (BratAttribution g : gold) {
        if (g.cue().isEmpty() || claims.stream().anyMatch(c -> g.cue().stream().anyMatch(c.cue()::overlaps))) {
          continue;
        }
        Span cue = g.cue().get(0);
        Sentence s = a.sentences().stream().filter(x -> x.span().overlaps(cue)).findFirst().orElse(null);
        if (s == null) {
          continue;
        }
        DependencyTree tree = new DependencyTree(s);
        Token head = null;
        for (Token t : s.tokens()) {
          Token h = tree.head(t);
          if (cue.overlaps(t.span()) && (h == null || !cue.overlaps(h.span()))) {
            head = t;
            break;
          }
        }
        String reason;
        if (head == null) {
          reason = "no token";
        } else if (!head.isVerb()) {
          reason = "not a verb " + head.pos();
        } else if (quotes.inside(head.span().begin())) {
          reason = "verb in a quotation";
        } else if (!model.isCue(tree, head)) {
          reason = "model rejects";
        } else {
          Token h = head;
          boolean drafted = rules.find(tree).stream().anyMatch(d -> d.cueToken().index() == h.index());
          reason = drafted ? "drafted, dropped later" : "accepted, no content (" + head.deprel() + ")";
        }
        String ex = cue.of(text) + "  ||  " + s.span().of(text).replace('\n', ' ');
        why.computeIfAbsent(reason, k -> new ArrayList<>()).add(ex.length() > 220 ? ex.substring(0, 220) : ex);
      }
    }
    why.entrySet().stream().sorted((x, y) -> y.getValue().size() - x.getValue().size()).forEach(e -> {
      System.out.println(e.getValue().size() + " " + e.getKey());
      e.getValue().stream().limit(Integer.getInteger("n", 12)).forEach(x -> System.out.println("    " + x));
    });
  }
}
