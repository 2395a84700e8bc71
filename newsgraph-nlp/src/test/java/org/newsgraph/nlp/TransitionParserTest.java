package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.NewsgraphConfig;

/** Our evaluation of the parser's network gives CoreNLP's parses: every head and every relation. */
@Tag("models")
class TransitionParserTest {
  private static CoreNlpModels.Loaded ours;
  private static DependencyParser reference;

  @BeforeAll
  static void load() {
    ours = CoreNlpModels.get(new NewsgraphConfig.Nlp(true));
    reference = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, CoreNlpModels.parserProperties());
  }

  @Test
  void every_arc_and_label_of_the_bundled_example_is_corenlps() throws IOException {
    String text = Files.readString(Path.of("../examples/arabnews-2025.txt"), StandardCharsets.UTF_8);
    int[] counted = compare(List.of(text));
    assertTrue(counted[0] > 20, "the example has more than 20 sentences");
  }

  @Test
  void every_arc_and_label_of_a_few_hundred_bbc_sentences_is_corenlps() throws IOException {
    Path bbc = Path.of(System.getProperty("newsgraph.shared", "../../shared"), "data/corpora/bbc-news");
    assumeTrue(Files.isDirectory(bbc), "BBC corpus not present at " + bbc + " (../shared is not beside the repo)");
    List<String> texts = new ArrayList<>();
    for (String topic : List.of("business", "entertainment", "politics", "sport", "tech")) {
      try (Stream<Path> files = Files.list(bbc.resolve(topic))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(4).toList()) {
          texts.add(Files.readString(f, StandardCharsets.ISO_8859_1));
        }
      }
    }
    int[] counted = compare(texts);
    assertTrue(counted[0] >= 300, "at least 300 sentences compared, got " + counted[0]);
  }

  /** Parses every sentence both ways and asserts equality; returns {sentences, tokens}. */
  private static int[] compare(List<String> texts) {
    int sentences = 0;
    int tokens = 0;
    for (String text : texts) {
      Annotation doc = new Annotation(text);
      ours.split().annotate(doc);
      ours.tag().annotate(doc);
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
        BasicDependencies.parse(ours.parser(), s);
        String got = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toList();
        ParsedDependencies gotDeps =
            ParsedDependencies.of(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), n);
        BasicDependencies.parse(reference, s);
        String want = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toList();
        ParsedDependencies wantDeps =
            ParsedDependencies.of(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), n);
        assertEquals(want, got, "sentence " + sentences);
        assertEquals(wantDeps, gotDeps, "sentence " + sentences);
        sentences++;
        tokens += n;
      }
    }
    return new int[] {sentences, tokens};
  }
}
