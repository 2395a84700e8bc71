package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.app.cli.Main;
import org.newsgraph.core.MiniJson;
import org.newsgraph.eval.board.BoardLabel;
import org.newsgraph.eval.board.BoardScore;
import org.newsgraph.eval.board.BoardStatement;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Page;
import org.newsgraph.store.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval board --store DIR [--gold FILE] [--half A|B] [--list FILE]}: how often what the boards of
 * a store's stories say (contradictions, disputed and denied levels, "has not confirmed", claim groupings) is true,
 * by kind, against statements judged by hand.
 */
@Command(name = "board", mixinStandardHelpOptions = true,
    description = "Precision of the story boards' statements (contradictions, disputed/denied levels, 'not confirmed',"
        + " claim groupings) over the stories of several articles, against hand judgements (opening the store may"
        + " upgrade it: use a copy).")
public final class EvalBoardCommand implements Callable<Integer> {
  private static final int PAGE = 200;

  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--gold", paramLabel = "FILE", defaultValue = "data/labelled/board-statements.jsonl",
      description = "The judged statements (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--min-articles", paramLabel = "N", defaultValue = "3",
      description = "Stories of at least this many articles (default: ${DEFAULT-VALUE}).")
  int minArticles;

  @Option(names = "--half", paramLabel = "A|B",
      description = "Only the stories of one half (by the story id's last hex digit: even A, odd B).")
  String half;

  @Option(names = "--list", paramLabel = "FILE",
      description = "Also write every statement (id, kind, story, half, text, and its judgement if any) as JSON lines.")
  Path list;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFile(gold);
    Map<String, BoardLabel> labels = BoardLabel.read(gold);
    List<BoardStatement> statements = new ArrayList<>();
    org.newsgraph.core.NewsgraphConfig cfg = common.config();
    try (NewsStore st = NewsStore.open(cfg.store().dir(), cfg.stories())) {
      for (long offset = 0; ; offset += PAGE) {
        Page<StorySummary> page = st.stories(null, null, null, offset, PAGE);
        for (StorySummary s : page.items()) {
          if (s.articles() >= minArticles && (half == null || half.equalsIgnoreCase(BoardStatement.half(s.id())))) {
            st.board(s.id()).ifPresent(b -> statements.addAll(BoardStatement.of(b)));
          }
        }
        if (page.items().size() < PAGE) {
          break;
        }
      }
    }
    if (list != null) {
      try (Writer w = Files.newBufferedWriter(list)) {
        for (BoardStatement s : statements) {
          BoardLabel l = labels.get(s.id());
          w.write("{\"id\":" + MiniJson.quote(s.id()) + ",\"kind\":" + MiniJson.quote(s.kind()) + ",\"story\":"
              + MiniJson.quote(s.story()) + ",\"half\":" + MiniJson.quote(BoardStatement.half(s.story()))
              + (l == null ? "" : ",\"correct\":" + l.correct() + ",\"why\":" + MiniJson.quote(l.why()))
              + ",\"text\":" + MiniJson.quote(s.text()) + "}\n");
        }
      }
    }
    BoardScore score = BoardScore.of(statements, labels);
    if (!output.printedJson(score)) {
      output.printText(score.text());
    }
    return Main.OK;
  }
}
