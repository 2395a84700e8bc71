package org.newsgraph.eval.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.ingest.reuters.ReutersReader;

/**
 * Unlabelled news as tokenised sentences, for learning word clusters: a folder of Reuters-21578 SGML files (titles
 * and bodies), or a folder of plain-text articles (UTF-8, Latin-1 where that fails; BBC News: every {@code *.txt} below it but READMEs). Tokens are
 * cut roughly as CoNLL-2003 cuts them ("U.S.", "1,000", "Clinton" "'s", punctuation alone); a sentence ends at
 * ".", "?" or "!" before a capitalised token, and at a paragraph's end.
 */
public final class UnlabelledText {
  private static final Pattern TOKEN = Pattern.compile(
      "(?:\\p{L}\\.){2,}|\\p{L}+(?:[-&]\\p{L}+)*|\\d+(?:[.,:/]\\d+)*|n't|'s|\\S");
  private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n|\\n {3,}");

  private UnlabelledText() {}

  /** The sentences of every file in the folders, folder by folder, files in name order. */
  public static List<List<String>> read(List<Path> folders) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new IllegalArgumentException(folder + ": not a folder");
      }
      List<Path> sgm = files(folder, ".sgm");
      if (!sgm.isEmpty()) {
        for (Path f : sgm) {
          ReutersReader.docs(f, d -> {
            if (d.title() != null) {
              sentences(d.title(), out);
            }
            if (d.body() != null) {
              sentences(d.body().replaceFirst("\\s*Reuter\\s*$", ""), out);
            }
          });
        }
      } else {
        for (Path f : files(folder, ".txt")) {
          if (!f.getFileName().toString().startsWith("README")) {
            sentences(decode(Files.readAllBytes(f)), out);
          }
        }
      }
    }
    return out;
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1); // BBC's sport/199.txt has a raw Latin-1 pound sign
    }
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** Adds the sentences of a text. */
  static void sentences(String text, List<List<String>> out) {
    for (String paragraph : PARAGRAPH.split(text)) {
      List<String> tokens = new ArrayList<>();
      Matcher m = TOKEN.matcher(paragraph);
      while (m.find()) {
        tokens.add(m.group());
      }
      int start = 0;
      for (int i = 0; i < tokens.size(); i++) {
        String t = tokens.get(i);
        boolean end = i + 1 == tokens.size() || (t.equals(".") || t.equals("?") || t.equals("!"))
            && Character.isUpperCase(tokens.get(i + 1).codePointAt(0));
        if (end) {
          out.add(List.copyOf(tokens.subList(start, i + 1)));
          start = i + 1;
        }
      }
    }
  }
}
