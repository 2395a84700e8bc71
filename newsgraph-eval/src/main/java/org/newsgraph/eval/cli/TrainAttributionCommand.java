package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.Main;
import org.newsgraph.core.Claim;
import org.newsgraph.eval.attribution.AttributionTraining;
import org.newsgraph.eval.harness.Analyses;
import org.newsgraph.extract.claims.AttributionModel;
import org.newsgraph.extract.claims.AttributionModelTrainer;
import org.newsgraph.extract.claims.AttributionTaggerTrainer;
import org.newsgraph.extract.claims.BratWriter;
import org.newsgraph.extract.claims.CuePrior;
import org.newsgraph.extract.claims.TaggerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train attribution --gold DIR --out FILE [--cache DIR]}: the attribution stage's model (which verbs
 * are cues, where content spans start and end) from a PolNeAR split, with the same NLP settings the analysis uses.
 * The shipped {@code attribution-model.tsv.gz} is this command's output on PolNeAR's train split, byte for byte.
 * With {@code --tagger [--folds N]} it trains the attribution tagger instead (the cue tagger; the source and content
 * tagger), over articles analysed as the stage sees them (NLP, entities, times), first printing the N-fold
 * cross-validation figures; {@code eval attribution --tagger-model FILE} measures it.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = "Train the attribution model (cue verbs, content boundaries; or with --tagger the attribution "
        + "tagger) on a PolNeAR split folder (text/*.txt, attributions/*.ann); train split only, dev is for "
        + "measuring.")
public final class TrainAttributionCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "The split folder, e.g. ../shared/data/polnear/train.")
  Path gold;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The model file to write (gzipped text), e.g. attribution-model.tsv.gz.")
  Path out;

  @Mixin NlpCacheOption cache;

  @Option(names = "--tagger",
      description = "Train the attribution tagger (cue spans, then source and content of each cue) instead of the "
          + "rules' model; the stage runs it with `eval attribution --tagger-model FILE`.")
  boolean tagger;

  @Option(names = "--folds", paramLabel = "N",
      description = "With --tagger: first print the N-fold cross-validation figures over the split's articles "
          + "(article i in fold i mod N; 0 = none), then train on all of them.")
  int folds;

  @Option(names = "--cv-out", paramLabel = "DIR",
      description = "With --folds: write each held-out article's claims as brat .ann here (text/X.txt → X.ann), "
          + "and errors.tsv as `eval attribution --errors` writes it.")
  Path cvOut;

  @Option(names = "--cue-prior", paramLabel = "FILE",
      description = "Also write, from the same articles, how often each verb lemma heads a gold cue (lemma, verbs, "
          + "cues): the shipped cue-prior.tsv that gates verbs only the cue model takes.")
  Path cuePrior;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    if (!Files.isDirectory(gold)) {
      throw new IllegalArgumentException(gold + ": no such folder");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException(out + ": its folder does not exist");
    }
    PrintWriter pw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> skipped = new ArrayList<>();
    long t0 = System.nanoTime();
    Consumer<String> log = line -> {
      err.println(line);
      if (line.startsWith("skipped ")) {
        skipped.add(line);
      }
    };
    if (!tagger) {
      if (folds > 0 || cvOut != null) {
        throw new IllegalArgumentException("--folds and --cv-out go with --tagger");
      }
      List<AttributionModelTrainer.Sample> samples = AttributionTraining.samples(gold,
          Analyses.nlp(common.config(), cache.dir()), log);
      AttributionModel model = AttributionModelTrainer.train(samples, out, log);
      if (cuePrior != null) {
        CuePrior.write(samples, cuePrior);
        pw.printf(Locale.ROOT, "wrote %s%n", cuePrior);
      }
      pw.printf(Locale.ROOT, "wrote %s: %d weights, %d files skipped, %.1f s%n", out, model.size(), skipped.size(),
          (System.nanoTime() - t0) / 1e9);
      pw.flush();
      return skipped.isEmpty() ? Main.OK : Main.SOME_INPUT_FAILED;
    }
    List<AttributionModelTrainer.Sample> samples = AttributionTraining.samples(gold,
        Analyses.upToTimes(common.config(), cache.dir()), log);
    if (folds > 0) {
      long c0 = System.nanoTime();
      if (cvOut != null) {
        Files.createDirectories(cvOut);
      }
      AttributionTraining.CrossValidation cv = AttributionTraining.crossValidate(samples, folds,
          AttributionTaggerTrainer.Settings.defaults(), (s, claims) -> {
            if (cvOut != null) {
              writeAnn(s.article().article().source(), s.article().text(), claims);
            }
          }, err::println);
      pw.print(cv.summary());
      if (cvOut != null) {
        Files.write(cvOut.resolve("errors.tsv"), cv.errors());
      }
      pw.printf(Locale.ROOT, "cross-validation %.1f s%n", (System.nanoTime() - c0) / 1e9);
      pw.flush();
    }
    long t1 = System.nanoTime();
    TaggerModel model = AttributionTaggerTrainer.train(samples, out, log);
    pw.printf(Locale.ROOT, "wrote %s: %d features, %d files skipped, %.1f s (training %.1f s)%n", out, model.size(),
        skipped.size(), (System.nanoTime() - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    pw.flush();
    return skipped.isEmpty() ? Main.OK : Main.SOME_INPUT_FAILED;
  }

  private void writeAnn(String source, String text, List<Claim> claims) {
    String name = Path.of(source).getFileName().toString().replaceAll("\\.txt$", "") + ".ann";
    try {
      Files.writeString(cvOut.resolve(name), BratWriter.write(text, claims));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
