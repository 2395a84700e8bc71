package org.newsgraph.extract.learn;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Trained models as files: gzipped UTF-8 text, sorted, numbers to five significant digits, so that the same training
 * writes the same bytes. A file holds named softmax models and named numbers, one per line:
 * <pre>
 * classes  SECTION  c1|c2|...
 * weight   SECTION  FEATURE  w1|w2|...
 * param    NAME     VALUE
 * </pre>
 * (tab-separated; feature names hold no tab or "|").
 */
public final class ModelFiles {
  private ModelFiles() {}

  /** What one file holds. */
  public record Contents(Map<String, Softmax> models, Map<String, Double> params) {
    public Contents {
      models = Map.copyOf(models);
      params = Map.copyOf(params);
    }

    /** A model by name, or an error naming what is missing. */
    public Softmax model(String name) {
      Softmax m = models.get(name);
      if (m == null) {
        throw new IllegalStateException("no model '" + name + "' in the file (it has " + models.keySet() + ")");
      }
      return m;
    }

    /** A number by name, or {@code otherwise}. */
    public double param(String name, double otherwise) {
      return params.getOrDefault(name, otherwise);
    }
  }

  /** {@code w} as the file keeps it. */
  public static double rounded(double w) {
    return Double.parseDouble(format(w));
  }

  public static String format(double w) {
    String s = String.format(Locale.ROOT, "%.5g", w);
    return Double.parseDouble(s) == 0 ? "0" : s;
  }

  /** Writes the gzipped file. */
  public static void write(Path file, Contents c) throws IOException {
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
        StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Softmax> m : new TreeMap<>(c.models()).entrySet()) {
        w.write("classes\t" + m.getKey() + "\t" + String.join("|", m.getValue().classes()) + "\n");
        for (Map.Entry<String, double[]> e : new TreeMap<>(m.getValue().weights()).entrySet()) {
          List<String> ws = new ArrayList<>();
          for (double x : e.getValue()) {
            ws.add(format(x));
          }
          w.write("weight\t" + m.getKey() + "\t" + e.getKey() + "\t" + String.join("|", ws) + "\n");
        }
      }
      for (Map.Entry<String, Double> p : new TreeMap<>(c.params()).entrySet()) {
        w.write("param\t" + p.getKey() + "\t" + format(p.getValue()) + "\n");
      }
    }
  }

  /** Reads a file written by {@link #write}. */
  public static Contents read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads a model shipped as a class-path resource next to {@code owner}; an error names it when it is missing. */
  public static Contents resource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " not found next to " + owner.getName());
      }
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read the model", e);
    }
  }

  private static Contents read(InputStream raw, String origin) throws IOException {
    Map<String, List<String>> classes = new LinkedHashMap<>();
    Map<String, Map<String, double[]>> weights = new LinkedHashMap<>();
    Map<String, Double> params = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      String[] p = line.split("\t", -1);
      try {
        switch (p[0]) {
          case "classes" -> classes.put(p[1], List.of(p[2].split("\\|")));
          case "weight" -> {
            String[] ws = p[3].split("\\|");
            double[] v = new double[ws.length];
            for (int i = 0; i < ws.length; i++) {
              v[i] = Double.parseDouble(ws[i]);
            }
            weights.computeIfAbsent(p[1], k -> new LinkedHashMap<>()).put(p[2], v);
          }
          case "param" -> params.put(p[1], Double.parseDouble(p[2]));
          default -> throw new IOException("unknown line kind '" + p[0] + "'");
        }
      } catch (RuntimeException e) {
        throw new IOException(origin + " line " + n + ": cannot read '" + line + "'", e);
      }
    }
    Map<String, Softmax> models = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> c : classes.entrySet()) {
      Map<String, double[]> w = weights.getOrDefault(c.getKey(), Map.of());
      for (Map.Entry<String, double[]> e : w.entrySet()) {
        if (e.getValue().length != c.getValue().size()) {
          throw new IOException(origin + ": feature '" + e.getKey() + "' of " + c.getKey() + " has "
              + e.getValue().length + " weights for " + c.getValue().size() + " classes");
        }
      }
      models.put(c.getKey(), new Softmax(c.getValue(), w));
    }
    return new Contents(models, params);
  }
}
