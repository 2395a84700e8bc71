package org.newsgraph.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    NestedEstimate.Nested n = ExtractionTraining.nested(pages, log::add);
    assertEquals(6, n.hosts().size());
    assertEquals(6, n.chosen().values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(6, log.stream().filter(x -> x.contains(" scored with ")).count());
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
    NestedEstimate.Nested n = ExtractionTraining.nested(pages, List.of(0, 5), log::add);
    assertEquals(6, n.hosts().size());
    assertEquals(6, n.chosen().values().stream().mapToInt(Integer::intValue).sum());
    assertTrue(n.chosen().keySet().stream().allMatch(s -> s.trees() == 0 || s.trees() == 5), n.text());
    assertTrue(n.score().f1() > 0.9, "the text of every page is found: " + n.score().f1());
    assertTrue(n.text().contains("trees="), n.text());
  }

  /**
   * A page whose gold keeps some of its furniture on some hosts only (a sign-off on even hosts, a photo caption on
   * hosts divisible by three, in the same markup everywhere), so that no setting finds every page's text and which
   * hosts a model is fitted on changes what it takes.
   */
  private static RuleAblation.Page mixedPage(int host, int n) {
    String[] lines = {
      "The council voted on Monday to close the old library on the river road after " + (host + n)
          + " years of service to the town.",
      "Its books will move to the new hall, which opens in the spring with longer hours and a reading room for "
          + "children.",
      "Some residents said they would miss the building, and a petition to keep it open drew " + (40 * host + n)
          + " names.",
    };
    String signOff = "Reporting by Ann Lee in town " + host + "; editing by Tom Ray";
    String caption = "The old library on the river road, photographed in " + (2000 + host);
    StringBuilder gold = new StringBuilder(String.join("\n\n", lines));
    StringBuilder html = new StringBuilder("<html><body><div class=page><h1>Library closes</h1>");
    html.append("<ul class=nav><li><a href=/a>Home</a></li><li><a href=/b>News</a></li></ul><div class=story>");
    // The same markup on every host: only the gold says whether the caption and the sign-off are body.
    html.append("<p>").append(caption).append("</p>");
    if (host % 3 == 0) {
      gold.insert(0, caption + "\n\n");
    }
    for (String l : lines) {
      html.append("<p>").append(l).append("</p>");
    }
    html.append("<p>").append(signOff).append("</p>");
    if (host % 2 == 0) {
      gold.append("\n\n").append(signOff);
    }
    html.append("</div><div class=more>");
    for (int i = 0; i < 2 + host % 3; i++) {
      html.append("<p><a href=/s").append(i).append(">A longer story ").append(i).append(" from this site about the "
          + "town</a> and what it means</p>");
    }
    html.append("<p>Share this story</p></div></div></body></html>");
    return new RuleAblation.Page("p" + host + "-" + n, "site" + host + ".example", html.toString(), gold.toString());
  }

  @Test
  @Tag("slow") // about 300 small model fits
  void the_nested_choice_inside_a_fold_is_leave_one_host_out_as_the_plain_training_makes_it() {
    List<RuleAblation.Page> pages = new ArrayList<>();
    for (int h = 0; h < 6; h++) {
      pages.add(mixedPage(h, 1));
      pages.add(mixedPage(h, 2));
    }
    NestedEstimate.Nested n = ExtractionTraining.nested(pages, x -> { });
    assertEquals(6, n.folds().size());
    boolean imperfect = false;
    for (Map.Entry<String, NestedEstimate.Fold> f : n.folds().entrySet()) {
      List<RuleAblation.Page> others = pages.stream().filter(p -> !p.host().equals(f.getKey())).toList();
      ExtractionTraining.Tried plain = ExtractionTraining.train(others, ExtractionTraining.NO_TREES, x -> { }).chosen();
      // The fold chooses what the plain training chooses on the other hosts' pages, by the same figure.
      assertEquals(plain.setting(), f.getValue().setting(), f.getKey());
      assertEquals(plain.score().f1(), f.getValue().innerF1(), 1e-12, f.getKey());
      imperfect |= plain.score().f1() < 1;
    }
    // The settings do not all find every page's text, so a choice made another way would show.
    assertTrue(imperfect, n.text());
    assertNotEquals(1.0, n.score().f1(), n.text());
  }
}
