package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser with our own evaluation of its network ({@link ParserNetwork}), giving the same
 * parses as {@code DependencyParser.predict}: the same model, CoreNLP's own transition system, configurations and
 * feature extraction, the same scores to the bit, and the same choice (the highest-scoring legal transition, the
 * first of equals). Two shortcuts that cannot change the choice: the network is not run when only one transition is
 * legal (the first shifts of a sentence, the final attachment to the root), and the softmax CoreNLP never applied at
 * prediction either.
 *
 * <p>CoreNLP does not expose the model's weights, its transition system or its feature extraction publicly; they are
 * read once, at load, from the loaded {@link DependencyParser} by reflection (CoreNLP is on the class path). The
 * parser is loaded without CoreNLP's own pre-computed products ({@code numPreComputed=0}): this class keeps its own.
 */
final class TransitionParser {
  /**
   * Rounded product rows kept beyond CoreNLP's 20,000 exact ones (8 KB each, as are those): the first pairs met are
   * kept, the rest computed on each use. 20,000 rows (160 MB; the exact ones are another 160 MB at most) replace
   * CoreNLP's own 20,000 pre-computed rows and its cache of 20,000 float rows (240 MB), which are no longer built.
   */
  static final int MAX_ROUNDED_ROWS = 20_000;

  private final DependencyParser parser;
  private final ParsingSystem system;
  private final MethodHandle featureArray;
  private final ParserNetwork network;
  private final String[] transitions;
  private final byte[] kind; // SHIFT, LEFT or RIGHT
  private final boolean[] rootLabel;
  private final boolean singleRoot;
  private final MethodHandle relation; // DependencyParser.makeGrammaticalRelation
  private final MethodHandle structure; // DependencyParser.makeGrammaticalStructure
  private final double loadSeconds;

  private static final byte SHIFT = 0;
  private static final byte LEFT = 1;
  private static final byte RIGHT = 2;

  private TransitionParser(DependencyParser parser, int exactRows, int maxRoundedRows) throws ReflectiveOperationException {
    long t0 = System.nanoTime();
    this.parser = parser;
    this.system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
    if (!(system instanceof ArcStandard)) {
      throw new IllegalStateException("expected the arc-standard transition system, got " + system.getClass());
    }
    this.singleRoot = field(ArcStandard.class, "singleRoot").getBoolean(system);
    this.featureArray = handle("getFeatureArray", Configuration.class);
    Classifier c = (Classifier) field(DependencyParser.class, "classifier").get(parser);
    @SuppressWarnings("unchecked")
    List<Integer> listed = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
    List<Integer> exact = listed.subList(0, Math.min(exactRows, listed.size()));
    this.network = new ParserNetwork(c.getE(), c.getW1(), c.getb1(), c.getW2(), exact, maxRoundedRows);
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) field(ParsingSystem.class, "transitions").get(system);
    String root = (String) field(ParsingSystem.class, "rootLabel").get(system);
    if (names.size() != network.transitions()) {
      throw new IllegalStateException("transitions " + names.size() + " != outputs " + network.transitions());
    }
    this.relation = handle("makeGrammaticalRelation", String.class);
    this.structure = handle("makeGrammaticalStructure", List.class, TreeGraphNode.class);
    int n = names.size();
    this.transitions = names.toArray(new String[0]);
    this.kind = new byte[n];
    this.rootLabel = new boolean[n];
    for (int t = 0; t < n; t++) {
      String name = transitions[t];
      kind[t] = name.startsWith("L") ? LEFT : name.startsWith("R") ? RIGHT : SHIFT;
      if (kind[t] != SHIFT) {
        rootLabel[t] = name.substring(2, name.length() - 1).equals(root);
      }
    }
    this.loadSeconds = (System.nanoTime() - t0) / 1e9;
  }

  /**
   * Loads CoreNLP's default English model and prepares our network for it, with the double rows that CoreNLP
   * itself would pre-compute under {@code reference} (its {@code numPreComputed}), so that every score is CoreNLP's.
   */
  static TransitionParser load(Properties reference) {
    int exactRows = new Config(reference).numPreComputed;
    Properties p = (Properties) reference.clone();
    p.setProperty("numPreComputed", "0");
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, p);
    try {
      return new TransitionParser(parser, exactRows, MAX_ROUNDED_ROWS);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("this CoreNLP's dependency parser is not the one TransitionParser reads", e);
    }
  }

  /** Seconds spent preparing the network after CoreNLP loaded the model. */
  double prepareSeconds() {
    return loadSeconds;
  }

  /** Float product rows kept so far. */
  int roundedRowsKept() {
    return network.roundedRowsKept();
  }

  /**
   * Parses one tagged sentence. Stops with {@link RuntimeInterruptedException} when the thread is interrupted, as
   * CoreNLP's parser does.
   */
  GrammaticalStructure parse(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    ParserNetwork.Workspace w = network.workspace();
    double[] scores = w.scores();
    while (!(c.getStackSize() == 1 && c.getBufferSize() == 0)) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      int stack = c.getStackSize();
      int buffer = c.getBufferSize();
      int s0 = c.getStack(0);
      int s1 = c.getStack(1);
      int legal = 0;
      int only = -1;
      for (int t = 0; t < transitions.length; t++) {
        if (canApply(t, stack, buffer, s0, s1)) {
          legal++;
          only = t;
        }
      }
      int best;
      if (legal == 1) {
        best = only;
      } else if (legal == 0) {
        throw new IllegalStateException("no legal transition");
      } else {
        network.scores(features(c), w);
        best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < transitions.length; t++) {
          if (scores[t] > top && canApply(t, stack, buffer, s0, s1)) {
            top = scores[t];
            best = t;
          }
        }
        if (best < 0) {
          throw new IllegalStateException("no legal transition scored");
        }
      }
      system.apply(c, transitions[best]);
    }
    return structure(c, sentence.get(CoreAnnotations.TokensAnnotation.class));
  }

  /** {@code ArcStandard.canApply} on the transition's index instead of its name. */
  private boolean canApply(int t, int stack, int buffer, int s0, int s1) {
    if (kind[t] == SHIFT) {
      return buffer > 0;
    }
    int head = kind[t] == LEFT ? s0 : s1;
    if (head < 0 || (head == 0) != rootLabel[t]) {
      return false;
    }
    if (kind[t] == LEFT) {
      return stack > 2;
    }
    return singleRoot ? stack > 2 || (stack == 2 && buffer == 0) : stack >= 2;
  }

  private int[] features(Configuration c) {
    try {
      return (int[]) featureArray.invokeExact(parser, c);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** The parse as {@code DependencyParser.predict} returns it, built the same way from the same arcs. */
  private GrammaticalStructure structure(Configuration c, List<CoreLabel> tokens) {
    List<TypedDependency> deps = new ArrayList<>(tokens.size());
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    try {
      for (int i = 1; i <= tokens.size(); i++) {
        int head = c.getHead(i);
        IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
        IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
        GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT
            : (GrammaticalRelation) relation.invoke(parser, c.getLabel(i));
        deps.add(new TypedDependency(rel, governor, dependent));
      }
      return (GrammaticalStructure) structure.invoke(parser, deps, new TreeGraphNode(root));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static MethodHandle handle(String name, Class<?>... parameters) throws ReflectiveOperationException {
    Method m = DependencyParser.class.getDeclaredMethod(name, parameters);
    m.setAccessible(true);
    return MethodHandles.lookup().unreflect(m);
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
