package org.newsgraph.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.html.ExtractionRules;

/** Rule ablation and the leave-one-host-out figure on pages written here, one quirk per host. */
class RuleAblationTest {
  private static final String[] TEXT = {
      "The council voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks.",
      "Repairs are expected to take at least eighteen months and will cost about four million euros in all.",
      "Local hauliers said the detour would add forty minutes to each trip and asked for a temporary ferry."};

  private static RuleAblation.Page page(String id, String host, String... extraLines) {
    StringBuilder b = new StringBuilder("<html><body><article>");
    for (int i = 0; i < TEXT.length; i++) {
      b.append("<p>").append(TEXT[i]).append(' ').append(id).append("</p>");
      for (int x = 0; i == 0 && x < extraLines.length; x++) {
        b.append("<p>").append(extraLines[x]).append("</p>"); // between paragraphs, not at the text's edges
      }
    }
    b.append("</article></body></html>");
    return new RuleAblation.Page(id, host, b.toString(),
        String.join("\n", List.of(TEXT).stream().map(t -> t + " " + id).toList()));
  }

  private static List<RuleAblation.Page> pages() {
    return List.of(page("alpha", "a.example", "Advertisement", "Sharing is caring!"),
        page("beta", "b.example", "Advertisement"), page("gamma", "c.example", "Advertisement"));
  }

  private static RuleAblation.RuleEffect effect(RuleAblation.Result r, String rule) {
    return r.effects().stream().filter(e -> e.rule().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  void a_rule_that_helps_only_the_host_it_was_written_from_is_single_host_and_off_in_that_fold() {
    RuleAblation.Result r = RuleAblation.run(pages(), ExtractionRules.ALL);
    RuleAblation.RuleEffect sharing = effect(r, "line:sharing is caring!?");
    assertEquals(1, sharing.pages());
    assertEquals("single-host", sharing.verdict());
    assertTrue(sharing.gain() > 0, "it helps the page it was written from");
    assertEquals(1, r.foldsOff().get("line:sharing is caring!?"), "off in the fold that leaves its host out");
    assertTrue(r.leaveOneHostOut().f1() < r.dev().f1(), "the left-out page keeps its quirk line");
  }

  @Test
  void a_rule_that_helps_several_hosts_is_general_and_kept_in_every_fold() {
    RuleAblation.Result r = RuleAblation.run(pages(), ExtractionRules.ALL);
    RuleAblation.RuleEffect ad = effect(r, "line:advertisement");
    assertEquals(3, ad.hosts());
    assertEquals(3, ad.helped());
    assertEquals("general", ad.verdict());
    assertEquals(0, r.foldsOff().getOrDefault("line:advertisement", 0));
  }

  @Test
  void rules_switched_off_by_the_caller_are_not_ablated_again() {
    RuleAblation.Result r = RuleAblation.run(pages(),
        ExtractionRules.ALL.without(Set.of("line:sharing is caring!?")));
    assertTrue(r.effects().stream().noneMatch(e -> e.rule().equals("line:sharing is caring!?")));
    assertEquals(r.dev().f1(), RuleAblation.run(pages(), ExtractionRules.ALL).leaveOneHostOut().f1(), 1e-9,
        "without the quirk rule the dev figure is what the folds gave");
  }

  @Test
  void every_retired_rule_is_a_known_rule_and_the_default_has_them_off() {
    assertTrue(ExtractionRules.ids().containsAll(ExtractionRules.DEFAULT.off()));
    assertTrue(ExtractionRules.DEFAULT.off().contains("line:sharing is caring!?"));
    assertTrue(ExtractionRules.ALL.off().isEmpty());
  }

  @Test
  void an_unknown_rule_id_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> ExtractionRules.DEFAULT.without(Set.of("no-such-rule")));
  }

  @Test
  void hosts_drop_www_and_a_page_without_url_is_its_own_host() {
    assertEquals("example.com", RuleAblation.host("https://www.example.com/a/b", "x"));
    assertEquals("x", RuleAblation.host("", "x"));
  }
}
