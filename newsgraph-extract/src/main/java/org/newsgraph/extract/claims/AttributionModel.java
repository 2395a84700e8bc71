package org.newsgraph.extract.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The attribution stage's trained parts in one file: the {@link CueModel} (which verbs are cues) and the
 * {@link ContentBoundaries} (where content spans start and end), both linear models over string features trained on
 * PolNeAR's train split by {@link AttributionModelTrainer}. The file is gzipped text, one
 * {@code part<TAB>feature<TAB>weight} line per weight, sorted, so the same training writes the same bytes. The
 * shipped file is {@value #RESOURCE}; without it the rules' word list decides cues and content keeps the rules' spans.
 */
public final class AttributionModel {
  static final String RESOURCE = "/org/newsgraph/extract/claims/attribution-model.tsv.gz";

  private final CueModel cue;
  private final ContentBoundaries content;

  AttributionModel(CueModel cue, ContentBoundaries content) {
    this.cue = cue;
    this.content = content;
  }

  CueModel cue() {
    return cue;
  }

  ContentBoundaries content() {
    return content;
  }

  /** Number of weights in all parts. */
  public int size() {
    return cue.size() + content.startWeights().size() + content.endWeights().size();
  }

  /** The model shipped in the jar, read once. */
  static AttributionModel shipped() {
    return Holder.SHIPPED;
  }

  private static final class Holder {
    static final AttributionModel SHIPPED = load();
  }

  private static AttributionModel load() {
    try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
      return in == null ? new AttributionModel(new CueModel(Map.of()), ContentBoundaries.empty())
          : read(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": cannot read the attribution model", e);
    }
  }

  /** Reads a model file written by {@link #write(Path)}. */
  public static AttributionModel read(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return read(in);
    }
  }

  /** Reads {@code part<TAB>feature<TAB>weight} lines (uncompressed). */
  static AttributionModel read(InputStream in) throws IOException {
    Map<String, Map<String, Double>> parts = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      int first = line.indexOf('\t');
      int last = line.lastIndexOf('\t');
      if (first <= 0 || last <= first) {
        throw new IOException("line " + n + ": expected part<TAB>feature<TAB>weight");
      }
      try {
        parts.computeIfAbsent(line.substring(0, first), k -> new HashMap<>())
            .put(line.substring(first + 1, last), Double.parseDouble(line.substring(last + 1)));
      } catch (NumberFormatException e) {
        throw new IOException("line " + n + ": not a weight: " + line.substring(last + 1), e);
      }
    }
    return new AttributionModel(new CueModel(parts.getOrDefault("cue", Map.of())),
        new ContentBoundaries(parts.getOrDefault("start", Map.of()), parts.getOrDefault("end", Map.of())));
  }

  /** Writes the gzipped model file. */
  public void write(Path file) throws IOException {
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
        StandardCharsets.UTF_8)) {
      write(w);
    }
  }

  void write(Writer out) throws IOException {
    write(out, "cue", cue.weights());
    write(out, "end", content.endWeights());
    write(out, "start", content.startWeights());
  }

  private static void write(Writer out, String part, Map<String, Double> weights) throws IOException {
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      out.write(part + "\t" + e.getKey() + "\t" + format(e.getValue()) + "\n");
    }
  }

  private static String format(double w) {
    return String.format(Locale.ROOT, "%.5g", w);
  }

  /** {@code w} as the file keeps it (five significant digits). */
  static double rounded(double w) {
    return Double.parseDouble(format(w));
  }
}
