package org.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Mention;
import org.newsgraph.testkit.Nlp;
import org.newsgraph.testkit.TestArticles;

/** Each mention's confidence, from what the entity stage knows of it, on sentences written for these tests. */
@Tag("models")
class MentionConfidenceTest {
  private static final EntityLinkingStage STAGE = new EntityLinkingStage();
  private static final String TEXT = "South Korea's spy agency said on Monday that North Korean troops had left the"
      + " front. Officials in South Korea and Japan said the report was credible, and Angela Merkel, a former"
      + " foreign minister, urged calm.";

  private static AnalyzedArticle parsed() {
    return Nlp.parse(TestArticles.oneParagraph(TEXT, null));
  }

  private static Mention find(List<Mention> mentions, String covered) {
    for (Mention m : mentions) {
      if (m.span().of(TEXT).equals(covered)) {
        return m;
      }
    }
    fail("no mention \"" + covered + "\" in " + mentions.stream().map(m -> m.span().of(TEXT)).toList());
    return null;
  }

  @Test
  void every_mention_gets_a_confidence_between_0_and_1() {
    List<Mention> mentions = STAGE.apply(parsed()).mentions();
    assertTrue(mentions.size() >= 4, mentions.toString());
    for (Mention m : mentions) {
      assertNotNull(m.confidence(), m.toString());
      assertTrue(m.confidence() >= 0 && m.confidence() <= 1, m.toString());
    }
  }

  @Test
  void a_description_is_less_sure_to_be_a_name_than_the_names_beside_it() {
    List<Mention> mentions = STAGE.apply(parsed()).mentions();
    Mention agency = find(mentions, "South Korea's spy agency");
    double description = agency.confidence();
    for (String name : List.of("Japan", "Angela Merkel")) {
      double c = find(mentions, name).confidence();
      assertTrue(c > description, name + " " + c + " against the description's " + description);
    }
    assertTrue(description < 0.5, "a description is no CoNLL name: " + description);
  }

  @Test
  void the_features_name_kinds_of_mention_never_the_words_of_the_text() {
    for (MentionConfidence.Scored s : STAGE.scored(parsed())) {
      for (String f : s.features().keySet()) {
        for (String word : TEXT.split("[^\\p{L}]+")) {
          if (word.length() > 3) {
            assertFalse(f.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)), f + " holds " + word);
          }
        }
      }
    }
  }
}
