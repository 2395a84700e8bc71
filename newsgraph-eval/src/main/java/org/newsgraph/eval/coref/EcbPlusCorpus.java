package org.newsgraph.eval.coref;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newsgraph.core.Article;
import org.newsgraph.core.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an ECB+ folder as its README describes it: {@code ECB+/<topic>/<topic>_<n>ecb[plus].xml} (or the topic
 * folders directly under the given folder), and the validated sentences of
 * {@code ECBplus_coreference_sentences*.csv} beside them. Whatever topics the folder holds are read; documents come
 * in file-name order, the stream the story evaluation feeds.
 */
public final class EcbPlusCorpus {
  private static final Pattern FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");

  private EcbPlusCorpus() {}

  /** The XML files under {@code dir}, in file-name order. */
  public static List<Path> files(Path dir) throws IOException {
    Path root = Files.isDirectory(dir.resolve("ECB+")) ? dir.resolve("ECB+") : dir;
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> FILE.matcher(p.getFileName().toString()).matches())
          .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
  }

  /** Topic → file stem ("10ecbplus") → validated sentence numbers, from the CSV in {@code dir} (empty if none). */
  public static Map<String, Set<Integer>> validated(Path dir) throws IOException {
    Map<String, Set<Integer>> out = new HashMap<>();
    List<Path> csvs;
    try (Stream<Path> s = Files.list(dir)) {
      csvs = s.filter(p -> p.getFileName().toString().startsWith("ECBplus_coreference_sentences")
          && p.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
    for (Path csv : csvs) {
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      for (int i = 1; i < lines.size(); i++) {
        String[] f = lines.get(i).split(",");
        if (f.length >= 3) {
          out.computeIfAbsent(f[0].strip() + "_" + f[1].strip() + ".xml", k -> new HashSet<>())
              .add(Integer.parseInt(f[2].strip()));
        }
      }
    }
    return out;
  }

  /** Reads one document; {@code validated} as {@link #validated} gives it. */
  public static EcbDocument read(Path file, Map<String, Set<Integer>> validated) throws IOException {
    String name = file.getFileName().toString();
    Matcher fm = FILE.matcher(name);
    if (!fm.matches()) {
      throw new IOException(name + ": not an ECB+ file name (<topic>_<n>ecb[plus].xml)");
    }
    Document doc = parse(file);
    TreeMap<Integer, List<Element>> bySentence = new TreeMap<>();
    NodeList toks = doc.getElementsByTagName("token");
    for (int i = 0; i < toks.getLength(); i++) {
      Element t = (Element) toks.item(i);
      bySentence.computeIfAbsent(Integer.parseInt(t.getAttribute("sentence")), k -> new ArrayList<>()).add(t);
    }
    if (!bySentence.isEmpty() && bySentence.firstKey() == 0 && name.endsWith("ecbplus.xml")) {
      List<Element> first = bySentence.get(0);
      if (!first.isEmpty() && first.get(0).getTextContent().strip().toLowerCase().startsWith("http")) {
        bySentence.remove(0);
      }
    }
    StringBuilder text = new StringBuilder();
    Map<Integer, Span> spans = new HashMap<>();
    Map<Integer, Integer> sentenceOf = new HashMap<>();
    for (Map.Entry<Integer, List<Element>> s : bySentence.entrySet()) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      boolean firstToken = true;
      for (Element t : s.getValue()) {
        String w = t.getTextContent().strip().replaceAll("\\s+", "_");
        if (w.isEmpty()) {
          continue;
        }
        if (!firstToken) {
          text.append(' ');
        }
        firstToken = false;
        int id = Integer.parseInt(t.getAttribute("t_id"));
        spans.put(id, new Span(text.length(), text.length() + w.length()));
        sentenceOf.put(id, s.getKey());
        text.append(w);
      }
    }
    // the first sentence is the title, as the first line of a plain article is (the BBC corpus layout)
    Article plain = Article.ofText(name, text.toString(), null);
    String title = bySentence.isEmpty() ? null : text.substring(0, Math.max(0, text.indexOf("\n\n") < 0
        ? text.length() : text.indexOf("\n\n")));
    Article article = new Article(plain.id(), name, null, title, null, null, null, null, List.of(), List.of(),
        plain.paragraphs(), "en", plain.text());
    String topic = fm.group(1);
    return new EcbDocument(name, Integer.parseInt(topic), topic + fm.group(3), article, spans, sentenceOf,
        validated.getOrDefault(name, Set.of()), events(doc, name));
  }

  private static Document parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** The event markables with anchors, each with its cluster (cross-document note, within-document chain, or own). */
  private static List<EcbDocument.GoldMention> events(Document doc, String name) {
    Map<String, List<Integer>> anchors = new LinkedHashMap<>();
    Map<String, String> tags = new HashMap<>();
    NodeList markables = doc.getElementsByTagName("Markables");
    if (markables.getLength() > 0) {
      NodeList kids = markables.item(0).getChildNodes();
      for (int i = 0; i < kids.getLength(); i++) {
        Node n = kids.item(i);
        if (!(n instanceof Element e) || !isEvent(e.getTagName())) {
          continue;
        }
        List<Integer> ids = new ArrayList<>();
        NodeList a = e.getElementsByTagName("token_anchor");
        for (int j = 0; j < a.getLength(); j++) {
          ids.add(Integer.parseInt(((Element) a.item(j)).getAttribute("t_id")));
        }
        if (!ids.isEmpty()) {
          ids.sort(Integer::compare);
          anchors.put(e.getAttribute("m_id"), ids);
          tags.put(e.getAttribute("m_id"), e.getTagName());
        }
      }
    }
    Map<String, String> cluster = new HashMap<>();
    clusters(doc, "INTRA_DOC_COREF", cluster, r -> "intra:" + name + ":" + r.getAttribute("r_id"));
    clusters(doc, "CROSS_DOC_COREF", cluster, r -> r.getAttribute("note"));
    List<EcbDocument.GoldMention> out = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> m : anchors.entrySet()) {
      String c = cluster.getOrDefault(m.getKey(), "single:" + name + ":" + m.getKey());
      out.add(new EcbDocument.GoldMention(m.getValue(), tags.get(m.getKey()), c));
    }
    out.sort(Comparator.comparing(g -> g.tokens().get(0)));
    return out;
  }

  private static void clusters(Document doc, String relation, Map<String, String> out,
      java.util.function.Function<Element, String> id) {
    NodeList rel = doc.getElementsByTagName(relation);
    for (int i = 0; i < rel.getLength(); i++) {
      Element r = (Element) rel.item(i);
      NodeList sources = r.getElementsByTagName("source");
      for (int j = 0; j < sources.getLength(); j++) {
        out.put(((Element) sources.item(j)).getAttribute("m_id"), id.apply(r));
      }
    }
  }

  private static boolean isEvent(String tag) {
    return tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_");
  }
}
