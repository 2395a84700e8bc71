package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LeanHtmlTest {
  @Test
  void scripts_styles_svg_and_comments_go_and_json_ld_stays() {
    String lean = LeanHtml.of("<html><head><SCRIPT src=a.js></SCRIPT><script>if (a<b) { x = '</p>'; }</script>"
        + "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script><style>p{color:red}</style></head>"
        + "<body><!-- a <p>comment</p> --><svg><text>icon</text></svg><p title=\"a<b\">Text &amp; more</p>"
        + "<template><p>later</p></template></body></html>");
    assertEquals("<html><head><script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head><body>"
        + "<p title=\"a<b\">Text &amp; more</p></body></html>", lean);
  }

  @Test
  void long_attribute_values_are_emptied_and_short_ones_kept() {
    String image = "data:image/png;base64," + "A".repeat(LeanHtml.MAX_ATTRIBUTE + 1);
    String lean = LeanHtml.of("<img alt='a map' src=\"" + image + "\"><p class=\"lead\">Text</p>");
    assertEquals("<img alt='a map' src=\"\"><p class=\"lead\">Text</p>", lean);
  }

  @Test
  void elements_whose_names_start_like_raw_ones_are_kept() {
    String lean = LeanHtml.of("<scripture>Psalm</scripture><styled-box>Box</styled-box>");
    assertTrue(lean.contains("Psalm") && lean.contains("Box"), lean);
  }

  @Test
  void unclosed_parts_end_the_input_without_error() {
    assertEquals("<p>Text</p>", LeanHtml.of("<p>Text</p><script>var a = 1;"));
    assertEquals("<p>Text</p>", LeanHtml.of("<p>Text</p><!-- never closed"));
    assertFalse(LeanHtml.of("a < b and <").isEmpty());
  }
}
