package org.newsgraph.eval.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.app.service.AnalysisPipeline;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Event;
import org.newsgraph.core.Facet;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Stage;
import org.newsgraph.core.Token;
import org.newsgraph.eval.harness.Analyses;
import org.newsgraph.eval.kind.KindCorpus;
import org.newsgraph.extract.ExtractionStages;
import org.newsgraph.ingest.Sources;

/**
 * {@code newsgraph eval uncoded}: the standard analysis over the BBC sections that are not politics (business, sport,
 * tech, entertainment) and over Reuters-21578, counting the events coded in text that is not political news, by kind
 * of text and by trigger, with examples (issue 16: no event from sports results, product releases, offers or bond
 * yields). The kind of text is the corpus's own label, never the classifier's: the BBC section; for Reuters, a record
 * read by hand as politics ({@code reuters-kinds.tsv}) is left out, a record with TOPICS tags (all of Reuters' topics
 * are economic: earnings, acquisitions, commodities, currencies, rates) is business, and a record with none is
 * counted apart as unlabelled.
 */
public final class UncodedCheck {
  /** The kind of a Reuters record without TOPICS tags: counted apart, not as non-political. */
  public static final String UNLABELLED = "reuters unlabelled";
  private static final List<String> BBC_SECTIONS = List.of("business", "entertainment", "sport", "tech");
  private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern TOPICS = Pattern.compile("<TOPICS>(.*?)</TOPICS>", Pattern.DOTALL);

  /** One article with the corpus's label of its kind. */
  public record Doc(String name, String kind, Article article) {}

  /** One coded event in a text of a non-political kind. */
  public record Found(String doc, String kind, String type, String lemma, String trigger, String modality,
      double confidence, String actor, String recipient, String sentence) {}

  /** What a run found: articles read per kind, the events found, and the articles that could not be analysed. */
  public record Result(Map<String, Integer> articles, List<Found> events, List<String> skipped) {
    /** Events per key, most first, ties by key. */
    public Map<String, Integer> countBy(Function<Found, String> key, boolean labelledOnly) {
      Map<String, Integer> m = new TreeMap<>();
      for (Found f : events) {
        if (!labelledOnly || !f.kind().equals(UNLABELLED)) {
          m.merge(key.apply(f), 1, Integer::sum);
        }
      }
      Map<String, Integer> sorted = new LinkedHashMap<>();
      m.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).forEach(e -> sorted.put(e.getKey(),
          e.getValue()));
      return sorted;
    }
  }

  private final Function<Article, AnalyzedArticle> nlp;
  private final Stage rest;

  /** The analysis ingest runs, built from {@code config}, with the NLP output kept in {@code cache} (or null). */
  public UncodedCheck(NewsgraphConfig config, Path cache) {
    Pipeline standard = ExtractionStages.after(AnalysisPipeline.nlp(config));
    Set<Facet> given = EnumSet.of(Facet.TEXT);
    given.addAll(standard.stages().get(0).provides());
    this.rest = Pipeline.of(given, standard.stages().subList(1, standard.stages().size()));
    this.nlp = Analyses.nlp(config, cache);
  }

  /**
   * The articles: up to {@code limit} from each BBC section other than politics (files in name order), then up to
   * {@code limit} Reuters records with a body (files and records in order) that are not labelled political.
   */
  public static List<Doc> documents(Path corpora, int limit) throws IOException {
    List<Doc> out = new ArrayList<>();
    for (String section : BBC_SECTIONS) {
      Path dir = corpora.resolve("bbc-news").resolve(section);
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException(dir + ": no such folder (the BBC corpus has one per section)");
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
      }
      for (Path f : files) {
        for (Article a : Sources.read(f).articles()) {
          out.add(new Doc("bbc-news/" + section + "/" + f.getFileName(), "bbc " + section, a));
        }
      }
    }
    Path reuters = corpora.resolve("reuters-21578");
    Map<String, String> political = politicalReuters();
    List<Path> sgm;
    try (Stream<Path> s = Files.list(reuters)) {
      sgm = s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    int n = 0;
    for (Path f : sgm) {
      Map<String, Boolean> tagged = topicTagged(f);
      for (Article a : Sources.read(f).articles()) {
        if (n >= limit) {
          return out;
        }
        String id = a.source().substring(a.source().lastIndexOf("#NEWID=") + "#NEWID=".length());
        String name = "reuters-21578/" + f.getFileName() + "#NEWID=" + id;
        if (political.containsKey(f.getFileName() + "#" + id)) {
          continue;
        }
        out.add(new Doc(name, tagged.getOrDefault(id, false) ? "reuters business" : UNLABELLED, a));
        n++;
      }
    }
    return out;
  }

  /** Analyses each document and keeps the events it codes; progress and skips go to {@code log}. */
  public Result run(List<Doc> docs, Consumer<String> log) {
    Map<String, Integer> articles = new TreeMap<>();
    List<Found> found = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int done = 0;
    for (Doc d : docs) {
      AnalyzedArticle a;
      try {
        a = rest.apply(nlp.apply(d.article()));
      } catch (RuntimeException e) {
        skipped.add(d.name() + ": " + e);
        log.accept("skipped " + d.name() + ": " + e);
        continue;
      }
      articles.merge(d.kind(), 1, Integer::sum);
      for (Event e : a.events()) {
        found.add(found(d, a, e));
      }
      if (++done % 250 == 0) {
        log.accept(done + " of " + docs.size() + " articles analysed, " + found.size() + " events so far");
      }
    }
    return new Result(articles, found, skipped);
  }

  private static Found found(Doc d, AnalyzedArticle a, Event e) {
    String text = a.text();
    Sentence s = a.sentences().get(e.sentence());
    String lemma = e.trigger().of(text).toLowerCase(Locale.ROOT);
    for (Token t : s.tokens()) {
      if (t.span().begin() == e.trigger().begin()) {
        lemma = t.lemma().toLowerCase(Locale.ROOT);
      }
    }
    return new Found(d.name(), d.kind(), e.type(), lemma, e.trigger().of(text),
        e.modality().name().toLowerCase(Locale.ROOT), e.confidence(), arguments(text, e.actors()),
        arguments(text, e.recipients()), s.span().of(text).replaceAll("\\s+", " "));
  }

  /** The participants' words, each with its linked entity ("Officials [country:VEN]"): a diff shows a change. */
  private static String arguments(String text, List<Event.Argument> args) {
    return String.join("; ", args.stream().map(x -> x.span().of(text)
        + (x.entityId() == null ? "" : " [" + x.entityId() + "]")).toList());
  }

  /** The Reuters records read by hand as political news, as "file#newid". */
  private static Map<String, String> politicalReuters() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = KindCorpus.class.getResourceAsStream(KindCorpus.REUTERS_LABELS)) {
      if (in == null) {
        throw new IllegalStateException(KindCorpus.REUTERS_LABELS + " not found next to " + KindCorpus.class);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] p = line.split("\t", -1);
        if (p.length >= 3 && p[2].strip().equals("politics")) {
          out.put(p[0] + "#" + p[1], p[2]);
        }
      }
    }
    return out;
  }

  /** For each NEWID of a Reuters file, whether the record carries any TOPICS tag. */
  static Map<String, Boolean> topicTagged(Path sgm) throws IOException {
    String all = Files.readString(sgm, StandardCharsets.ISO_8859_1);
    Map<String, Boolean> out = new HashMap<>();
    for (String record : all.split("<REUTERS ")) {
      Matcher id = NEWID.matcher(record);
      if (!id.find()) {
        continue;
      }
      Matcher t = TOPICS.matcher(record);
      out.put(id.group(1), t.find() && t.group(1).contains("<D>"));
    }
    return out;
  }
}
