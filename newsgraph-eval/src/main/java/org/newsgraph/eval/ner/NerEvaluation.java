package org.newsgraph.eval.ner;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.core.Sentence;
import org.newsgraph.eval.harness.GoldEntry;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.eval.harness.Harness;
import org.newsgraph.eval.harness.RunStats;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.extract.entities.NerLayer;
import org.newsgraph.nlp.PretokenizedNlp;

/**
 * {@code eval ner}: tags each document of a CoNLL-2003 file on its own tokens (CoreNLP's CRF, then newsgraph's
 * recogniser over it), scores both by conlleval's rules, and writes newsgraph's tags as {@code word tag} lines in
 * the file's order (documents and sentences separated as in the file).
 */
public final class NerEvaluation {
  private final Function<List<Sentence>, List<List<String>>> recogniser;

  /** @param recogniser newsgraph's tags (IOB2) for a document the CRF has tagged */
  public NerEvaluation(Function<List<Sentence>, List<List<String>>> recogniser) {
    this.recogniser = recogniser;
  }

  /** Both systems' figures, the run's counts (the CRF's time is the preparing step), and both systems' tags. */
  public record Report(ConllScorer crf, ConllScorer newsgraph, RunStats stats, int tokens,
      Map<Integer, List<List<String>>> tags, Map<Integer, List<List<String>>> crfTags,
      Map<Integer, List<Sentence>> sentences) {
    /** Tokens per second through the whole recogniser (CRF with its tagger, then the layer). */
    public double tokensPerSecond() {
      double s = stats.prepareSeconds() + stats.predictSeconds();
      return s == 0 ? 0 : tokens / s;
    }
  }

  private record Tagged(List<Sentence> sentences, List<List<String>> crf) {}

  public Report run(List<ConllCorpus.Document> docs, Consumer<String> log) {
    ConllScorer crf = new ConllScorer();
    ConllScorer ours = new ConllScorer();
    Map<Integer, List<List<String>>> tags = new HashMap<>();
    Map<Integer, List<List<String>>> crfTags = new HashMap<>();
    Map<Integer, List<Sentence>> analysed = new HashMap<>(); // kept for the mentions' confidence table
    int[] tokens = {0};
    List<GoldEntry<ConllCorpus.Document, ConllCorpus.Document>> entries = new ArrayList<>();
    for (ConllCorpus.Document d : docs) {
      entries.add(GoldEntry.of(new GoldItem<>("document " + d.number(), d, d)));
    }
    SystemUnderTest<ConllCorpus.Document, Tagged, List<List<String>>> system = new SystemUnderTest<>("newsgraph",
        d -> {
          List<Sentence> s = PretokenizedNlp.analyze(words(d));
          analysed.put(d.number(), s);
          return new Tagged(s, NerLayer.crf(s));
        },
        this::both);
    RunStats stats = Harness.run(entries, system, (item, predicted) -> {
      List<List<ConllCorpus.Token>> gold = item.gold().sentences();
      int half = predicted.size() / 2;
      for (int i = 0; i < gold.size(); i++) {
        List<String> g = gold.get(i).stream().map(ConllCorpus.Token::tag).toList();
        crf.add(g, predicted.get(i));
        ours.add(g, predicted.get(half + i));
      }
      tags.put(item.gold().number(), predicted.subList(half, predicted.size()));
      crfTags.put(item.gold().number(), predicted.subList(0, half));
      tokens[0] += item.gold().tokens();
    }, log);
    return new Report(crf, ours, stats, tokens[0], tags, crfTags, analysed);
  }

  /** The CRF's tags, then newsgraph's, sentence by sentence (one list, so the harness times the layer alone). */
  private List<List<String>> both(Tagged t) {
    List<List<String>> out = new ArrayList<>(t.crf());
    out.addAll(recogniser.apply(t.sentences()));
    return out;
  }

  public static List<List<String>> words(ConllCorpus.Document d) {
    return d.sentences().stream().map(s -> s.stream().map(ConllCorpus.Token::word).toList()).toList();
  }

  /**
   * Writes {@code word tag} lines: "-DOCSTART- O" and a blank line before each document, a blank line after each
   * sentence, as the CoNLL files do; a document the recogniser failed on is written all {@code O}.
   */
  public static void write(List<ConllCorpus.Document> docs, Map<Integer, List<List<String>>> tags, Path out)
      throws IOException {
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (ConllCorpus.Document d : docs) {
        w.write("-DOCSTART- O\n\n");
        List<List<ConllCorpus.Token>> sentences = d.sentences();
        List<List<String>> t = tags.get(d.number());
        for (int s = 0; s < sentences.size(); s++) {
          for (int i = 0; i < sentences.get(s).size(); i++) {
            w.write(sentences.get(s).get(i).word() + " " + (t == null ? "O" : t.get(s).get(i)) + "\n");
          }
          w.write("\n");
        }
      }
    }
  }
}
