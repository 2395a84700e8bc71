package org.newsgraph.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.cli.CommonOptions;
import org.newsgraph.app.cli.JsonOutput;
import org.newsgraph.eval.confidence.ConfidenceReport;
import org.newsgraph.eval.confidence.MentionConfidenceLabels;
import org.newsgraph.eval.ner.ConllCorpus;
import org.newsgraph.eval.ner.ConllScorer;
import org.newsgraph.eval.ner.NerEvaluation;
import org.newsgraph.eval.ner.NerStacking;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.entities.MentionConfidence;
import org.newsgraph.extract.entities.NerLayer;
import org.newsgraph.extract.entities.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval ner --gold FILE [--out FILE]}: named entities on a CoNLL-2003 file, on its own tokens:
 * phrase-level P/R/F1 by conlleval's rules, overall and per type, for newsgraph's recogniser and for the CoreNLP CRF
 * it runs over, with the speed; with {@code --model}, also newsgraph's own tagger and its vote with the layer.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Named entities on a CoNLL-2003 file (its own tokens): phrase P/R/F1 overall and per type, "
        + "newsgraph's recogniser beside the CoreNLP CRF it wraps.")
public final class EvalNerCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "A CoNLL-2003 file, e.g. ../shared/data/ner/conll2003/eng.testa.")
  Path gold;

  @Option(names = "--out", paramLabel = "FILE", description = "Write newsgraph's tags as 'word tag' lines.")
  Path out;

  @Option(names = "--model", paramLabel = "FILE",
      description = "Also measure newsgraph's own tagger from this file (written by `train ner`), and the vote between "
          + "it and the layer, cross-validated across this file's documents.")
  Path model;

  @Option(names = "--folds", paramLabel = "N", defaultValue = "5",
      description = "With --model: the vote's cross-validation folds across documents (default 5; 0 = none).")
  int folds;

  @Override
  public Integer call() throws IOException {
    common.logging(null);
    Evaluations.requireFile(gold);
    if (model != null) {
      Evaluations.requireFile(model);
    }
    List<ConllCorpus.Document> docs;
    try {
      docs = ConllCorpus.read(gold);
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    NerTagger tagger = model == null ? null : NerTagger.read(model);
    NerEvaluation.Report r = new NerEvaluation(NerLayer.bundled()::tag).run(docs, output.err()::println);
    NerStacking.Result own = tagger == null ? null
        : NerStacking.run(tagger, docs, r, folds, output.err()::println);
    if (out != null) {
      NerEvaluation.write(docs, r.tags(), out);
    }
    ConfidenceReport confidence = ConfidenceReport.of(MentionConfidence.shippedModel(),
        MentionConfidenceLabels.examples(docs, d -> r.sentences().get(d.number()), gold.getFileName() + ":",
            new EntityLinkingStage(),
            output.err()::println));
    if (output.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("documents", r.stats().items());
      m.put("skipped", r.stats().skipped());
      m.put("tokens", r.tokens());
      m.put("newsgraph", figures(r.newsgraph()));
      m.put("corenlp_crf", figures(r.crf()));
      m.put("tokens_per_s", r.tokensPerSecond());
      if (confidence != null) {
        m.put("mention_confidence", confidence.json());
      }
      if (own != null) {
        m.put("tagger", figures(own.own()));
        m.put("tagger_tokens_per_s", r.tokens() / own.ownSeconds());
        m.put("vote_cross_validated", own.crossValidated() == null ? null : figures(own.crossValidated()));
        m.put("vote_as_fitted", own.model() == null ? null : figures(own.model()));
      }
      output.printJson(m);
    } else {
      PrintWriter pw = output.out();
      pw.printf(Locale.ROOT, "CoNLL-2003 %s: %d documents, %d tokens%n", gold.getFileName(), r.stats().items(),
          r.tokens());
      print(pw, "newsgraph", r.newsgraph());
      print(pw, "CoreNLP CRF (english.conll.4class.distsim)", r.crf());
      pw.printf(Locale.ROOT, "speed: %.0f tokens/s (CoreNLP tagger and CRF %.1f s, newsgraph's layer %.1f s)%n",
          r.tokensPerSecond(), r.stats().prepareSeconds(), r.stats().predictSeconds());
      if (confidence != null) {
        pw.print(confidence.text("mention confidence (the entity stage's mentions)", "mentions", "document"));
      }
      if (own != null) {
        print(pw, "newsgraph's tagger (" + model.getFileName() + ")", own.own());
        pw.printf(Locale.ROOT, "  speed: %.0f tokens/s (the tagger alone, %.1f s)%n", r.tokens() / own.ownSeconds(),
            own.ownSeconds());
        if (own.crossValidated() != null) {
          print(pw, "vote between the layer and the tagger, " + folds + "-fold cross-validation across documents",
              own.crossValidated());
          pw.println("  " + own.foldSummary());
        }
        if (own.model() != null) {
          print(pw, "vote as fitted in the model (an estimate only on a file it was not fitted on)", own.model());
        }
      }
      pw.flush();
    }
    return Evaluations.exitCode(r.stats().skipped());
  }

  private static void print(PrintWriter pw, String name, ConllScorer s) {
    pw.printf(Locale.ROOT, "%s: F1 %.4f, token accuracy %.4f%n", name, s.overall().f1(), s.tokenAccuracy());
    pw.println("  " + s.overall());
    for (ConllScorer.Figures f : s.byType()) {
      pw.println("  " + f);
    }
  }

  private static Map<String, Object> figures(ConllScorer s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", s.overall().precision());
    m.put("recall", s.overall().recall());
    m.put("f1", s.overall().f1());
    m.put("token_accuracy", s.tokenAccuracy());
    Map<String, Object> types = new LinkedHashMap<>();
    for (ConllScorer.Figures f : s.byType()) {
      types.put(f.type().toLowerCase(Locale.ROOT), Map.of("precision", f.precision(), "recall", f.recall(),
          "f1", f.f1()));
    }
    m.put("types", types);
    return m;
  }
}
