package org.newsgraph.eval.precision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Article;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.Sources;
import org.newsgraph.ingest.reuters.ReutersReader;

/**
 * Reads the documents of the labelled set from the corpora folder with the project's own readers, by the name the
 * gold gives them: a BBC file {@code bbc-news/politics/123.txt}, or one Reuters record
 * {@code reuters-21578/reut2-004.sgm#NEWID=4567}. A Reuters file is read once and its records kept, so that a run over
 * the set reads each of the 22 files at most once.
 */
public final class CorpusDocuments {
  /** The separator between a Reuters file and the record's NEWID in a document name. */
  static final String NEWID = "#NEWID=";

  private final Path corpora;
  private final Map<Path, Map<String, Article>> reutersFiles = new HashMap<>();

  /** @param corpora the folder holding {@code bbc-news} and {@code reuters-21578} */
  public CorpusDocuments(Path corpora) {
    this.corpora = corpora;
  }

  /** The folder the names are resolved against. */
  public Path corpora() {
    return corpora;
  }

  /** The article the reader makes of the named document; throws, naming the document, when it cannot. */
  public Article read(String doc) throws IOException {
    int hash = doc.indexOf(NEWID);
    if (hash < 0) {
      Path file = corpora.resolve(doc);
      requireFile(doc, file);
      ReadResult r = Sources.read(file);
      if (r.articles().size() != 1) {
        throw new IOException(doc + ": the reader found " + r.articles().size() + " articles, not one"
            + (r.problems().isEmpty() ? "" : " (" + r.problems().get(0).message() + ")"));
      }
      return r.articles().get(0);
    }
    Path file = corpora.resolve(doc.substring(0, hash));
    requireFile(doc, file);
    Article a = reuters(file).get(doc.substring(hash + NEWID.length()));
    if (a == null) {
      throw new IOException(doc + ": no Reuters record with a body has that NEWID");
    }
    return a;
  }

  /** The records with a body of one Reuters file, by NEWID, in file order. */
  Map<String, Article> reuters(Path file) {
    return reutersFiles.computeIfAbsent(file, f -> {
      Map<String, Article> byId = new LinkedHashMap<>();
      ReutersReader.read(f, new ArticleSink() {
        @Override
        public void article(Article a) {
          byId.put(a.source().substring(a.source().lastIndexOf(NEWID) + NEWID.length()), a);
        }

        @Override
        public void problem(ReadResult.Problem p) {
          // title-only records are not articles; they are simply not candidates
        }
      });
      return byId;
    });
  }

  private static void requireFile(String doc, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(doc + ": no such file " + file);
    }
  }

  /** SHA-256 of the text as the reader made it, in hex: the gold's offsets hold only for this text. */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  /** Document names of the records with a body in one Reuters file, in file order. */
  List<String> reutersNames(String file) {
    return reuters(corpora.resolve(file)).keySet().stream().map(id -> file + NEWID + id).toList();
  }
}
