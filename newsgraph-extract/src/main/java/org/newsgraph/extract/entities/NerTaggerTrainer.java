package org.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.extract.claims.model.FeatureSink;
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
    return new TaggerTrainer.Settings(8, 2, 1);
  }

  /** A labelled document: words and gold IOB2 tags, sentence by sentence. */
  public record Document(List<List<String>> words, List<List<String>> gold) {}

  /** A document for the vote: gold and the layer's IOB2 tags sentence by sentence, and the tagger's output. */
  public record Stacked(List<List<String>> gold, List<List<String>> layer, NerTagger.Tagged own) {}

  private NerTaggerTrainer() {}

  /** The tagger alone (no vote), trained on {@code docs} in their order, with word clusters (or none). */
  public static NerTagger train(List<Document> docs, WordClusters clusters, TaggerTrainer.Settings settings,
      Consumer<String> log) {
    NerFeatures features = new NerFeatures(Gazetteer.bundled(), clusters);
    TaggerTrainer trainer = new TaggerTrainer(NerTagger.LABELS, settings);
    for (Document d : docs) {
      List<FeatureSink> sinks = new ArrayList<>();
      for (int s = 0; s < d.words().size(); s++) {
        sinks.add(new NamedFeatures());
      }
      features.document(d.words(), sinks);
      for (int s = 0; s < sinks.size(); s++) {
        trainer.add(((NamedFeatures) sinks.get(s)).positions(), labels(d.gold().get(s)), null);
      }
    }
    log.accept(trainer.size() + " sentences for the tagger");
    return new NerTagger(trainer.train(log), null, features);
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
