package org.newsgraph.extract.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.newsgraph.core.Token;
import org.newsgraph.extract.claims.model.LinearChainTagger;
import org.newsgraph.extract.claims.model.NamedFeatures;
import org.newsgraph.extract.claims.model.TaggerTrainer;

/**
 * Trains the {@link TaggerModel} on articles of PolNeAR's train split (dev is for measuring): the two taggers of
 * the {@link AttributionTagger}, each an averaged structured perceptron ({@link TaggerTrainer}) over a seeded order
 * for a fixed number of passes, so the same data gives the same file.
 * <ol>
 * <li>the cue tagger: every sentence is a sequence, the tokens of a gold cue its B/I labels. Tokens inside a gold
 * content are left open (PolNeAR annotates only the outermost attribution, so a cue nested in a content is neither
 * right nor wrong there; the stage drops nested cues itself);</li>
 * <li>the role tagger: every gold attribution with a cue is a sequence over its window (the cue's sentence and its
 * neighbours in the paragraph), its source and content tokens the B/I labels.</li>
 * </ol>
 */
public final class AttributionTaggerTrainer {
  /** Passes, rarest feature kept and shuffle seed of both taggers. */
  public record Settings(TaggerTrainer.Settings cue, TaggerTrainer.Settings role) {
    public static Settings defaults() {
      return new Settings(new TaggerTrainer.Settings(10, 2, 1), new TaggerTrainer.Settings(10, 2, 2));
    }
  }

  private AttributionTaggerTrainer() {}

  /** Trains on {@code samples} with the default settings and writes the gzipped model to {@code out}. */
  public static TaggerModel train(List<AttributionModelTrainer.Sample> samples, Path out, Consumer<String> log)
      throws IOException {
    TaggerModel model = train(samples, Settings.defaults(), log);
    model.write(out);
    log.accept(samples.size() + " articles; wrote " + out);
    return model;
  }

  /** Trains on {@code samples}, in their order. */
  public static TaggerModel train(List<AttributionModelTrainer.Sample> samples, Settings settings,
      Consumer<String> log) {
    TaggerTrainer cues = new TaggerTrainer(AttributionTagger.CUE_LABELS, settings.cue());
    TaggerTrainer roles = new TaggerTrainer(AttributionTagger.ROLE_LABELS, settings.role());
    // attributions, without a cue token, content tokens, content tokens outside the window, attributions with some
    int[] counts = new int[5];
    for (AttributionModelTrainer.Sample s : samples) {
      ArticleTokens doc = new ArticleTokens(s.article());
      GoldTokens gold = new GoldTokens(doc, s.gold());
      for (int k = 0; k < doc.size(); k++) {
        NamedFeatures features = new NamedFeatures();
        CueTagFeatures.of(doc, k, features);
        cues.add(features.positions(), cueLabels(doc, gold, k), null);
      }
      for (int a = 0; a < s.gold().size(); a++) {
        counts[0]++;
        RoleTagFeatures.Cue cue = gold.cue(doc, a);
        if (cue == null) {
          counts[1]++;
          continue;
        }
        RoleTagFeatures.Window w = RoleTagFeatures.window(doc, cue.k());
        int outside = counts[3];
        int[][] lm = roleLabels(doc, gold, a, cue, w, counts);
        counts[4] += counts[3] > outside ? 1 : 0;
        NamedFeatures features = new NamedFeatures();
        RoleTagFeatures.of(doc, cue, w, features);
        roles.add(features.positions(), lm[0], lm[1]);
      }
    }
    log.accept(String.format(Locale.ROOT, "%d attributions (%d without a cue token); content tokens outside the "
        + "role window: %d of %d, in %d attributions", counts[0], counts[1], counts[3], counts[2], counts[4]));
    log.accept("cue tagger: " + cues.size() + " sentences");
    LinearChainTagger cue = cues.train(log);
    log.accept("role tagger: " + roles.size() + " attributions");
    LinearChainTagger role = roles.train(log);
    log.accept("weights: cue " + cue.features() + " features, role " + role.features() + " features");
    return new TaggerModel(cue, role);
  }

  private static int[] cueLabels(ArticleTokens doc, GoldTokens gold, int k) {
    List<Token> toks = doc.tree(k).tokens();
    int[] labels = new int[toks.size()];
    for (int i = 0; i < labels.length; i++) {
      byte r = gold.role(k, i);
      if (r == GoldTokens.CUE) {
        boolean continues = i > 0 && gold.role(k, i - 1) == GoldTokens.CUE && gold.owner(k, i - 1) == gold.owner(k, i);
        labels[i] = continues ? 2 : 1;
      } else {
        labels[i] = r == GoldTokens.CONTENT ? -1 : 0;
      }
    }
    return labels;
  }

  /** The role labels of the window for gold attribution {@code a}, and the masks (the cue's tokens: O only). */
  private static int[][] roleLabels(ArticleTokens doc, GoldTokens gold, int a, RoleTagFeatures.Cue cue,
      RoleTagFeatures.Window w, int[] counts) {
    List<Integer> labels = new ArrayList<>();
    List<Integer> masks = new ArrayList<>();
    byte previous = GoldTokens.NONE;
    for (int k = 0; k < doc.size(); k++) {
      boolean inWindow = k >= w.first() && k <= w.last();
      for (Token t : doc.tree(k).tokens()) {
        boolean own = gold.owner(k, t.index()) == a;
        byte r = own ? gold.role(k, t.index()) : GoldTokens.NONE;
        if (r == GoldTokens.CONTENT) {
          counts[2]++;
          counts[3] += inWindow ? 0 : 1;
        }
        if (!inWindow) {
          continue;
        }
        if (cue.covers(k, t.index())) {
          labels.add(0);
          masks.add(1);
          previous = GoldTokens.NONE;
          continue;
        }
        int l = 0;
        if (r == GoldTokens.SOURCE || r == GoldTokens.CONTENT) {
          boolean begins = previous != r;
          l = r == GoldTokens.SOURCE ? (begins ? AttributionTagger.B_SRC : AttributionTagger.I_SRC)
              : (begins ? AttributionTagger.B_CON : AttributionTagger.I_CON);
          previous = r;
        } else {
          previous = GoldTokens.NONE;
        }
        labels.add(l);
        masks.add(LinearChainTagger.ANY);
      }
    }
    return new int[][] {labels.stream().mapToInt(Integer::intValue).toArray(),
        masks.stream().mapToInt(Integer::intValue).toArray()};
  }
}
