package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.testkit.ArticleBuilder;

/** "X, citing Y, said": made-up sentences, tokens written {@code word/POS/lemma}. */
class CitedSourcesTest {
  private record Case(AnalyzedArticle article, Claim claim) {}

  /** One sentence and one claim whose source and cue are the given words; {@code entity} words are a mention. */
  private static Case claim(String tokens, String source, String cue, String entityWords, String entityId) {
    List<Token> t = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String spec : tokens.split(" ")) {
      String[] p = spec.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(p[0]);
      t.add(new Token(t.size(), new Span(begin, text.length()), p[0], p[1], p[2], "O", -1, "dep"));
    }
    String s = text.toString();
    List<Mention> mentions = entityWords == null ? List.of()
        : List.of(new Mention(at(s, entityWords), entityId, Mention.Role.NAME));
    AnalyzedArticle a = new AnalyzedArticle(ArticleBuilder.text(s).article(),
        List.of(new Sentence(0, new Span(0, s.length()), t)), List.of(), mentions, List.of(), List.of(), List.of(),
        Set.of(Facet.TEXT), List.of());
    Claim c = new Claim("c1", at(s, source), null, at(s, cue), List.of(new Span(s.length() - 1, s.length())),
        Claim.Kind.INDIRECT, null, null, false, Claim.Stance.ASSERTED, 0);
    return new Case(a, c);
  }

  private static Span at(String s, String words) {
    int i = s.indexOf(words);
    return new Span(i, i + words.length());
  }

  private static Claim.Cited cited(Case c) {
    return CitedSources.mark(c.article(), List.of(c.claim())).get(0).cited();
  }

  @Test
  void a_wire_agency_citing_a_spy_agency_carries_the_spy_agencys_claim() {
    Case c = claim("Yonhap/NNP/Yonhap ,/,/, citing/VBG/cite the/DT/the NIS/NNP/NIS ,/,/, said/VBD/say troops/NNS/troop"
        + " left/VBD/leave ./././.", "Yonhap", "said", "NIS", "org:nis");
    Claim.Cited cited = cited(c);
    assertEquals("the NIS", cited.span().of(c.article().text()));
    assertEquals("org:nis", cited.entityId());
  }

  @Test
  void citing_after_the_cue_names_unnamed_officials() {
    Case c = claim("Troops/NNS/troop left/VBD/leave ,/,/, Reuters/NNP/Reuters reported/VBD/report ,/,/,"
        + " citing/VBG/cite two/CD/two officials/NNS/official ./././.", "Reuters", "reported", null, null);
    Claim.Cited cited = cited(c);
    assertEquals("two officials", cited.span().of(c.article().text()));
    assertNull(cited.entityId());
  }

  @Test
  void citing_a_reason_or_inside_what_is_said_is_no_citation() {
    assertNull(cited(claim("He/PRP/he said/VBD/say ,/,/, citing/VBG/cite rising/VBG/rise costs/NNS/cost ,/,/,"
        + " that/IN/that talks/NNS/talk failed/VBD/fail", "He", "said", null, null)));
    assertNull(cited(claim("He/PRP/he said/VBD/say officials/NNS/official were/VBD/be citing/VBG/cite"
        + " police/NNS/police reports/NNS/report", "He", "said", null, null)));
  }
}
