package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the block model keeps above the heading that prints the page's own headline is left out. */
class HeadlineStartTest {
  private static final String TEASER = "<div class=\"item\"><p><a href=\"/other\">Council sets the budget for next "
      + "year</a> CITY: The council agreed on Monday to raise spending on schools and roads by three per cent, "
      + "the mayor said after a long debate that ran late into the night.</p></div>";
  private static final String ARTICLE = "<p>The city council voted on Tuesday to close the old harbour bridge to "
      + "lorries after engineers found cracks in two of its supporting piers during a routine inspection.</p>"
      + "<p>Repairs are expected to take at least eighteen months and will cost about four million euros in all, "
      + "most of it paid from the regional transport budget, the council said on Tuesday.</p>";

  private static String page(String heading) {
    return "<html><head><title>Harbour bridge closed to lorries</title></head><body><main>" + TEASER + TEASER
        + heading + ARTICLE + "</main></body></html>";
  }

  private static List<String> kept(PageBlocks p, boolean[] keep) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        out.add(p.text(i));
      }
    }
    return out;
  }

  private static boolean[] all(PageBlocks p) {
    boolean[] keep = new boolean[p.size()];
    Arrays.fill(keep, true);
    return keep;
  }

  @Test
  void blocks_kept_above_the_printed_headline_are_left_out() {
    PageBlocks p = HtmlExtractor.with(ExtractionRules.DEFAULT).blocks(page("<h1>Harbour bridge closed to lorries</h1>"));
    boolean[] keep = all(p);
    HeadlineStart.apply(p.analysis(), keep);
    List<String> out = kept(p, keep);
    assertEquals("Harbour bridge closed to lorries", out.get(0));
    assertTrue(out.stream().noneMatch(t -> t.contains("Council sets the budget")), out.toString());
    assertEquals(3, out.size(), out.toString());
  }

  @Test
  void a_heading_that_is_not_the_headline_leaves_the_choice_alone() {
    PageBlocks p = HtmlExtractor.with(ExtractionRules.DEFAULT).blocks(page("<h2>Latest from the city</h2>"));
    boolean[] keep = all(p);
    HeadlineStart.apply(p.analysis(), keep);
    assertEquals(List.of(p.texts().toArray(String[]::new)), kept(p, keep));
  }

  @Test
  void nothing_is_left_out_when_nothing_after_the_headline_is_kept() {
    PageBlocks p = HtmlExtractor.with(ExtractionRules.DEFAULT).blocks(page("<h1>Harbour bridge closed to lorries</h1>"));
    boolean[] keep = new boolean[p.size()];
    int heading = p.texts().indexOf("Harbour bridge closed to lorries");
    assertTrue(heading > 0, p.texts().toString());
    for (int i = 0; i < heading; i++) {
      keep[i] = true;
    }
    boolean[] before = keep.clone();
    HeadlineStart.apply(p.analysis(), keep);
    assertTrue(Arrays.equals(before, keep));
  }
}
