package org.newsgraph.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

/**
 * The basic dependency graph of one tagged sentence, as CoreNLP's {@code depparse} annotator makes it (the neural
 * parser's prediction, {@link SemanticGraphFactory.Mode#BASIC}, no extra dependencies), without the four derived
 * graphs that annotator also builds from it.
 */
final class BasicDependencies {
  private BasicDependencies() {}

  /** Parses {@code sentence} (tokens with POS tags) with CoreNLP's parser and stores its basic dependencies on it. */
  static void parse(DependencyParser parser, CoreMap sentence) {
    store(parser.predict(sentence), sentence);
  }

  /** The same with our evaluation of the same model: the same parse ({@link TransitionParser}). */
  static void parse(TransitionParser parser, CoreMap sentence) {
    store(parser.parse(sentence), sentence);
  }

  private static void store(GrammaticalStructure gs, CoreMap sentence) {
    SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
  }
}
