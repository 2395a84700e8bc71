package org.newsgraph.eval.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.MiniJson;
import org.newsgraph.extract.events.EventCandidate;
import org.newsgraph.extract.events.EventSenseTrainer;
import org.newsgraph.extract.events.EventStage;
import org.newsgraph.extract.events.export.PloverCoding;

/**
 * PLOVER gold records as training examples for the event-sense model: in each record, a candidate whose trigger is
 * one of the gold event's words is right when its type, in PLOVER's coding, is the gold type, and wrong otherwise;
 * other candidates are not judged (a record codes one event, others may be real too). Keys are
 * {@code plover:ID}, so that a cross-validation by record keeps each record's examples together.
 */
public final class PloverSamples {
  private PloverSamples() {}

  /** One gold record: its id, text, event type and the words the coders marked as the event. */
  public record Record(String id, String text, String type, Set<String> eventWords) {}

  /** The records of a PLOVER gold file (JSON lines). */
  public static List<Record> records(Path gold) throws IOException {
    List<Record> out = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      if (!(MiniJson.parse(line) instanceof Map<?, ?> r) || !(r.get("id") instanceof String id)
          || !(r.get("text") instanceof String text) || !(r.get("event") instanceof String type)) {
        throw new IllegalArgumentException(gold + ": a PLOVER record needs \"id\", \"text\" and \"event\"");
      }
      String words = r.get("event_text") instanceof String w ? w : "";
      out.add(new Record(id, text, type, Set.copyOf(List.of(words.toLowerCase(Locale.ROOT).split("[^a-z]+")))));
    }
    return out;
  }

  /** The record as the evaluation reads it: a one-paragraph article dated as the gold set is. */
  public static Article article(Record r) {
    return EventEvaluation.article(r.id(), r.text(), PloverGoldEvaluation.GSR_DATE);
  }

  /** The key of a record's examples. */
  public static String key(String id) {
    return EventSenseTrainer.GOLD_PREFIX + id;
  }

  /** The judged samples of {@code records}, analysed by {@code analysis}; failures go to {@code log}. */
  public static List<EventSenseTrainer.Sample> samples(List<Record> records,
      Function<Article, AnalyzedArticle> analysis, Consumer<String> log) {
    EventStage stage = EventStage.untrained();
    List<EventSenseTrainer.Sample> out = new ArrayList<>();
    for (Record r : records) {
      AnalyzedArticle a;
      try {
        a = analysis.apply(article(r));
      } catch (RuntimeException e) {
        log.accept("skipped " + r.id() + ": " + e.getMessage());
        continue;
      }
      out.add(new EventSenseTrainer.Sample(key(r.id()), a, judgements(r, a, stage)));
    }
    return out;
  }

  static List<EventSenseTrainer.Judgement> judgements(Record r, AnalyzedArticle a, EventStage stage) {
    List<EventSenseTrainer.Judgement> out = new ArrayList<>();
    for (EventCandidate c : stage.candidates(a)) {
      if (c.dropped() != null) {
        continue;
      }
      String word = c.event().trigger().of(a.text()).toLowerCase(Locale.ROOT);
      if (r.eventWords().contains(word)) {
        out.add(new EventSenseTrainer.Judgement(c.event().trigger().begin(), c.event().type(),
            PloverCoding.type(c.event()).equals(r.type())));
      }
    }
    return out;
  }
}
