package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A block that repeats several kept paragraphs is left out; a single paragraph said twice stays. */
class RepeatedTextTest {
  private static final String ONE = "The city council voted on Tuesday to close the old harbour bridge to lorries "
      + "after engineers found cracks in two of its supporting piers during a routine inspection.";
  private static final String TWO = "Repairs are expected to take at least eighteen months and will cost about four "
      + "million euros in all, most of it paid from the regional transport budget, the council said.";
  private static final String THREE = "Local hauliers said the detour would add forty minutes to each trip and asked "
      + "for a temporary ferry service while the work goes on, a request the council said it would study.";

  private static List<String> kept(String body) {
    PageBlocks p = HtmlExtractor.with(ExtractionRules.DEFAULT).blocks("<html><body><article>" + body
        + "</article></body></html>");
    assertEquals(body.split("</p>|</div>").length, p.size(), p.texts().toString());
    boolean[] keep = new boolean[p.size()];
    Arrays.fill(keep, true);
    RepeatedText.apply(p.analysis().blocks(), keep);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        out.add(p.text(i));
      }
    }
    return out;
  }

  @Test
  void the_whole_text_again_in_one_block_is_left_out() {
    String paragraphs = "<p>" + ONE + "</p><p>" + TWO + "</p><p>" + THREE + "</p>";
    List<String> out = kept(paragraphs + "<div>" + ONE + " " + TWO + " " + THREE + "</div>");
    assertEquals(List.of(ONE, TWO, THREE), out);
  }

  @Test
  void one_paragraph_said_twice_is_kept_twice() {
    List<String> out = kept("<p>" + ONE + "</p><p>" + TWO + "</p><p>" + ONE + "</p><p>" + THREE + "</p>");
    assertEquals(List.of(ONE, TWO, ONE, THREE), out);
  }
}
