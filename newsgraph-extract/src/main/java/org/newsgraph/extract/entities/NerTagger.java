package org.newsgraph.extract.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.extract.claims.model.FeatureSink;
import org.newsgraph.extract.claims.model.HashedFeatures;
import org.newsgraph.extract.claims.model.Labels;
import org.newsgraph.extract.claims.model.LinearChainTagger;
import org.newsgraph.extract.claims.model.ModelParts;
import org.newsgraph.extract.gazetteer.Gazetteer;

/**
 * newsgraph's own named-entity tagger, and a vote between it and the layer over the CRF. The tagger is a linear-chain
 * model over {@link NerFeatures} (words, shapes, affixes, word clusters, the gazetteer, the document; no CRF), trained
 * on CoNLL-2003's eng.train by {@link NerTaggerTrainer}; a second pass (part {@code second}) adds the first pass's
 * tags of the same word elsewhere in the document. The vote ({@link PhraseVote}) keeps the layer's
 * ({@link NerLayer}'s) phrases except where, on text neither was trained on (eng.testa), the tagger did better in
 * disagreements of the same kind; the figure to quote for it is cross-validated across documents. Tags are IOB2 over
 * CoNLL's four types. The file is gzipped text, {@code part<TAB>key<TAB>values} lines (part {@code tagger},
 * {@code vote} or {@code clusters}: the {@link WordClusters} its features use), sorted, so the same training writes
 * the same bytes. Not shipped: {@code newsgraph train ner} writes it, {@code eval ner --model} measures it.
 */
public final class NerTagger {
  /** O, then B-/I- of PER, LOC, ORG, MISC. */
  public static final Labels LABELS = Labels.bio("PER", "LOC", "ORG", "MISC");

  private static final String TAGGER = "tagger";
  private static final String VOTE = "vote";
  private static final String SECOND = "second";
  private static final String CLUSTERS = "clusters";

  private final LinearChainTagger tagger;
  private final LinearChainTagger second; // null: one pass
  private final PhraseVote vote; // null: none fitted
  private final NerFeatures features;

  NerTagger(LinearChainTagger tagger, LinearChainTagger second, PhraseVote vote, NerFeatures features) {
    this.tagger = tagger;
    this.second = second;
    this.vote = vote;
    this.features = features;
  }

  /** The same tagger with {@code vote} as its vote. */
  public NerTagger withVote(PhraseVote vote) {
    return new NerTagger(tagger, second, vote, features);
  }

  /** The word clusters its features use. */
  public WordClusters clusters() {
    return features.clusters();
  }

  public boolean hasVote() {
    return vote != null;
  }

  /** Number of features with weights (both passes), of keys in the vote's table, of clustered words. */
  public int[] sizes() {
    return new int[] {tagger.features() + (second == null ? 0 : second.features()), vote == null ? 0 : vote.size(), features.clusters().size()};
  }

  /** The tagger's IOB2 tags for one document's sentences (its words). */
  public List<List<String>> tag(List<List<String>> words) {
    return tagged(words).tags();
  }

  /**
   * The tagger's tags, and at each token its scores per label ({@link #LABELS}' order, the token's own features
   * only: how sure it is of each label there).
   */
  public record Tagged(List<List<String>> tags, List<double[][]> scores) {}

  /** The tagger's tags and scores for one document's sentences. */
  public Tagged tagged(List<List<String>> words) {
    List<FeatureSink> sinks = new ArrayList<>();
    for (int s = 0; s < words.size(); s++) {
      sinks.add(new HashedFeatures());
    }
    features.document(words, sinks);
    Tagged one = decode(tagger, sinks);
    if (second == null) {
      return one;
    }
    List<FeatureSink> again = new ArrayList<>();
    for (int s = 0; s < words.size(); s++) {
      again.add(new HashedFeatures());
    }
    features.document(words, one.tags(), again);
    return decode(second, again);
  }

  private static Tagged decode(LinearChainTagger model, List<FeatureSink> sinks) {
    List<List<String>> out = new ArrayList<>();
    List<double[][]> scores = new ArrayList<>();
    for (FeatureSink sink : sinks) {
      double[][] sc = model.scores(((HashedFeatures) sink).positions());
      out.add(names(model.decode(sc, null)));
      scores.add(sc);
    }
    return new Tagged(out, scores);
  }

  /**
   * The vote's IOB2 tags for one document: the layer's tags, with the tagger's phrases where the {@link PhraseVote}
   * believes it.
   *
   * @throws IllegalStateException when the model has no vote
   */
  public List<List<String>> stack(List<List<String>> layer, Tagged own) {
    if (vote == null) {
      throw new IllegalStateException("the model has no vote (train ner --dev FILE fits one)");
    }
    List<List<String>> out = new ArrayList<>();
    for (int s = 0; s < layer.size(); s++) {
      out.add(vote.decide(layer.get(s), own.tags().get(s), own.scores().get(s)));
    }
    return out;
  }

  private static List<String> names(int[] labels) {
    List<String> out = new ArrayList<>(labels.length);
    for (int k : labels) {
      out.add(LABELS.name(k));
    }
    return out;
  }

  /** Reads a gzipped model file. */
  public static NerTagger read(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      Map<String, List<String>> parts;
      try {
        parts = ModelParts.read(in, List.of(TAGGER, SECOND, VOTE, CLUSTERS));
      } catch (IOException e) {
        throw new IOException(file + " " + e.getMessage(), e);
      }
      List<String> tagger = parts.get(TAGGER);
      List<String> vote = parts.get(VOTE);
      List<String> second = parts.get(SECOND);
      List<String> clusters = parts.get(CLUSTERS);
      return new NerTagger(LinearChainTagger.read(tagger), second.isEmpty() ? null : LinearChainTagger.read(second),
          vote.isEmpty() ? null : PhraseVote.read(vote),
          new NerFeatures(Gazetteer.bundled(), clusters.isEmpty() ? WordClusters.none() : WordClusters.read(clusters)));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": not a named-entity model: " + e.getMessage(), e);
    }
  }

  /** Writes the gzipped model file. */
  public void write(Path file) throws IOException {
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
        StandardCharsets.UTF_8)) {
      tagger.write(w, TAGGER);
      if (second != null) {
        second.write(w, SECOND);
      }
      if (vote != null) {
        vote.write(w, VOTE);
      }
      features.clusters().write(w, CLUSTERS);
    }
  }
}
