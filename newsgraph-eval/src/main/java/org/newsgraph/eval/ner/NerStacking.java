package org.newsgraph.eval.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsgraph.extract.claims.model.LinearChainTagger;
import org.newsgraph.extract.entities.NerTagger;
import org.newsgraph.extract.entities.NerTaggerTrainer;

/**
 * newsgraph's own tagger ({@link NerTagger}) on a CoNLL-2003 file beside the CRF and the layer, and the stacker over
 * the three: fitted and scored by cross-validation across the file's documents (document i in fold i mod N, the
 * stacker of each fold fitted on the other folds only), which is the figure to select on; and, when the model
 * carries a stacker, that stacker's figure (fitted on all of eng.testa: on that file it is not an estimate).
 */
public final class NerStacking {
  private NerStacking() {}

  /** The figures, the tagger's time, the tagger's and the cross-validated stacker's tags. */
  public record Result(ConllScorer own, ConllScorer crossValidated, ConllScorer model, double ownSeconds,
      Map<Integer, List<List<String>>> ownTags, Map<Integer, List<List<String>>> stackedTags) {}

  /** The tagger's tags of each document, timed. */
  public static Map<Integer, List<List<String>>> tag(NerTagger model, List<ConllCorpus.Document> docs,
      double[] seconds) {
    long t0 = System.nanoTime();
    Map<Integer, List<List<String>>> out = new HashMap<>();
    for (ConllCorpus.Document d : docs) {
      out.put(d.number(), model.tag(NerEvaluation.words(d)));
    }
    seconds[0] = (System.nanoTime() - t0) / 1e9;
    return out;
  }

  /** Scores tags of each document against the file's gold tags; a document with no tags counts as all O. */
  public static ConllScorer score(List<ConllCorpus.Document> docs, Map<Integer, List<List<String>>> tags) {
    ConllScorer s = new ConllScorer();
    for (ConllCorpus.Document d : docs) {
      List<List<String>> t = tags.get(d.number());
      for (int i = 0; i < d.sentences().size(); i++) {
        List<String> g = gold(d.sentences().get(i));
        s.add(g, t == null ? java.util.Collections.nCopies(g.size(), "O") : t.get(i));
      }
    }
    return s;
  }

  /** The file's documents with the three systems' tags, for the stacker; documents the CRF failed on left out. */
  public static List<NerTaggerTrainer.Stacked> stacked(List<ConllCorpus.Document> docs, NerEvaluation.Report run,
      Map<Integer, List<List<String>>> own) {
    List<NerTaggerTrainer.Stacked> out = new ArrayList<>();
    for (ConllCorpus.Document d : docs) {
      if (run.crfTags().containsKey(d.number())) {
        out.add(stacked(d, run, own));
      }
    }
    return out;
  }

  private static NerTaggerTrainer.Stacked stacked(ConllCorpus.Document d, NerEvaluation.Report run,
      Map<Integer, List<List<String>>> own) {
    List<List<String>> gold = d.sentences().stream().map(NerStacking::gold).toList();
    return new NerTaggerTrainer.Stacked(NerEvaluation.words(d), gold, run.crfTags().get(d.number()),
        run.tags().get(d.number()), own.get(d.number()));
  }

  private static List<String> gold(List<ConllCorpus.Token> sentence) {
    return NerTaggerTrainer.iob2(sentence.stream().map(ConllCorpus.Token::tag).toList());
  }

  /** The tagger and, with {@code folds} ≥ 2, the stacker cross-validated across documents; and the model's stacker. */
  public static Result run(NerTagger model, List<ConllCorpus.Document> docs, NerEvaluation.Report run, int folds,
      NerTaggerTrainer.Settings settings, Consumer<String> log) {
    double[] seconds = new double[1];
    Map<Integer, List<List<String>>> own = tag(model, docs, seconds);
    ConllScorer ownScore = score(docs, own);
    List<NerTaggerTrainer.Stacked> stacked = stacked(docs, run, own);
    List<Integer> numbers = docs.stream().filter(d -> run.crfTags().containsKey(d.number()))
        .map(ConllCorpus.Document::number).toList();
    Map<Integer, List<List<String>>> cv = new HashMap<>();
    if (folds >= 2) {
      for (int f = 0; f < folds; f++) {
        List<NerTaggerTrainer.Stacked> train = new ArrayList<>();
        for (int i = 0; i < stacked.size(); i++) {
          if (i % folds != f) {
            train.add(stacked.get(i));
          }
        }
        LinearChainTagger stacker = NerTaggerTrainer.stacker(train, settings, line -> { });
        NerTagger fold = model.withStacker(stacker);
        for (int i = f; i < stacked.size(); i += folds) {
          NerTaggerTrainer.Stacked d = stacked.get(i);
          cv.put(numbers.get(i), fold.stack(d.words(), d.crf(), d.layer(), d.own()));
        }
      }
      log.accept("stacker cross-validated over " + folds + " folds of " + stacked.size() + " documents");
    }
    ConllScorer modelScore = null;
    if (model.hasStacker()) {
      Map<Integer, List<List<String>>> m = new HashMap<>();
      for (int i = 0; i < stacked.size(); i++) {
        NerTaggerTrainer.Stacked d = stacked.get(i);
        m.put(numbers.get(i), model.stack(d.words(), d.crf(), d.layer(), d.own()));
      }
      modelScore = score(docs, m);
    }
    return new Result(ownScore, folds >= 2 ? score(docs, cv) : null, modelScore, seconds[0], own, cv);
  }
}
