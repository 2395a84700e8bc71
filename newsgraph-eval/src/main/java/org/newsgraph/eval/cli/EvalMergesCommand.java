package org.newsgraph.eval.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.merges.MergePair;
import org.newsgraph.eval.merges.MergeScore;
import org.newsgraph.store.NewsStore;
import org.newsgraph.stories.entities.EntityMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval merges --store DIR [--gold FILE]} (the store: a copy, it may upgrade): precision and recall of the cross-article entity merges
 * ("Reagan" → "Ronald Reagan") of a store, on a sample of pairs judged by hand.
 */
@Command(name = "merges", mixinStandardHelpOptions = true,
    description = "Entity merges across articles: precision over the labelled pairs the store's merges make, recall"
        + " over the labelled pairs that are the same person (opening the store places its articles in stories"
        + " again when the definition changed: use a copy).")
public final class EvalMergesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--gold", paramLabel = "FILE", defaultValue = "data/labelled/entity-merges.jsonl",
      description = "The labelled pairs (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFile(gold);
    List<MergePair> sample = MergePair.read(gold);
    MergeScore s;
    org.newsgraph.core.NewsgraphConfig cfg = common.config();
    try (NewsStore st = NewsStore.open(cfg.store().dir(), cfg.stories())) {
      Map<String, List<EntityMerge>> byInto = new HashMap<>();
      s = MergeScore.of(sample, p -> st.contains(p.article()), p -> byInto.computeIfAbsent(p.into(),
          st::entityMerges).stream().anyMatch(m -> m.active() && m.articleId().equals(p.article())
              && m.entity().equals(p.entity()) && m.into().equals(p.into())));
    }
    if (!output.printedJson(s)) {
      output.printText(s.text());
    }
    return Main.OK;
  }
}
