package org.newsgraph.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.extract.Analysis;

/** A source's entity from the mentions it holds, on sentences written for these tests. */
@Tag("models")
class SourceLinkerTest {
  private static AnalyzedArticle analyse(String text) {
    return new AttributionStage().apply(Analysis.upToTimes(text, LocalDate.of(1987, 3, 2)));
  }

  @Test
  void a_company_with_its_stock_code_in_angle_brackets_is_the_company() {
    AnalyzedArticle a = analyse("Hoechst AG <HFAG.F> said its group pre-tax profit rose sharply in 1986.\n\n"
        + "Chrysler Corp <C> said it would recall 30,000 cars next month.");
    List<String> ids = a.claims().stream().map(Claim::sourceEntityId).toList();
    assertEquals(List.of("org:hoechst-ag", "org:chrysler-corp"), ids,
        a.claims().stream().map(c -> c.source() == null ? null : c.source().of(a.text())).toList().toString());
  }
}
