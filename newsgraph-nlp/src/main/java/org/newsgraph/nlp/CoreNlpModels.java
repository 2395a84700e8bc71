package org.newsgraph.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.core.NewsgraphConfig;

/**
 * Loads each CoreNLP configuration once per JVM and shares it: a pipeline is safe to use from several threads. Each
 * is two pipelines run one after the other: {@code split} (tokenize, ssplit), then, once the stage has bounded the
 * sentences, {@code tag} (pos, lemma, ner, over the sentences it is given); and, with dependencies on, the neural
 * dependency {@code parser}, which the stage calls per sentence ({@link TransitionParser}: CoreNLP's model and
 * transitions, our evaluation of its network, the same parses). CoreNLP's own
 * {@code depparse} annotator would also build four derived graphs (collapsed, CC-processed, enhanced, enhanced++)
 * from each parse, which nothing here reads: 13% of the analysis time (JFR, docs/BENCHMARKS.md).
 */
final class CoreNlpModels {
  private static final Map<NewsgraphConfig.Nlp, Loaded> LOADED = new ConcurrentHashMap<>();

  private CoreNlpModels() {}

  /** A loaded pipeline and how long loading it took. */
  record Loaded(StanfordCoreNLP split, StanfordCoreNLP tag, TransitionParser parser, double loadSeconds,
      double parserLoadSeconds) {}

  static Loaded get(NewsgraphConfig.Nlp settings) {
    return LOADED.computeIfAbsent(settings, CoreNlpModels::load);
  }

  /** Drops every loaded pipeline (the benchmark measures one configuration's memory at a time). */
  static void clear() {
    LOADED.clear();
  }

  static boolean isLoaded(NewsgraphConfig.Nlp settings) {
    return LOADED.containsKey(settings);
  }

  private static Loaded load(NewsgraphConfig.Nlp s) {
    NlpLogging.apply();
    long t0 = System.nanoTime();
    Properties all = properties(s);
    Properties split = (Properties) all.clone();
    split.setProperty("annotators", "tokenize,ssplit");
    Properties tag = (Properties) all.clone();
    tag.setProperty("annotators", "pos,lemma,ner");
    tag.setProperty("enforceRequirements", "false"); // its tokens and sentences come from split, bounded
    StanfordCoreNLP first = new StanfordCoreNLP(split);
    StanfordCoreNLP then = new StanfordCoreNLP(tag);
    long t1 = System.nanoTime();
    TransitionParser parser = s.dependencies() ? TransitionParser.load(parserProperties()) : null;
    long t2 = System.nanoTime();
    return new Loaded(first, then, parser, (t2 - t0) / 1e9, (t2 - t1) / 1e9);
  }

  /**
   * CoreNLP's parser configuration whose parses ours reproduce ({@link TransitionParser} reads its
   * {@code numPreComputed}, CoreNLP's default 20,000, to know which products CoreNLP sums in double). The
   * {@code numCached} of 20,000 was the previous round's speed setting for CoreNLP's own network (its cache holds
   * the same float products whatever its size, so it does not change a parse); kept so that the reference parser
   * in the tests is configured as the shipped one was.
   */
  static Properties parserProperties() {
    Properties p = new Properties();
    p.setProperty("numCached", "20000");
    return p;
  }

  static Properties properties(NewsgraphConfig.Nlp s) {
    Properties p = new Properties();
    p.setProperty("annotators", s.dependencies() ? "tokenize,ssplit,pos,lemma,ner,depparse"
        : "tokenize,ssplit,pos,lemma,ner");
    // Paragraphs are separated by blank lines: a sentence never runs over a paragraph break.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("ner.additional.regexner.mapping", "");
    p.setProperty("ner.docdate.useFixedDate", "");
    return p;
  }
}
