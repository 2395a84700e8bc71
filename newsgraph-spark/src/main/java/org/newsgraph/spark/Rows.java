package org.newsgraph.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Claim;
import org.newsgraph.core.DocumentError;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Event;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;

/**
 * Our records to and from Spark rows shaped as {@link Tables}. The values are what the store's writer puts in its
 * tables for the same record, so importing the Parquet gives the rows that ingesting the same input gives.
 */
final class Rows {
  private Rows() {}

  static Row article(Article a, List<String> stageIds) {
    return RowFactory.create(a.id(), a.source(), a.outlet(), a.headline(), a.dateline(), a.agency(), a.published(),
        a.updated(), a.anchorDate(), a.language(), seq(a.bullets()), seq(a.captions()),
        seq(boxed(flatten(a.paragraphs()))), a.text(), seq(stageIds));
  }

  static Article article(Row r) {
    List<Integer> flat = r.getList(r.fieldIndex("paragraphs"));
    return new Article(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), date(r, 6), date(r, 7), strings(r, 10), strings(r, 11), spans(flat), r.getString(9),
        r.getString(13));
  }

  static Row read(long ordinal, Article a) {
    return RowFactory.create(ordinal, article(a, List.of()));
  }

  static String day(Article a) {
    LocalDate d = a.anchorDate();
    return d == null ? Tables.UNDATED : d.toString();
  }

  /**
   * The analysed article as one nested row (see {@link Tables#ANALYZED}), with the near-duplicate signature of its
   * text.
   */
  static Row analyzed(long ordinal, AnalyzedArticle a, int[] signature) {
    Article art = a.article();
    List<Row> articleEntities = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (Entity e : a.entities()) {
      if (listed.add(e.id())) {
        articleEntities.add(RowFactory.create(articleEntities.size(), e.id()));
      }
    }
    List<Row> sentences = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      sentences.add(RowFactory.create(s.index(), s.span().begin(), s.span().end()));
    }
    List<Row> mentions = new ArrayList<>();
    for (Mention m : a.mentions()) {
      mentions.add(RowFactory.create(mentions.size(), m.span().begin(), m.span().end(), m.entityId(),
          m.role().name(), m.confidence()));
    }
    List<Row> times = new ArrayList<>();
    for (TimeExpression t : a.times()) {
      times.add(RowFactory.create(times.size(), t.span().begin(), t.span().end(), t.type().name(), t.value(),
          t.mod(), t.begin(), t.end(), t.relative(), t.confidence()));
    }
    List<Row> claims = new ArrayList<>();
    for (Claim c : a.claims()) {
      claims.add(RowFactory.create(claims.size(), c.id(), begin(c.source()), end(c.source()), c.sourceEntityId(),
          c.cue().begin(), c.cue().end(), seq(boxed(flatten(c.content()))), c.kind().name(), begin(c.channel()),
          end(c.channel()), c.said(), c.saidFromText(), c.stance().name(), c.sentence(),
          seq(c.sourceCountries()), c.saidUntil(), c.confidence(), c.reportedBy()));
    }
    List<Row> events = new ArrayList<>();
    java.util.Map<Integer, Span> sentenceSpans = new java.util.HashMap<>();
    a.sentences().forEach(x -> sentenceSpans.put(x.index(), x.span()));
    for (Event e : a.events()) {
      Span loc = e.location() == null ? null : e.location().span();
      Span sentence = sentenceSpans.get(e.sentence());
      events.add(RowFactory.create(events.size(), e.id(), e.type(), e.mode(), e.trigger().begin(),
          e.trigger().end(), seq(boxed(flatten(e.actors().stream().map(Event.Argument::span).toList()))),
          seq(entityIds(e.actors())),
          seq(boxed(flatten(e.recipients().stream().map(Event.Argument::span).toList()))),
          seq(entityIds(e.recipients())), begin(loc), end(loc),
          e.location() == null ? null : e.location().entityId(), begin(e.time()), end(e.time()), e.begin(),
          e.end(), e.timeFromArticleDate(), e.modality().name(), e.claimId(), e.confidence(), e.sentence(),
          begin(sentence), end(sentence)));
    }
    List<Row> entities = new ArrayList<>();
    for (Entity e : a.entities()) {
      if (e.id() != null) {
        entities.add(entity(e));
      }
    }
    return RowFactory.create(ordinal, day(art), article(art, a.stageIds()), seq(articleEntities), seq(sentences),
        seq(mentions), seq(times), seq(claims), seq(events), seq(entities), null,
        seq(boxed(signature)));
  }

  /** A document that failed: only the error is set. */
  static Row failed(long ordinal, DocumentError e) {
    return RowFactory.create(ordinal, Tables.UNDATED, null, seq(List.of()), seq(List.of()), seq(List.of()),
        seq(List.of()), seq(List.of()), seq(List.of()), seq(List.of()), error(e), null);
  }

  static Row error(DocumentError e) {
    return RowFactory.create(e.source(), e.articleId(), e.stage(), e.message());
  }

  static Row entity(Entity e) {
    return RowFactory.create(e.id(), e.type().name(), e.name(), seq(e.aliases()), e.country());
  }

  static Entity entity(Row r) {
    return new Entity(r.getString(0), org.newsgraph.core.EntityType.valueOf(r.getString(1)), r.getString(2),
        strings(r, 3), r.getString(4));
  }

  /** Spark's external type for an array column is a Scala sequence. */
  static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  private static LocalDate date(Row r, int i) {
    return r.isNullAt(i) ? null : (LocalDate) r.get(i);
  }

  private static List<String> strings(Row r, int i) {
    if (r.isNullAt(i)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : r.getList(i)) {
      if (o != null) {
        out.add(o.toString());
      }
    }
    return out;
  }

  private static Integer begin(Span s) {
    return s == null ? null : s.begin();
  }

  private static Integer end(Span s) {
    return s == null ? null : s.end();
  }

  static int[] flatten(List<Span> spans) {
    int[] out = new int[spans.size() * 2];
    for (int i = 0; i < spans.size(); i++) {
      out[2 * i] = spans.get(i).begin();
      out[2 * i + 1] = spans.get(i).end();
    }
    return out;
  }

  static List<Integer> boxed(int[] values) {
    List<Integer> out = new ArrayList<>(values.length);
    for (int v : values) {
      out.add(v);
    }
    return out;
  }

  /** An array column of ints. */
  static int[] ints(Row r, int i) {
    List<Integer> list = r.getList(i);
    int[] out = new int[list.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = list.get(k);
    }
    return out;
  }

  private static List<Span> spans(List<Integer> flat) {
    List<Span> out = new ArrayList<>();
    if (flat == null) {
      return out;
    }
    for (int i = 0; i + 1 < flat.size(); i += 2) {
      out.add(new Span(flat.get(i), flat.get(i + 1)));
    }
    return out;
  }

  private static List<String> entityIds(List<Event.Argument> args) {
    return args.stream().map(a -> a.entityId() == null ? "" : a.entityId()).toList();
  }
}
