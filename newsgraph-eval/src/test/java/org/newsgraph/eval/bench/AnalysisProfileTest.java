package org.newsgraph.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisProfileTest {
  @Test
  void a_sample_inside_the_parsers_network_is_charged_to_the_network_not_to_our_stage() {
    assertEquals("parser: neural network", AnalysisProfile.part(List.of(
        "edu.stanford.nlp.parser.nndep.Classifier.matrixMultiplySlice",
        "edu.stanford.nlp.parser.nndep.DependencyParser.predict",
        "org.newsgraph.nlp.BasicDependencies.parse", "org.newsgraph.nlp.CoreNlpStage.apply")));
    assertEquals("parser: neural network", AnalysisProfile.part(List.of(
        "org.newsgraph.nlp.ParserNetwork.scores", "org.newsgraph.nlp.TransitionParser.parse",
        "org.newsgraph.nlp.BasicDependencies.parse", "org.newsgraph.nlp.CoreNlpStage.apply")));
    assertEquals("parser: transitions and features", AnalysisProfile.part(List.of(
        "edu.stanford.nlp.parser.nndep.Configuration.getLeftChild", "org.newsgraph.nlp.TransitionParser.parse",
        "org.newsgraph.nlp.BasicDependencies.parse", "org.newsgraph.nlp.CoreNlpStage.apply")));
    assertEquals("parser: basic graph", AnalysisProfile.part(List.of(
        "edu.stanford.nlp.semgraph.SemanticGraph.addEdge",
        "org.newsgraph.nlp.BasicDependencies.parse", "org.newsgraph.nlp.CoreNlpStage.apply")));
  }

  @Test
  void the_innermost_annotator_or_extract_package_on_the_stack_takes_the_sample() {
    assertEquals("corenlp POSTaggerAnnotator", AnalysisProfile.part(List.of(
        "edu.stanford.nlp.tagger.maxent.TestSentence.runExactExtractor",
        "edu.stanford.nlp.pipeline.POSTaggerAnnotator.doOneSentence",
        "edu.stanford.nlp.pipeline.AnnotationPipeline.annotate", "org.newsgraph.nlp.CoreNlpStage.apply")));
    assertEquals("extract.claims", AnalysisProfile.part(List.of(
        "java.util.HashMap.getNode", "org.newsgraph.extract.claims.CueRules.find",
        "org.newsgraph.core.Pipeline.apply")));
    assertEquals("depparse annotator: graphs (basic to enhanced++)", AnalysisProfile.part(List.of(
        "edu.stanford.nlp.semgraph.SemanticGraph.addEdge",
        "edu.stanford.nlp.pipeline.DependencyParseAnnotator.doOneSentence")));
  }

  @Test
  void loading_a_model_is_kept_apart_from_the_analysis() {
    assertEquals(AnalysisProfile.LOAD, AnalysisProfile.part(List.of(
        "java.io.ObjectInputStream.readObject", "edu.stanford.nlp.pipeline.NERCombinerAnnotator.<init>")));
    assertEquals("other", AnalysisProfile.part(List.of("java.lang.Thread.run")));
  }
}
