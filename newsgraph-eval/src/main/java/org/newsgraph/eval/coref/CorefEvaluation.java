package org.newsgraph.eval.coref;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Event;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.core.Span;
import org.newsgraph.eval.harness.GoldEntry;
import org.newsgraph.eval.harness.GoldItem;
import org.newsgraph.eval.harness.Harness;
import org.newsgraph.eval.harness.RunStats;
import org.newsgraph.eval.harness.SystemUnderTest;
import org.newsgraph.stories.CrossDocumentLinker;
import org.newsgraph.stories.events.EventLink;
import org.newsgraph.stories.events.EventMention;
import org.newsgraph.stories.events.EventMentions;

/**
 * {@code newsgraph eval coref}: cross-document event coreference on ECB+ with the event linker of the store. Every
 * document of the folder, in file-name order, is analysed, placed in a story by the story clusterer (predicted
 * stories, not gold topics), and its gold event mentions (ACTION_* and NEG_ACTION_* markables of the validated
 * sentences) are linked within that story. Scored over all documents at once, singletons kept: MUC, B3, CEAF-e and
 * their mean (CoNLL F1). A second pass links our own event mentions instead and gives their mention F1 (exact token
 * sets) beside the CoNLL F1 they reach. A reference row: one cluster per trigger stem within each predicted story.
 */
public final class CorefEvaluation {
  private final Function<Article, AnalyzedArticle> analysis;
  private final NewsgraphConfig.Stories settings;

  public CorefEvaluation(Function<Article, AnalyzedArticle> analysis, NewsgraphConfig.Stories settings) {
    this.analysis = analysis;
    this.settings = settings;
  }

  /**
   * The figures.
   *
   * @param documents     documents scored
   * @param goldMentions  gold event mentions scored
   * @param goldClusters  their clusters
   * @param gold          our linker on the gold mentions
   * @param stemBaseline  one cluster per trigger stem within each predicted story
   * @param own           our linker on our own event mentions
   * @param ownMentions   our event mentions in the validated sentences
   * @param mentionF1     of our mentions against the gold ones (exact token sets)
   * @param stats         timing and skipped documents
   */
  public record Report(int documents, int goldMentions, int goldClusters, CorefScores.Report gold,
      CorefScores.Report stemBaseline, CorefScores.Report own, int ownMentions, CorefScores.Prf mentionF1,
      RunStats stats) {}

  private record Done(EcbDocument doc, AnalyzedArticle analysis, List<EventLink> links, String story) {}

  public Report run(List<Path> files, Map<String, Set<Integer>> validated, Path out, Consumer<String> log)
      throws IOException {
    CrossDocumentLinker linker = new CrossDocumentLinker(settings);
    List<GoldEntry<EcbDocument, EcbDocument>> entries = GoldEntry.files(files, (name, f) -> {
      EcbDocument d = EcbPlusCorpus.read(f, validated);
      return new GoldItem<>(name, d, d);
    });
    record Prepared(EcbDocument doc, AnalyzedArticle a) {}
    List<Done> done = new ArrayList<>();
    SystemUnderTest<EcbDocument, Prepared, Done> system = new SystemUnderTest<>("event linker",
        d -> new Prepared(d, analysis.apply(d.article())), p -> {
          CrossDocumentLinker.Linked l = linker.link(p.a(), goldMentions(p.doc(), p.a()));
          return new Done(p.doc(), p.a(), l.events(), l.assignment().storyId());
        });
    RunStats stats = Harness.run(entries, system, (item, d) -> done.add(d), log);

    Map<String, String> key = new LinkedHashMap<>();
    Map<String, String> response = new LinkedHashMap<>();
    Map<String, String> stem = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    for (Done d : done) {
      List<EcbDocument.GoldMention> scored = scored(d.doc());
      for (int i = 0; i < scored.size(); i++) {
        EcbDocument.GoldMention g = scored.get(i);
        String k = mentionKey(d.doc().name(), g.tokens());
        key.put(k, g.cluster());
        EventLink link = d.links().get(i);
        response.put(k, link.instanceId());
        List<String> stems = EventMentions.stems(words(d.doc(), d.analysis(), g.tokens()));
        stem.put(k, d.story() + "|" + (stems.isEmpty() ? "" : stems.get(0)));
        lines.add("{\"doc\":\"" + d.doc().name() + "\",\"tokens\":" + g.tokens() + ",\"cluster\":\""
            + link.instanceId() + "\"}");
      }
    }
    write(out, lines);

    // our own event mentions, linked by a fresh linker over the same analyses in the same order
    CrossDocumentLinker own = new CrossDocumentLinker(settings);
    Map<String, String> ownResponse = new LinkedHashMap<>();
    for (Done d : done) {
      CrossDocumentLinker.Linked l = own.link(d.analysis());
      Map<String, Event> byId = d.analysis().events().stream().collect(Collectors.toMap(Event::id, e -> e));
      for (EventLink link : l.events()) {
        Event e = byId.get(link.mentionId());
        List<Integer> tokens = tokensOf(d.doc(), e.trigger());
        if (!tokens.isEmpty() && d.doc().validated().contains(d.doc().sentences().get(tokens.get(0)))) {
          ownResponse.put(mentionKey(d.doc().name(), tokens), link.instanceId());
        }
      }
    }
    Set<String> hit = new HashSet<>(ownResponse.keySet());
    hit.retainAll(key.keySet());
    CorefScores.Prf mentions = CorefScores.Prf.of(ownResponse.isEmpty() ? 0 : (double) hit.size() / ownResponse.size(),
        key.isEmpty() ? 0 : (double) hit.size() / key.size());
    return new Report(done.size(), key.size(), (int) key.values().stream().distinct().count(),
        CorefScores.score(key, response), CorefScores.score(key, stem), CorefScores.score(key, ownResponse),
        ownResponse.size(), mentions, stats);
  }

  /** The gold mentions of the validated sentences, in text order. */
  static List<EcbDocument.GoldMention> scored(EcbDocument d) {
    return d.events().stream().filter(d::scored).filter(g -> d.tokens().containsKey(g.tokens().get(0))).toList();
  }

  static List<EventMention> goldMentions(EcbDocument d, AnalyzedArticle a) {
    List<EventMention> out = new ArrayList<>();
    for (EcbDocument.GoldMention g : scored(d)) {
      Span first = d.tokens().get(g.tokens().get(0));
      Span last = first;
      for (int t : g.tokens()) {
        Span s = d.tokens().get(t);
        if (s != null && s.end() > last.end()) {
          last = s;
        }
      }
      out.add(EventMentions.at(a, "m" + g.tokens().get(0), new Span(first.begin(), last.end())));
    }
    return out;
  }

  private static String words(EcbDocument d, AnalyzedArticle a, List<Integer> tokens) {
    StringBuilder sb = new StringBuilder();
    for (int t : tokens) {
      Span s = d.tokens().get(t);
      if (s != null) {
        sb.append(sb.length() == 0 ? "" : " ").append(s.of(a.text()));
      }
    }
    return sb.toString();
  }

  /** The ECB+ tokens a span of our text covers, in order. */
  private static List<Integer> tokensOf(EcbDocument d, Span span) {
    List<Integer> out = new ArrayList<>();
    for (Map.Entry<Integer, Span> t : d.tokens().entrySet()) {
      if (t.getValue().overlaps(span)) {
        out.add(t.getKey());
      }
    }
    out.sort(Integer::compare);
    return out;
  }

  static String mentionKey(String doc, List<Integer> tokens) {
    return doc + ":" + tokens;
  }

  private static void write(Path out, List<String> lines) throws IOException {
    if (out == null) {
      return;
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String l : lines) {
        w.write(l);
        w.write('\n');
      }
    }
  }
}
