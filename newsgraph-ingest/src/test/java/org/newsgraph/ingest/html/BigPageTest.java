package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.Sources;

/** Big pages: a 50 MB page is read in a small heap; only pages over the (configurable) limit are refused. */
@Tag("slow")
class BigPageTest {
  private static final long MIB = 1024 * 1024;

  @TempDir Path tmp;

  @Test
  void a_50_mb_page_is_read_in_a_512_mb_heap() throws Exception {
    Path page = BigPages.write(tmp.resolve("big.html"), 50 * MIB);
    assertTrue(Files.size(page) >= 50 * MIB);
    Path out = tmp.resolve("out.txt");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), BigPages.class.getName(), page.toString())
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "reading the page took over 10 minutes");
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), printed);
    assertTrue(printed.startsWith("articles 1 problems 0\nparagraphs 4\n"), printed);
    for (String para : BigPages.STORY) {
      assertTrue(printed.contains(para), printed);
    }
    assertFalse(printed.contains("Comment 1:"), "comments are not the article");
  }

  @Test
  void a_page_over_the_limit_gets_one_line_naming_it() throws Exception {
    Path page = BigPages.write(tmp.resolve("two.html"), 2 * MIB);
    ReadResult r = read(page, new ReadOptions(null, null, MIB));
    assertEquals(List.of(), r.articles());
    assertEquals(1, r.problems().size());
    String line = r.problems().get(0).oneLine();
    assertTrue(line.matches(java.util.regex.Pattern.quote(page.toString())
        + ": page too large \\(2(\\.\\d)? MiB; the limit is 1 MiB\\)"), line);
    ReadResult ok = read(page, ReadOptions.defaults());
    assertEquals(1, ok.articles().size(), ok.problems().toString());
  }

  @Test
  void only_absurd_sizes_are_refused_by_default() {
    assertEquals(256 * MIB, ReadOptions.defaults().maxPageBytes());
  }

  private static ReadResult read(Path file, ReadOptions options) {
    List<org.newsgraph.core.Article> articles = new java.util.ArrayList<>();
    List<ReadResult.Problem> problems = new java.util.ArrayList<>();
    Sources.read(file, options, new org.newsgraph.ingest.ArticleSink() {
      @Override
      public void article(org.newsgraph.core.Article a) {
        articles.add(a);
      }

      @Override
      public void problem(ReadResult.Problem problem) {
        problems.add(problem);
      }
    });
    return new ReadResult(articles, problems);
  }
}
