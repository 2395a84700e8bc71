package org.newsgraph.eval.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-2003 file: one token per line ({@code word POS chunk NE}, the tag last), a blank line between
 * sentences, {@code -DOCSTART-} lines between documents. A file without {@code -DOCSTART-} is one document.
 */
public final class ConllCorpus {
  private ConllCorpus() {}

  /** One token and its gold tag as written (IOB1, IOB2 or IOBES). */
  public record Token(String word, String tag) {}

  /** One document: its number in the file (from 1) and its sentences. */
  public record Document(int number, List<List<Token>> sentences) {
    public Document {
      sentences = List.copyOf(sentences);
    }

    public int tokens() {
      return sentences.stream().mapToInt(List::size).sum();
    }
  }

  public static List<Document> read(Path file) throws IOException {
    List<Document> docs = new ArrayList<>();
    List<List<Token>> sentences = new ArrayList<>();
    List<Token> sentence = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String s = line.strip();
        if (s.startsWith("-DOCSTART-")) {
          close(sentence, sentences);
          sentence = new ArrayList<>();
          if (!sentences.isEmpty()) {
            docs.add(new Document(docs.size() + 1, sentences));
          }
          sentences = new ArrayList<>();
          continue;
        }
        if (s.isEmpty()) {
          close(sentence, sentences);
          sentence = new ArrayList<>();
          continue;
        }
        String[] p = s.split("\\s+");
        if (p.length < 2) {
          throw new IOException(file.getFileName() + " line " + lineNo + ": expected a word and a tag");
        }
        sentence.add(new Token(p[0], p[p.length - 1]));
      }
    }
    close(sentence, sentences);
    if (!sentences.isEmpty()) {
      docs.add(new Document(docs.size() + 1, sentences));
    }
    if (docs.isEmpty()) {
      throw new IOException(file.getFileName() + ": no tokens");
    }
    return docs;
  }

  private static void close(List<Token> sentence, List<List<Token>> sentences) {
    if (!sentence.isEmpty()) {
      sentences.add(List.copyOf(sentence));
    }
  }
}
