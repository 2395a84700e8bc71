package org.newsgraph.ingest.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** The feeds of an OPML subscription list, as feed readers export it: every {@code outline}'s {@code xmlUrl}. */
public final class Opml {
  private static final long MAX_BYTES = 16L * 1024 * 1024;

  private Opml() {}

  /** The feed URLs of {@code file}, in order, each once; an empty list when it names none. */
  public static List<String> feeds(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      throw new IOException("too large for a subscription list (over 16 MiB)");
    }
    Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
    Set<String> urls = new LinkedHashSet<>();
    for (Element outline : doc.getElementsByTag("outline")) {
      for (Attribute a : outline.attributes()) {
        if (a.getKey().equalsIgnoreCase("xmlUrl") && !a.getValue().isBlank()) {
          urls.add(a.getValue().strip());
        }
      }
    }
    return new ArrayList<>(urls);
  }
}
