package org.newsgraph.extract.claims.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelPartsTest {
  private static ByteArrayInputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void lines_are_grouped_by_their_part_in_file_order_and_a_part_with_no_lines_is_empty() throws IOException {
    Map<String, List<String>> parts = ModelParts.read(text("cue\tw=said\t1.5\nrole\tb\t2\ncue\tw=told\t0.5\n"),
        List.of("cue", "role", "vote"));
    assertEquals(List.of("w=said\t1.5", "w=told\t0.5"), parts.get("cue"));
    assertEquals(List.of("b\t2"), parts.get("role"));
    assertEquals(List.of(), parts.get("vote"));
  }

  @Test
  void a_line_of_another_part_names_its_number_and_the_parts_expected() {
    IOException e = assertThrows(IOException.class,
        () -> ModelParts.read(text("cue\ta\t1\nweights only\n"), List.of("cue", "role")));
    assertEquals("line 2: expected part cue or role", e.getMessage());
  }
}
