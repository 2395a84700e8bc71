package org.newsgraph.eval.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void a_quoted_field_keeps_its_commas_line_breaks_and_doubled_quotes() {
    List<List<String>> rows = Csv.parse("Body ID,articleBody\r\n7,\"He said, \"\"no\"\".\nThen left.\"\n8,plain\n");
    assertEquals(List.of(List.of("Body ID", "articleBody"), List.of("7", "He said, \"no\".\nThen left."),
        List.of("8", "plain")), rows);
  }

  @Test
  void the_last_record_needs_no_line_break_and_an_open_quote_is_an_error() {
    assertEquals(List.of(List.of("a", "b")), Csv.parse("a,b"));
    assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,\"b"));
  }

  @Test
  void a_field_is_quoted_only_when_it_must_be_and_reads_back() {
    assertEquals("plain", Csv.field("plain"));
    String odd = "Kim \"confirms\", then denies";
    assertEquals(List.of(List.of(odd, "1")), Csv.parse(Csv.field(odd) + ",1\n"));
  }
}
