package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.eval.ner.ConllCorpus;
import org.newsgraph.eval.ner.ConllScorer;
import org.newsgraph.eval.ner.NerEvaluation;
import org.newsgraph.eval.ner.NerStacking;
import org.newsgraph.eval.ner.UnlabelledText;
import org.newsgraph.extract.entities.NerLayer;
import org.newsgraph.extract.entities.NerTagger;
import org.newsgraph.extract.entities.NerTaggerTrainer;
import org.newsgraph.extract.entities.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train ner --gold eng.train --out FILE [--dev eng.testa [--folds N]]}: newsgraph's own
 * named-entity tagger ({@link NerTagger}) from a CoNLL-2003 training file; with {@code --dev}, its figure there, then
 * the vote between it and the layer over the CRF, cross-validated across the dev file's documents and fitted on
 * all of them. The same files give the same model, byte for byte.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Train newsgraph's own named-entity tagger on a CoNLL-2003 file (eng.train); with --dev (eng.testa) "
        + "also the vote between it and the layer over the CoreNLP CRF, cross-validated across the dev documents.")
public final class TrainNerCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "The training file, e.g. ../shared/data/ner/conll2003/eng.train.")
  Path gold;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model to write (gzipped text).")
  Path out;

  @Option(names = "--dev", paramLabel = "FILE",
      description = "A file the tagger is not trained on (eng.testa): print the tagger's figure there, then fit the "
          + "vote on it (the CRF runs over it: about a minute).")
  Path dev;

  @Option(names = "--folds", paramLabel = "N", defaultValue = "5",
      description = "With --dev: the vote's cross-validation folds across documents (default 5; 0 = no vote).")
  int folds;

  @Option(names = "--unlabelled", paramLabel = "DIR",
      description = "Unlabelled news to learn word clusters from (repeatable): a folder of Reuters-21578 .sgm files, "
          + "or of plain-text articles, e.g. ../shared/data/corpora/reuters-21578 and ../shared/data/corpora/bbc-news.")
  List<Path> unlabelled = List.of();

  @Option(names = "--clusters-from", paramLabel = "FILE",
      description = "Take the word clusters from a model this command wrote (instead of --unlabelled; they take "
          + "minutes to learn).")
  Path clustersFrom;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "2",
      description = "1: one tagging pass; 2 (default): a second pass that sees the first pass's tags of the same word "
          + "elsewhere in the document (trained on first-pass tags from 4-fold jackknifing).")
  int passes;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFile(gold);
    if (dev != null) {
      Evaluations.requireFile(dev);
    }
    PrintWriter pw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    List<NerTaggerTrainer.Document> train = ConllCorpus.read(gold).stream()
        .map(d -> new NerTaggerTrainer.Document(NerEvaluation.words(d), d.sentences().stream()
            .map(s -> NerTaggerTrainer.iob2(s.stream().map(ConllCorpus.Token::tag).toList())).toList()))
        .toList();
    org.newsgraph.extract.claims.model.TaggerTrainer.Settings settings = NerTaggerTrainer.defaults();
    WordClusters clusters = WordClusters.none();
    if (clustersFrom != null) {
      if (!unlabelled.isEmpty()) {
        throw new IllegalArgumentException("--unlabelled or --clusters-from, not both");
      }
      clusters = NerTagger.read(clustersFrom).clusters();
    } else if (!unlabelled.isEmpty()) {
      List<List<String>> text = UnlabelledText.read(unlabelled);
      clusters = WordClusters.learn(text, WordClusters.Settings.defaults(), err::println);
      pw.printf(Locale.ROOT, "clusters: %d words from %d sentences, %.1f s%n", clusters.size(), text.size(),
          (System.nanoTime() - t0) / 1e9);
      pw.flush();
    }
    NerTagger model = NerTaggerTrainer.train(train, clusters, settings, passes > 1 ? 4 : 0, err::println);
    pw.printf(Locale.ROOT, "tagger: %d documents of %s, %d features, %.1f s%n", train.size(), gold.getFileName(),
        model.sizes()[0], (System.nanoTime() - t0) / 1e9);
    int skipped = 0;
    if (dev != null) {
      List<ConllCorpus.Document> docs = ConllCorpus.read(dev);
      int tokens = docs.stream().mapToInt(ConllCorpus.Document::tokens).sum();
      if (folds < 2) {
        double[] seconds = new double[1];
        java.util.Map<Integer, List<List<String>>> tags = new java.util.HashMap<>();
        NerStacking.tag(model, docs, seconds).forEach((k, v) -> tags.put(k, v.tags()));
        ConllScorer own = NerStacking.score(docs, tags);
        print(pw, dev.getFileName() + ", newsgraph's tagger", own, tokens / seconds[0]);
      } else {
        NerEvaluation.Report run = new NerEvaluation(NerLayer.bundled()::tag).run(docs, err::println);
        skipped = run.stats().skipped();
        NerStacking.Result r = NerStacking.run(model, docs, run, folds, err::println);
        print(pw, dev.getFileName() + ", CoreNLP CRF", run.crf(), Double.NaN);
        print(pw, dev.getFileName() + ", newsgraph's layer over the CRF", run.newsgraph(), Double.NaN);
        print(pw, dev.getFileName() + ", newsgraph's tagger (trained on " + gold.getFileName() + ")", r.own(),
            tokens / r.ownSeconds());
        print(pw, dev.getFileName() + ", vote between the layer and the tagger, " + folds + "-fold cross-validation "
            + "across documents", r.crossValidated(), Double.NaN);
        pw.println("  " + r.foldSummary());
        model = model.withVote(NerTaggerTrainer.vote(NerStacking.stacked(docs, run, r.tagged())));
      }
    }
    model.write(out);
    pw.printf(Locale.ROOT, "wrote %s: %d tagger features, %d vote keys, %d clustered words, %.1f s%n", out,
        model.sizes()[0], model.sizes()[1], model.sizes()[2], (System.nanoTime() - t0) / 1e9);
    pw.flush();
    return skipped == 0 ? Main.OK : Main.SOME_INPUT_FAILED;
  }

  static void print(PrintWriter pw, String name, ConllScorer s, double tokensPerSecond) {
    pw.printf(Locale.ROOT, "%s: F1 %.4f%s%n", name, s.overall().f1(),
        Double.isNaN(tokensPerSecond) ? "" : String.format(Locale.ROOT, ", %.0f tokens/s", tokensPerSecond));
    pw.println("  " + s.overall());
    for (ConllScorer.Figures f : s.byType()) {
      pw.println("  " + f);
    }
  }
}
