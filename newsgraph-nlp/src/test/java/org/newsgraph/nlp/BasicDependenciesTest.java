package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.NewsgraphConfig;

@Tag("models")
class BasicDependenciesTest {
  @Test
  void our_parse_equals_the_basic_graph_of_corenlps_depparse_annotator_on_the_bundled_example() throws IOException {
    String text = Files.readString(Path.of("../examples/arabnews-2025.txt"), StandardCharsets.UTF_8);
    Properties p = CoreNlpModels.properties(new NewsgraphConfig.Nlp(true));
    StanfordCoreNLP reference = new StanfordCoreNLP(p);
    Annotation expected = new Annotation(text);
    reference.annotate(expected);
    CoreNlpModels.Loaded ours = CoreNlpModels.get(new NewsgraphConfig.Nlp(true));
    Annotation actual = new Annotation(text);
    ours.split().annotate(actual);
    ours.tag().annotate(actual);
    List<CoreMap> want = expected.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> got = actual.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(want.size(), got.size());
    assertTrue(want.size() > 20, "the example has more than 20 sentences");
    for (int i = 0; i < want.size(); i++) {
      BasicDependencies.parse(ours.parser(), got.get(i));
      assertEquals(
          want.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toList(),
          got.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toList(),
          "sentence " + i);
    }
  }
}
