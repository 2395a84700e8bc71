package org.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.extract.claims.model.FeatureSink;
import org.newsgraph.extract.claims.model.LinearChainTagger;
import org.newsgraph.extract.claims.model.NamedFeatures;
import org.newsgraph.extract.claims.model.TaggerTrainer;
import org.newsgraph.extract.gazetteer.Gazetteer;

/**
 * Trains {@link NerTagger}: its tagger on labelled documents (CoNLL-2003's eng.train), its vote ({@link PhraseVote}) on
 * documents with the layer's and the tagger's tags (eng.testa: text neither was trained on). The tagger is an
 * averaged structured perceptron ({@link TaggerTrainer}) over a seeded order for a fixed number of passes, so the
 * same data gives the same weights. Sentences are the sequences; the document gives {@link NerFeatures} its context.
 */
public final class NerTaggerTrainer {
  /** The tagger's passes, rarest feature kept and seed. */
  public static TaggerTrainer.Settings defaults() {
    return new TaggerTrainer.Settings(14, 2, 1);
  }

  /** A labelled document: words and gold IOB2 tags, sentence by sentence. */
  public record Document(List<List<String>> words, List<List<String>> gold) {}

  /** A document for the vote: gold and the layer's IOB2 tags sentence by sentence, and the tagger's output. */
  public record Stacked(List<List<String>> gold, List<List<String>> layer, NerTagger.Tagged own) {}

  private NerTaggerTrainer() {}

  /**
   * The tagger alone (no vote), trained on {@code docs} in their order, with word clusters (or none). With
   * {@code folds} ≥ 2 it has a second pass, trained on the first pass's tags of each document as a first pass trained
   * without that document's fold gives them (document i in fold i mod folds), so the second pass learns from tags
   * as good as they will be on new text, not from tags of text the first pass has seen.
   */
  public static NerTagger train(List<Document> docs, WordClusters clusters, TaggerTrainer.Settings settings,
      int folds, Consumer<String> log) {
    NerFeatures features = new NerFeatures(Gazetteer.bundled(), clusters);
    LinearChainTagger first = pass(docs, null, features, settings, log);
    if (folds < 2) {
      return new NerTagger(first, null, null, features);
    }
    List<List<List<String>>> firstTags = new ArrayList<>(java.util.Collections.nCopies(docs.size(), null));
    for (int f = 0; f < folds; f++) {
      List<Document> rest = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        if (i % folds != f) {
          rest.add(docs.get(i));
        }
      }
      NerTagger held = new NerTagger(pass(rest, null, features, settings, line -> { }), null, null, features);
      for (int i = f; i < docs.size(); i += folds) {
        firstTags.set(i, held.tag(docs.get(i).words()));
      }
      log.accept("first pass without fold " + (f + 1) + " of " + folds);
    }
    return new NerTagger(first, pass(docs, firstTags, features, settings, log), null, features);
  }

  private static LinearChainTagger pass(List<Document> docs, List<List<List<String>>> first, NerFeatures features,
      TaggerTrainer.Settings settings, Consumer<String> log) {
    TaggerTrainer trainer = new TaggerTrainer(NerTagger.LABELS, settings);
    for (int d = 0; d < docs.size(); d++) {
      Document doc = docs.get(d);
      List<FeatureSink> sinks = new ArrayList<>();
      for (int s = 0; s < doc.words().size(); s++) {
        sinks.add(new NamedFeatures());
      }
      features.document(doc.words(), first == null ? null : first.get(d), sinks);
      for (int s = 0; s < sinks.size(); s++) {
        trainer.add(((NamedFeatures) sinks.get(s)).positions(), labels(doc.gold().get(s)), null);
      }
    }
    log.accept(trainer.size() + " sentences for the " + (first == null ? "first" : "second") + " pass");
    return trainer.train(log);
  }

  /** The vote between the layer and the tagger, fitted on {@code docs}. */
  public static PhraseVote vote(List<Stacked> docs) {
    List<PhraseVote.Example> examples = new ArrayList<>();
    for (Stacked d : docs) {
      for (int s = 0; s < d.gold().size(); s++) {
        examples.add(new PhraseVote.Example(d.layer().get(s), d.own().tags().get(s), d.own().scores().get(s),
            d.gold().get(s)));
      }
    }
    return PhraseVote.fit(examples);
  }

  private static int[] labels(List<String> iob2) {
    int[] out = new int[iob2.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = NerTagger.LABELS.index(iob2.get(i));
      if (out[i] < 0) {
        throw new IllegalArgumentException("not an IOB2 tag of PER, LOC, ORG, MISC: " + iob2.get(i));
      }
    }
    return out;
  }

  /** IOB1, IOB2 or IOBES tags as IOB2: a phrase opens with B-, continues with I-. */
  public static List<String> iob2(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    String prevType = null;
    for (String t : tags) {
      if (t.equals("O")) {
        out.add(t);
        prevType = null;
        continue;
      }
      char p = t.charAt(0);
      String type = t.substring(2);
      boolean opens = p == 'B' || p == 'S' || !type.equals(prevType);
      out.add((opens ? "B-" : "I-") + type);
      prevType = p == 'E' || p == 'S' ? null : type;
    }
    return out;
  }
}
