package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.NewsgraphConfig;

/**
 * Our dependency parser ({@link TransitionParser}) against CoreNLP's own {@code DependencyParser} configured as the
 * stage used it before: the same tagged sentences parsed by both, in turn (which goes first alternates by
 * sentence), each call timed in the thread's CPU time, and every head and relation compared. Both parsers first
 * parse a separate warm-up set of texts, so that neither is timed while compiling or filling its product rows on the
 * very sentences it is timed on.
 */
public final class ParserComparison {
  private ParserComparison() {}

  /**
   * What one comparison measured.
   *
   * @param differentTokens tokens whose head or relation differ between the two parsers
   * @param corenlpSeconds thread CPU seconds in CoreNLP's parser over all rounds
   * @param oursSeconds thread CPU seconds in ours over all rounds
   * @param roundedRowsKept float product rows our network keeps after the run
   * @param corenlpLoadSeconds CoreNLP's parser loading, with its own pre-computed products
   * @param oursLoadSeconds our parser loading (CoreNLP reading the model, then our arrays)
   */
  public record Result(int sentences, int tokens, int differentSentences, int differentTokens, int rounds,
      double corenlpSeconds, double oursSeconds, int roundedRowsKept, double corenlpLoadSeconds,
      double oursLoadSeconds) {
    /** CoreNLP's time over ours. */
    public double speedup() {
      return corenlpSeconds / oursSeconds;
    }
  }

  /** Compares the two on the sentences of {@code timed} ({@code rounds} times), after parsing {@code warmUp}. */
  public static Result run(List<String> warmUp, List<String> timed, int rounds) {
    NewsgraphConfig.Nlp settings = new NewsgraphConfig.Nlp(true);
    CoreNlpModels.Loaded models = CoreNlpModels.get(settings);
    double oursLoad = models.parserLoadSeconds();
    long t0 = System.nanoTime();
    DependencyParser corenlp =
        DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, CoreNlpModels.parserProperties());
    double corenlpLoad = (System.nanoTime() - t0) / 1e9;
    for (CoreMap s : tagged(models, warmUp)) {
      corenlp.predict(s);
      models.parser().parse(s);
    }
    List<CoreMap> sentences = tagged(models, timed);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long theirs = 0;
    long ours = 0;
    int tokens = 0;
    int differentSentences = 0;
    int differentTokens = 0;
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < sentences.size(); i++) {
        CoreMap s = sentences.get(i);
        int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
        ParsedDependencies a;
        ParsedDependencies b;
        if ((i + round) % 2 == 0) {
          long c0 = cpu.getCurrentThreadCpuTime();
          BasicDependencies.parse(corenlp, s);
          long c1 = cpu.getCurrentThreadCpuTime();
          a = ParsedDependencies.of(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), n);
          long c2 = cpu.getCurrentThreadCpuTime();
          BasicDependencies.parse(models.parser(), s);
          long c3 = cpu.getCurrentThreadCpuTime();
          b = ParsedDependencies.of(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), n);
          theirs += c1 - c0;
          ours += c3 - c2;
        } else {
          long c0 = cpu.getCurrentThreadCpuTime();
          BasicDependencies.parse(models.parser(), s);
          long c1 = cpu.getCurrentThreadCpuTime();
          b = ParsedDependencies.of(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), n);
          long c2 = cpu.getCurrentThreadCpuTime();
          BasicDependencies.parse(corenlp, s);
          long c3 = cpu.getCurrentThreadCpuTime();
          a = ParsedDependencies.of(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), n);
          ours += c1 - c0;
          theirs += c3 - c2;
        }
        if (round == 0) {
          tokens += n;
          int d = 0;
          for (int k = 0; k < n; k++) {
            if (a.heads()[k] != b.heads()[k] || !a.relations()[k].equals(b.relations()[k])) {
              d++;
            }
          }
          differentTokens += d;
          differentSentences += d > 0 ? 1 : 0;
        }
      }
    }
    return new Result(sentences.size(), tokens, differentSentences, differentTokens, rounds, theirs / 1e9,
        ours / 1e9, models.parser().roundedRowsKept(), corenlpLoad, oursLoad);
  }

  /** The texts' sentences, split, bounded and tagged as the stage does. */
  private static List<CoreMap> tagged(CoreNlpModels.Loaded models, List<String> texts) {
    List<CoreMap> out = new ArrayList<>();
    for (String text : texts) {
      Annotation doc = new Annotation(text);
      models.split().annotate(doc);
      SentenceBounds.apply(doc, NewsgraphConfig.defaults().limits());
      models.tag().annotate(doc);
      out.addAll(doc.get(CoreAnnotations.SentencesAnnotation.class));
    }
    return out;
  }
}
