package org.newsgraph.extract.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.extract.claims.model.FeatureSink;
import org.newsgraph.extract.claims.model.HashedFeatures;
import org.newsgraph.extract.claims.model.Labels;
import org.newsgraph.extract.claims.model.LinearChainTagger;
import org.newsgraph.extract.gazetteer.Gazetteer;

/**
 * newsgraph's own named-entity tagger, and a stacker over it and the CRF. The tagger is a linear-chain model over
 * {@link NerFeatures} (words, shapes, affixes, the gazetteer, the document; no CRF), trained on CoNLL-2003's
 * eng.train by {@link NerTaggerTrainer}. The stacker is a second, small linear-chain model whose features are the
 * three systems' tags at each token (the CRF's, {@link NerLayer}'s and the tagger's) and the token's casing: it learns
 * per tag combination which to believe; it must be fitted on text the CRF was not trained on (eng.testa), so the
 * figure to quote for it is cross-validated across documents. Tags are IOB2 over CoNLL's four types. The file is
 * gzipped text, {@code part<TAB>key<TAB>weights} lines (part {@code tagger} or {@code stacker}), sorted, so the same
 * training writes the same bytes. Not shipped: {@code newsgraph train ner} writes it, {@code eval ner --model}
 * measures it.
 */
public final class NerTagger {
  /** O, then B-/I- of PER, LOC, ORG, MISC. */
  public static final Labels LABELS = Labels.bio("PER", "LOC", "ORG", "MISC");

  private static final String TAGGER = "tagger";
  private static final String STACKER = "stacker";

  private final LinearChainTagger tagger;
  private final LinearChainTagger stacker; // null: none fitted
  private final NerFeatures features;

  NerTagger(LinearChainTagger tagger, LinearChainTagger stacker, Gazetteer gazetteer) {
    this.tagger = tagger;
    this.stacker = stacker;
    this.features = new NerFeatures(gazetteer);
  }

  /** The same tagger with {@code stacker} as its stacker. */
  public NerTagger withStacker(LinearChainTagger stacker) {
    return new NerTagger(tagger, stacker, features.gazetteer());
  }

  public boolean hasStacker() {
    return stacker != null;
  }

  /** Number of features with weights: the tagger's, the stacker's. */
  public int[] sizes() {
    return new int[] {tagger.features(), stacker == null ? 0 : stacker.features()};
  }

  /** The tagger's IOB2 tags for one document's sentences (its words). */
  public List<List<String>> tag(List<List<String>> words) {
    List<FeatureSink> sinks = new ArrayList<>();
    for (int s = 0; s < words.size(); s++) {
      sinks.add(new HashedFeatures());
    }
    features.document(words, sinks);
    List<List<String>> out = new ArrayList<>();
    for (FeatureSink sink : sinks) {
      out.add(names(tagger.decode(((HashedFeatures) sink).positions(), null)));
    }
    return out;
  }

  /**
   * The stacker's IOB2 tags for one document, from the words and the three systems' tags sentence by sentence.
   *
   * @throws IllegalStateException when the model has no stacker
   */
  public List<List<String>> stack(List<List<String>> words, List<List<String>> crf, List<List<String>> layer,
      List<List<String>> own) {
    if (stacker == null) {
      throw new IllegalStateException("the model has no stacker (train ner --dev FILE fits one)");
    }
    List<List<String>> out = new ArrayList<>();
    for (int s = 0; s < words.size(); s++) {
      HashedFeatures f = new HashedFeatures();
      stackFeatures(words.get(s), crf.get(s), layer.get(s), own.get(s), f);
      out.add(names(stacker.decode(f.positions(), null)));
    }
    return out;
  }

  /** The stacker's features of one sentence: each system's tag, their combinations, with the token's casing. */
  static void stackFeatures(List<String> words, List<String> crf, List<String> layer, List<String> own,
      FeatureSink out) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String cased = Character.isUpperCase(w.codePointAt(0)) ? "X" : Character.isLetter(w.codePointAt(0)) ? "x" : "-";
      out.add("b");
      out.add("c=", crf.get(i));
      out.add("y=", layer.get(i));
      out.add("t=", own.get(i));
      out.add("c|t=", crf.get(i), "|", own.get(i));
      out.add("y|t=", layer.get(i), "|", own.get(i));
      out.add("c|y|t=", crf.get(i), "|", layer.get(i), "|" + own.get(i));
      out.add("k|c|t=", cased, "|", crf.get(i), "|" + own.get(i));
      out.next();
    }
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
      List<String> tagger = new ArrayList<>();
      List<String> stacker = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        int tab = line.indexOf('\t');
        String part = tab < 0 ? "" : line.substring(0, tab);
        switch (part) {
          case TAGGER -> tagger.add(line.substring(tab + 1));
          case STACKER -> stacker.add(line.substring(tab + 1));
          default -> throw new IOException(file + " line " + n + ": expected part tagger or stacker");
        }
      }
      return new NerTagger(LinearChainTagger.read(tagger),
          stacker.isEmpty() ? null : LinearChainTagger.read(stacker), Gazetteer.bundled());
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": not a named-entity model: " + e.getMessage(), e);
    }
  }

  /** Writes the gzipped model file. */
  public void write(Path file) throws IOException {
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
        StandardCharsets.UTF_8)) {
      tagger.write(w, TAGGER);
      if (stacker != null) {
        stacker.write(w, STACKER);
      }
    }
  }
}
