package org.newsgraph.extract.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.extract.claims.model.LinearChainTagger;
import org.newsgraph.extract.claims.model.ModelParts;

/**
 * The two taggers of the {@link AttributionTagger} (cue spans; source and content of each cue), trained on PolNeAR's
 * train split by {@link AttributionTaggerTrainer}. The file is gzipped text, one {@code part<TAB>key<TAB>weights}
 * line per feature (part {@code cue} or {@code role}; a weight per label), sorted, so the same training writes the
 * same bytes. Not shipped: the standard stage uses the rules and the {@link AttributionModel}; this is read from a
 * file made by {@code newsgraph train attribution --tagger}.
 */
public final class TaggerModel {
  private static final String CUE = "cue";
  private static final String ROLE = "role";

  private final LinearChainTagger cue;
  private final LinearChainTagger role;

  TaggerModel(LinearChainTagger cue, LinearChainTagger role) {
    this.cue = cue;
    this.role = role;
  }

  AttributionTagger tagger() {
    return new AttributionTagger(cue, role);
  }

  /** Number of features with weights, in both taggers. */
  public int size() {
    return cue.features() + role.features();
  }

  /** Reads a gzipped model file. */
  public static TaggerModel read(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return read(in);
    }
  }

  /** Reads {@code part<TAB>key<TAB>weights} lines (uncompressed). */
  static TaggerModel read(InputStream in) throws IOException {
    Map<String, List<String>> parts = ModelParts.read(in, List.of(CUE, ROLE));
    List<String> cueLines = parts.get(CUE);
    List<String> roleLines = parts.get(ROLE);
    try {
      return new TaggerModel(LinearChainTagger.read(cueLines), LinearChainTagger.read(roleLines));
    } catch (IllegalArgumentException e) {
      throw new IOException("not an attribution tagger model: " + e.getMessage(), e);
    }
  }

  /** Writes the gzipped model file. */
  public void write(Path file) throws IOException {
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
        StandardCharsets.UTF_8)) {
      write(w);
    }
  }

  void write(Writer out) throws IOException {
    cue.write(out, CUE);
    role.write(out, ROLE);
  }
}
