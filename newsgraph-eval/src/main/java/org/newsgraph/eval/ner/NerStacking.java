package org.newsgraph.eval.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsgraph.extract.entities.NerTagger;
import org.newsgraph.extract.entities.NerTaggerTrainer;

/**
 * newsgraph's own tagger ({@link NerTagger}) on a CoNLL-2003 file beside the CRF and the layer, and the vote between
 * the tagger and the layer: fitted and scored by cross-validation across the file's documents (document i in fold
 * i mod N, the vote of each fold fitted on the other folds only), which is the figure to select on; and, when the
 * model carries a vote, that vote's figure (fitted on all of eng.testa: on that file it is not an estimate).
 */
public final class NerStacking {
  private NerStacking() {}

  /** The figures, the tagger's time, the tagger's output and the cross-validated vote's tags. */
  public record Result(ConllScorer own, ConllScorer crossValidated, ConllScorer model, double ownSeconds,
      Map<Integer, NerTagger.Tagged> tagged, Map<Integer, List<List<String>>> stackedTags, List<double[]> folds) {
    /** Each fold's F1 of the layer and of the vote, as "0.9301 → 0.9322, ...", and how many folds the vote won. */
    public String foldSummary() {
      StringBuilder sb = new StringBuilder();
      int won = 0;
      for (double[] f : folds) {
        sb.append(sb.length() > 0 ? ", " : "").append(String.format(java.util.Locale.ROOT, "%.4f → %.4f", f[0], f[1]));
        won += f[1] > f[0] ? 1 : 0;
      }
      return "per fold, layer → vote: " + sb + " (the vote ahead in " + won + " of " + folds.size() + ")";
    }
  }

  /** The tagger's tags of each document, timed. */
  public static Map<Integer, NerTagger.Tagged> tag(NerTagger model, List<ConllCorpus.Document> docs,
      double[] seconds) {
    long t0 = System.nanoTime();
    Map<Integer, NerTagger.Tagged> out = new HashMap<>();
    for (ConllCorpus.Document d : docs) {
      out.put(d.number(), model.tagged(NerEvaluation.words(d)));
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

  /** The file's documents with the layer's and the tagger's tags, for the vote; documents the CRF failed on left out. */
  public static List<NerTaggerTrainer.Stacked> stacked(List<ConllCorpus.Document> docs, NerEvaluation.Report run,
      Map<Integer, NerTagger.Tagged> own) {
    List<NerTaggerTrainer.Stacked> out = new ArrayList<>();
    for (ConllCorpus.Document d : docs) {
      if (run.crfTags().containsKey(d.number())) {
        out.add(stacked(d, run, own));
      }
    }
    return out;
  }

  private static NerTaggerTrainer.Stacked stacked(ConllCorpus.Document d, NerEvaluation.Report run,
      Map<Integer, NerTagger.Tagged> own) {
    List<List<String>> gold = d.sentences().stream().map(NerStacking::gold).toList();
    return new NerTaggerTrainer.Stacked(gold, run.tags().get(d.number()), own.get(d.number()));
  }

  private static List<String> gold(List<ConllCorpus.Token> sentence) {
    return NerTaggerTrainer.iob2(sentence.stream().map(ConllCorpus.Token::tag).toList());
  }

  /** The tagger and, with {@code folds} ≥ 2, the vote cross-validated across documents; and the model's vote. */
  public static Result run(NerTagger model, List<ConllCorpus.Document> docs, NerEvaluation.Report run, int folds,
      Consumer<String> log) {
    double[] seconds = new double[1];
    Map<Integer, NerTagger.Tagged> own = tag(model, docs, seconds);
    Map<Integer, List<List<String>>> ownTags = new HashMap<>();
    own.forEach((k, v) -> ownTags.put(k, v.tags()));
    ConllScorer ownScore = score(docs, ownTags);
    List<NerTaggerTrainer.Stacked> stacked = stacked(docs, run, own);
    List<Integer> numbers = docs.stream().filter(d -> run.crfTags().containsKey(d.number()))
        .map(ConllCorpus.Document::number).toList();
    Map<Integer, List<List<String>>> cv = new HashMap<>();
    List<double[]> perFold = new ArrayList<>();
    if (folds >= 2) {
      for (int f = 0; f < folds; f++) {
        List<NerTaggerTrainer.Stacked> train = new ArrayList<>();
        for (int i = 0; i < stacked.size(); i++) {
          if (i % folds != f) {
            train.add(stacked.get(i));
          }
        }
        NerTagger fold = model.withVote(NerTaggerTrainer.vote(train));
        List<ConllCorpus.Document> held = new ArrayList<>();
        for (int i = f; i < stacked.size(); i += folds) {
          cv.put(numbers.get(i), fold.stack(stacked.get(i).layer(), stacked.get(i).own()));
          int number = numbers.get(i);
          held.add(docs.stream().filter(d -> d.number() == number).findFirst().orElseThrow());
        }
        perFold.add(new double[] {score(held, run.tags()).overall().f1(), score(held, cv).overall().f1()});
      }
      log.accept("vote cross-validated over " + folds + " folds of " + stacked.size() + " documents");
    }
    ConllScorer modelScore = null;
    if (model.hasVote()) {
      Map<Integer, List<List<String>>> m = new HashMap<>();
      for (int i = 0; i < stacked.size(); i++) {
        m.put(numbers.get(i), model.stack(stacked.get(i).layer(), stacked.get(i).own()));
      }
      modelScore = score(docs, m);
    }
    return new Result(ownScore, folds >= 2 ? score(docs, cv) : null, modelScore, seconds[0], own, cv, perFold);
  }
}
