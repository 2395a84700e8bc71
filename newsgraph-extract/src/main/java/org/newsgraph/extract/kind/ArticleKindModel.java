package org.newsgraph.extract.kind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Article;
import org.newsgraph.extract.learn.ModelFiles;
import org.newsgraph.extract.learn.Softmax;

/**
 * Decides what kind of text an article is ({@link ArticleKind}) from its words: a softmax regression over the
 * words ({@link KindFeatures}) trained by {@link ArticleKindTrainer} on the BBC corpus's five sections and a
 * labelled sample of Reuters-21578 (political news versus markets). The shipped model is {@value #RESOURCE} next to
 * this class, the byte-for-byte output of {@code newsgraph train article-kind}.
 */
public final class ArticleKindModel {
  static final String RESOURCE = "article-kind-model.tsv.gz";
  static final String SECTION = "kind";
  static final String PENALTY = "l2";

  private final Softmax softmax;
  private final double penalty;
  private final ArticleKind[] order;

  ArticleKindModel(Softmax softmax, double penalty) {
    this.softmax = softmax;
    this.penalty = penalty;
    List<String> classes = softmax.classes();
    this.order = new ArticleKind[classes.size()];
    for (int i = 0; i < classes.size(); i++) {
      order[i] = ArticleKind.of(classes.get(i));
    }
  }

  private static final class Holder {
    static final ArticleKindModel SHIPPED = of(ModelFiles.resource(ArticleKindModel.class, RESOURCE));
  }

  private static ArticleKindModel of(ModelFiles.Contents c) {
    return new ArticleKindModel(c.model(SECTION), c.param(PENALTY, 0));
  }

  /** The model shipped in the jar, read once per JVM. */
  public static ArticleKindModel shipped() {
    return Holder.SHIPPED;
  }

  /** Reads a model file written by {@code newsgraph train article-kind}. */
  public static ArticleKindModel read(Path file) throws IOException {
    return of(ModelFiles.read(file));
  }

  /** The kinds of an article (its headline and text). */
  public KindScores classify(Article a) {
    return classify(a.headline(), a.text());
  }

  /** The kinds of a text with its headline (null when none). */
  public KindScores classify(String headline, String text) {
    double[] p = softmax.probabilities(KindFeatures.of(headline, text));
    Map<ArticleKind, Double> out = new EnumMap<>(ArticleKind.class);
    for (int i = 0; i < p.length; i++) {
      out.put(order[i], p[i]);
    }
    return new KindScores(out);
  }

  /** Number of non-zero weights. */
  public int size() {
    return softmax.size();
  }

  /** The L2 penalty the model was fitted with (chosen by cross-validation). */
  public double penalty() {
    return penalty;
  }

  Softmax softmax() {
    return softmax;
  }
}
