package org.newsgraph.eval.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where an analysis spends its time, from a Java Flight Recorder file ({@code jdk.ExecutionSample} events): each
 * sample of the analysing threads is charged to the innermost part of the analysis on its stack (a CoreNLP
 * annotator, the dependency parser's network or its graph, an extract package); model loading and reading are
 * charged apart. Record with {@code -XX:FlightRecorderOptions:stackdepth=512} so that deep stacks keep their part.
 */
public final class AnalysisProfile {
  /** Load and setup: not part of the per-article cost. */
  public static final String LOAD = "load / setup / reading";
  private static final Pattern LOADING = Pattern.compile("Annotator\\.<init>|StanfordCoreNLP\\.<init>|ClassLoader"
      + "|readObject|AnalysisBenchmark\\.sample|CoreNlpModels\\.load|Sources\\.read|PlaceGazetteer");
  private static final Pattern ANNOTATOR = Pattern.compile("edu\\.stanford\\.nlp\\.pipeline\\.(\\w+Annotator)\\.");
  private static final Pattern EXTRACT = Pattern.compile("org\\.newsgraph\\.extract\\.(\\w+)\\.");

  private AnalysisProfile() {}

  /** The part a sample belongs to, from its frames innermost first ("class.method"). */
  public static String part(List<String> frames) {
    for (int i = 0; i < frames.size(); i++) {
      String f = frames.get(i);
      if (LOADING.matcher(f).find()) {
        return LOAD;
      }
      boolean network = frames.subList(0, i).stream().anyMatch(x -> x.contains(".parser.nndep."));
      if (f.startsWith("org.newsgraph.nlp.BasicDependencies.parse")) {
        List<String> inner = frames.subList(0, i);
        if (inner.stream().anyMatch(x -> x.startsWith("org.newsgraph.nlp.ParserNetwork")
            || x.startsWith("edu.stanford.nlp.parser.nndep.Classifier"))) {
          return "parser: neural network";
        }
        if (inner.stream().anyMatch(x -> x.contains(".parser.nndep.") || x.contains("nlp.TransitionParser"))) {
          return "parser: transitions and features";
        }
        return "parser: basic graph";
      }
      Matcher a = ANNOTATOR.matcher(f);
      if (a.lookingAt()) {
        String name = a.group(1);
        if (name.equals("DependencyParseAnnotator")) {
          return network ? "parser: neural network" : "depparse annotator: graphs (basic to enhanced++)";
        }
        return "corenlp " + name;
      }
      Matcher e = EXTRACT.matcher(f);
      if (e.lookingAt()) {
        return "extract." + e.group(1);
      }
      if (f.startsWith("org.newsgraph.nlp.CoreNlpStage")) {
        return "nlp: records and bounds";
      }
    }
    return "other";
  }

  /** Samples per part, most first, over the threads whose name starts with {@code thread} (all if empty). */
  public static Map<String, Integer> read(Path jfr, String thread) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (RecordedEvent ev : RecordingFile.readAllEvents(jfr)) {
      if (!ev.getEventType().getName().equals("jdk.ExecutionSample") || ev.getStackTrace() == null) {
        continue;
      }
      String name = ev.getThread("sampledThread") == null ? "" : ev.getThread("sampledThread").getJavaName();
      if (!thread.isEmpty() && (name == null || !name.startsWith(thread))) {
        continue;
      }
      List<String> frames = new ArrayList<>();
      for (RecordedFrame f : ev.getStackTrace().getFrames()) {
        frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
      }
      counts.merge(part(frames), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    Map<String, Integer> out = new LinkedHashMap<>();
    sorted.forEach(x -> out.put(x.getKey(), x.getValue()));
    return out;
  }
}
