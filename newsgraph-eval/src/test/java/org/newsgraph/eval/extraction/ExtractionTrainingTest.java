package org.newsgraph.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ExtractionTrainingTest {
  /** A page of one host: three paragraphs of text (the gold body) and a list of linked headlines after it. */
  private static RuleAblation.Page page(int host) {
    String body = ("Officials in town number " + host + " said on Tuesday that the bridge would reopen next month. ")
        .repeat(3) + "\n\n" + "Residents had waited for the repairs since the spring floods damaged the road. "
        .repeat(3) + "\n\n" + "The mayor thanked the crews who had worked through the winter to finish it. "
        .repeat(2);
    StringBuilder html = new StringBuilder("<html><body><div class=story>");
    for (String p : body.split("\n\n")) {
      html.append("<p>").append(p.strip()).append("</p>");
    }
    html.append("</div><ul>");
    for (int i = 0; i < 4; i++) {
      html.append("<li><a href=/n").append(i).append(">Other story ").append(i).append(" of host ").append(host)
          .append("</a></li>");
    }
    html.append("</ul></body></html>");
    return new RuleAblation.Page("page" + host, "host" + host + ".example", html.toString(), body);
  }

  @Test
  @Tag("slow") // 150 small model fits
  void the_nested_estimate_scores_each_host_once_with_a_setting_chosen_without_it() {
    List<RuleAblation.Page> pages = new ArrayList<>();
    for (int h = 0; h < 6; h++) {
      pages.add(page(h));
    }
    List<String> log = new ArrayList<>();
    ExtractionTraining.Nested n = ExtractionTraining.nested(pages, log::add);
    assertEquals(6, n.hosts().size());
    assertEquals(6, n.chosen().values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(6, log.size());
    assertTrue(n.score().f1() > 0.9, "the text of every page is found: " + n.score().f1());
    assertTrue(n.text().startsWith("nested leave-one-host-out"), n.text());
  }

  @Test
  @Tag("slow") // 150 small model fits, each with 5 trees
  void the_nested_estimate_weighs_boosted_trees_among_the_settings() {
    List<RuleAblation.Page> pages = new ArrayList<>();
    for (int h = 0; h < 6; h++) {
      pages.add(page(h));
    }
    List<String> log = new ArrayList<>();
    ExtractionTraining.Nested n = ExtractionTraining.nested(pages, List.of(0, 5), log::add);
    assertEquals(6, n.hosts().size());
    assertEquals(6, n.chosen().values().stream().mapToInt(Integer::intValue).sum());
    assertTrue(n.chosen().keySet().stream().allMatch(s -> s.trees() == 0 || s.trees() == 5), n.text());
    assertTrue(n.score().f1() > 0.9, "the text of every page is found: " + n.score().f1());
    assertTrue(n.text().contains("trees="), n.text());
  }
}
