package org.newsgraph.eval.kind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.core.Article;
import org.newsgraph.extract.kind.ArticleKind;
import org.newsgraph.extract.kind.ArticleKindTrainer.Example;
import org.newsgraph.extract.learn.Folds;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.Sources;

/**
 * The labelled articles the article-kind model learns from, read by the same readers ingest uses: every article of
 * the BBC corpus, labelled by its section folder (business, entertainment, politics, sport, tech), and the
 * Reuters-21578 articles listed in {@code reuters-kinds.tsv} (political news read by hand; markets and business by
 * their TOPICS tags; see the README beside it). One fifth of the stories, chosen by a hash of the normalised
 * headline, is held out: never trained on, only measured.
 */
public final class KindCorpus {
  /** The bundled Reuters labels, next to this class. */
  public static final String REUTERS_LABELS = "reuters-kinds.tsv";
  private static final String HELD_OUT_SALT = "kind-held-out:";
  /** How the labelled precision set names the documents of each corpus. */
  private static final String BBC = "bbc-news/";
  private static final String REUTERS = "reuters-21578/";

  private KindCorpus() {}

  /** The labelled articles, split into the training part and the held-out part. */
  public record Split(List<Example> train, List<Example> heldOut) {}

  /** Reads both corpora; {@code labels} null means the bundled Reuters labels. Problems go to {@code log}. */
  public static Split read(Path bbc, Path reuters, Path labels, Consumer<String> log) throws IOException {
    return read(bbc, reuters, labels, Set.of(), log);
  }

  /**
   * Reads both corpora without the documents named in {@code excluded} ({@code bbc-news/politics/402.txt},
   * {@code reuters-21578/reut2-000.sgm#NEWID=375}: the labelled precision set, which must measure the model on text
   * it never saw), neither trained on nor held out.
   */
  public static Split read(Path bbc, Path reuters, Path labels, Set<String> excluded, Consumer<String> log)
      throws IOException {
    List<Example> all = new ArrayList<>();
    all.addAll(bbc(bbc, excluded, log));
    all.addAll(reuters(reuters, labels, excluded, log));
    List<Example> train = new ArrayList<>();
    List<Example> held = new ArrayList<>();
    for (Example e : all) {
      (heldOut(e.key()) ? held : train).add(e);
    }
    return new Split(train, held);
  }

  /** True for the stories held out of training. */
  public static boolean heldOut(String key) {
    return Folds.of(HELD_OUT_SALT + key, 5) == 0;
  }

  /** What keeps copies of one story together: its headline in lower-case letters, else its source. */
  public static String key(Article a) {
    String h = a.headline() == null ? "" : a.headline().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
    return h.isEmpty() ? a.source() : h;
  }

  private static List<Example> bbc(Path dir, Set<String> excluded, Consumer<String> log) {
    List<Example> out = new ArrayList<>();
    int left = 0;
    for (ArticleKind k : ArticleKind.values()) {
      Path section = dir.resolve(k == ArticleKind.POLITICS ? "politics" : k.key());
      if (!Files.isDirectory(section)) {
        throw new IllegalArgumentException(section + ": no such folder (the BBC corpus has one per section)");
      }
      ReadResult r = org.newsgraph.app.service.Articles.read(List.of(section));
      r.problems().forEach(p -> log.accept("skipped " + p.oneLine()));
      for (Article a : r.articles()) {
        String doc = BBC + section.getFileName() + "/" + Path.of(a.source()).getFileName();
        if (excluded.contains(doc)) {
          left++;
          continue;
        }
        out.add(new Example(key(a), a.headline(), a.text(), k));
      }
    }
    log.accept(left + " BBC articles of the labelled precision set left out");
    return out;
  }

  private static List<Example> reuters(Path dir, Path labels, Set<String> excluded, Consumer<String> log)
      throws IOException {
    Map<String, Map<String, ArticleKind>> byFile = new LinkedHashMap<>();
    try (InputStream in = labels == null ? KindCorpus.class.getResourceAsStream(REUTERS_LABELS)
        : Files.newInputStream(labels)) {
      if (in == null) {
        throw new IllegalStateException(REUTERS_LABELS + " not found next to " + KindCorpus.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = false;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!header) {
          header = true;
          continue;
        }
        String[] p = line.split("\t", -1);
        if (p.length < 3) {
          throw new IllegalArgumentException(REUTERS_LABELS + ": expected file, newid, kind in '" + line + "'");
        }
        byFile.computeIfAbsent(p[0], f -> new HashMap<>()).put(p[1], ArticleKind.of(p[2]));
      }
    }
    List<Example> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, ArticleKind>> f : byFile.entrySet()) {
      Path file = dir.resolve(f.getKey());
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(file + ": no such file (named in the Reuters labels)");
      }
      int found = 0;
      for (Article a : Sources.read(file).articles()) {
        String id = a.source().substring(a.source().lastIndexOf("#NEWID=") + "#NEWID=".length());
        ArticleKind k = f.getValue().get(id);
        if (k != null && excluded.contains(REUTERS + f.getKey() + "#NEWID=" + id)) {
          found++;
          log.accept("left out " + REUTERS + f.getKey() + "#NEWID=" + id + ": in the labelled precision set");
        } else if (k != null) {
          out.add(new Example(key(a), a.headline(), a.text(), k));
          found++;
        }
      }
      if (found != f.getValue().size()) {
        log.accept("skipped " + (f.getValue().size() - found) + " labelled articles of " + file + ": not read");
      }
    }
    return out;
  }
}
