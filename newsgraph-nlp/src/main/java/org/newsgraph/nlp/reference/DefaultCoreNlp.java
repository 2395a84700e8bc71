package org.newsgraph.nlp.reference;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.newsgraph.nlp.NlpLogging;

/**
 * The benchmark's yardstick: a CoreNLP pipeline with annotators {@code tokenize,ssplit,pos,lemma,ner,depparse} at
 * CoreNLP's default settings, built in the same process as ours so the ratio compares like with like.
 */
public final class DefaultCoreNlp {
  private final StanfordCoreNLP pipeline;
  private final double loadSeconds;

  public DefaultCoreNlp() {
    NlpLogging.apply();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    long t0 = System.nanoTime();
    pipeline = new StanfordCoreNLP(p);
    loadSeconds = (System.nanoTime() - t0) / 1e9;
  }

  public double loadSeconds() {
    return loadSeconds;
  }

  /** Annotates {@code text}; returns its number of tokens. */
  public int annotate(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
