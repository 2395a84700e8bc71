package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.extract.Analysis;
import org.newsgraph.testkit.SampleArticles;

/** The claims the issue names, on the sample file, through real CoreNLP, entity linking and time tagging. */
@Tag("models")
class AttributionSampleTest {
  private static AnalyzedArticle korea;
  private static AnalyzedArticle modi;

  @BeforeAll
  static void analyse() {
    korea = new AttributionStage().apply(Analysis.upToTimes(SampleArticles.kursk()));
    modi = new AttributionStage().apply(Analysis.upToTimes(SampleArticles.modi()));
  }

  /** The first claim whose cue is {@code cue} and whose sentence holds {@code words}. */
  private static Claim claim(AnalyzedArticle a, String cue, String words) {
    String t = a.text();
    return a.claims().stream().filter(c -> c.cue().of(t).equals(cue)
            && a.sentences().get(c.sentence()).span().of(t).contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim with cue '" + cue + "' in the sentence with '" + words
            + "'; found " + a.claims().stream().map(c -> c.cue().of(t)).toList()));
  }

  private static String text(AnalyzedArticle a, org.newsgraph.core.Span s) {
    return s == null ? null : s.of(a.text());
  }

  @Test
  void the_spy_agency_told_afp_on_tuesday_what_it_believes() {
    Claim c = claim(korea, "told", "spy agency told AFP");
    assertEquals("org:nis-kor", c.sourceEntityId());
    assertEquals("told AFP", text(korea, c.channel()));
    assertEquals(LocalDate.of(2025, 2, 4), c.said());
    assertTrue(c.saidFromText(), "Tuesday is in the text");
    assertEquals(Claim.Stance.BELIEVED, c.stance(), "'appear not to have been engaged' is an assessment");
    assertTrue(text(korea, c.content().get(0)).contains("appear not to have been engaged"));
  }

  @Test
  void ukraines_military_said_friday_it_believed() {
    Claim c = claim(korea, "said Friday", "Ukraine’s military said Friday"); // PolNeAR's cue takes the day
    assertEquals("org:armed-forces-ukr", c.sourceEntityId());
    assertEquals(LocalDate.of(2025, 1, 31), c.said());
    assertEquals(LocalDate.of(2025, 2, 1), c.saidUntil());
    assertEquals(Claim.Stance.BELIEVED, c.stance());
    assertTrue(text(korea, c.content().get(c.content().size() - 1)).endsWith("heavy losses"));
    assertEquals(Claim.Kind.MIXED, c.kind(), "“withdrawn” is quoted inside reported speech");
  }

  @Test
  void intelligence_agencies_of_three_countries_are_no_single_entity() {
    Claim c = claim(korea, "say", "intelligence agencies say");
    assertNull(c.sourceEntityId());
    assertTrue(text(korea, c.source()).contains("intelligence agencies"));
    assertEquals(Claim.Stance.ASSERTED, c.stance());
    assertEquals(Claim.Kind.INDIRECT, c.kind());
    assertEquals(LocalDate.of(2025, 2, 4), c.said());
    assertFalse(c.saidFromText(), "no date governed by 'say': the article's date");
  }

  @Test
  void neither_pyongyang_nor_moscow_have_confirmed() {
    Claim c = claim(korea, "have officially confirmed", "Neither Pyongyang");
    assertEquals(Claim.Stance.UNCONFIRMED, c.stance());
    String source = text(korea, c.source());
    assertTrue(source.contains("Pyongyang") && source.contains("Moscow"), source);
    assertNull(c.sourceEntityId(), "two countries, not one");
  }

  @Test
  void it_added_in_a_statement_resolves_it_to_the_nis() {
    Claim c = claim(korea, "added", "it added in a statement");
    assertEquals("in a statement", text(korea, c.channel()));
    assertEquals("it", text(korea, c.source()));
    assertEquals("org:nis-kor", c.sourceEntityId());
    assertEquals(Claim.Kind.DIRECT, c.kind());
    assertEquals(Claim.Stance.HEDGED, c.stance(), "'may be' in the quote's main clause");
  }

  @Test
  void said_in_december_is_the_whole_december_before_the_article() {
    Claim c = claim(korea, "said", "Joint Chiefs of Staff said in December");
    assertEquals(LocalDate.of(2024, 12, 1), c.said());
    assertEquals(LocalDate.of(2025, 1, 1), c.saidUntil());
    assertTrue(c.saidFromText());
  }

  @Test
  void he_after_kim_jong_un_is_kim_jong_un() {
    Claim c = claim(korea, "said", "He said 2025");
    assertEquals("person:kim-jong-un", c.sourceEntityId());
    assertTrue(text(korea, c.content().get(0)).endsWith("victory.”"), "the closing quote belongs to the content");
  }

  @Test
  void modi_said_on_social_media() {
    Claim c = claim(modi, "said", "Modi said on social media");
    assertEquals("on social media", text(modi, c.channel()));
    assertEquals(Claim.Kind.DIRECT, c.kind());
    assertEquals("person:narendra-modi", c.sourceEntityId());
    assertEquals(LocalDate.of(2025, 12, 15), c.said());
  }

  @Test
  void arun_chatterjee_told_reporters_a_quote_of_two_sentences() {
    Claim c = claim(modi, "told", "Arun Chatterjee told reporters");
    assertEquals("told reporters", text(modi, c.channel()));
    String content = text(modi, c.content().get(0));
    assertTrue(content.startsWith("“If it is signed") && content.endsWith("relationship,”"), content);
    assertEquals(Claim.Kind.DIRECT, c.kind());
  }

  @Test
  void quamar_told_arab_news_a_quote_that_opens_with_a_hedge() {
    Claim c = claim(modi, "told", "Quamar told Arab News");
    assertEquals("person:muddassir-quamar", c.sourceEntityId());
    assertEquals(Claim.Kind.DIRECT, c.kind());
    assertEquals(Claim.Stance.HEDGED, c.stance(), "“The FTA is likely to give a boost …” leads the quotation");
    assertEquals(Claim.Stance.ASSERTED, claim(modi, "said", "said Muddassir Quamar").stance());
  }

  @Test
  void claims_are_numbered_in_text_order_and_nested_ones_are_left_to_the_outer_claim() {
    List<Claim> claims = korea.claims();
    for (int i = 0; i < claims.size(); i++) {
      assertEquals("c" + (i + 1), claims.get(i).id());
      if (i > 0) {
        assertTrue(claims.get(i - 1).cue().begin() < claims.get(i).cue().begin());
      }
    }
    assertTrue(claims.stream().noneMatch(c -> c.cue().of(korea.text()).equals("believed")),
        "'it believed' is inside what the military said");
    assertTrue(korea.facets().contains(org.newsgraph.core.Facet.CLAIMS));
    assertEquals(AttributionStage.ID, korea.stageIds().get(korea.stageIds().size() - 1));
    assertNotNull(Set.copyOf(new AttributionStage().requires()));
  }
}
