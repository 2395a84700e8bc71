package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.EntityType;
import org.newsgraph.testkit.ArticleBuilder;

class BulkSaveTest {
  @TempDir
  Path dir;

  private static final String[] PLACES = {"Kursk", "Seoul", "Kyiv", "Moscow", "Pyongyang", "Tokyo", "Beijing",
      "Washington", "Brussels", "Ankara"};
  private static final String[] WORDS = {"troops", "talks", "sanctions", "missile", "agency", "officials", "border",
      "minister", "report", "ceasefire", "shells", "drones", "summit", "election", "aid", "statement"};

  /** An article of about 2 KB with 10 sentences, 20 mentions and 10 dated expressions. */
  static AnalyzedArticle article(int n, Random random) {
    StringBuilder text = new StringBuilder("Article " + n + ". ");
    List<String> mentioned = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    for (int s = 0; s < 10; s++) {
      String a = PLACES[random.nextInt(PLACES.length)];
      String b = PLACES[random.nextInt(PLACES.length)];
      LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(500));
      text.append(a).append(" and ").append(b).append(" discussed");
      for (int w = 0; w < 20; w++) {
        text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
      }
      text.append(" on ").append(day).append(". ");
      mentioned.add(a);
      mentioned.add(b);
      dates.add(day.toString());
    }
    ArticleBuilder builder = ArticleBuilder.text(text.toString().strip())
        .source("bulk/" + n + ".txt")
        .headline("Bulk article " + n)
        .published(LocalDate.of(2025, 1, 1).plusDays(n % 365).toString());
    for (String place : PLACES) {
      if (mentioned.contains(place)) {
        builder.entity("place:" + place.toLowerCase(), EntityType.PLACE, place, place.toUpperCase());
      }
    }
    for (String m : mentioned) {
      builder.mention(m, "place:" + m.toLowerCase());
    }
    for (String d : dates) {
      LocalDate day = LocalDate.parse(d);
      builder.time(d, d, d, day.plusDays(1).toString());
    }
    return builder.build();
  }

  private void deleteIndex() {
    try (var files = java.nio.file.Files.walk(dir.resolve("index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void two_thousand_articles_are_saved_in_one_batch_with_the_appender() {
    int count = Integer.getInteger("newsgraph.bulk.articles", 2_000); // -Dnewsgraph.bulk.articles=20000 to measure
    Random random = new Random(42);
    List<AnalyzedArticle> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      batch.add(article(i, random));
    }
    long rows = batch.stream().mapToLong(a -> 1 + a.entities().size() + a.sentences().size() + a.mentions().size()
        + a.times().size() + 1).sum();
    long chars = batch.stream().mapToLong(a -> a.text().length()).sum();
    try (NewsStore store = NewsStore.open(dir)) {
      long[] committed = new long[1];
      store.afterDatabaseCommit = () -> committed[0] = System.nanoTime();
      long t0 = System.nanoTime();
      SaveResult r = store.save(batch, List.of(), "bulk");
      long t1 = System.nanoTime();
      assertEquals(count, r.stored().size());
      double s = (t1 - t0) / 1e9;
      double db = (committed[0] - t0) / 1e9;
      System.out.printf("saved %,d articles (%,d rows, %.1f MB of text) in %.2f s: %,.0f articles/s;"
          + " DuckDB transaction %.2f s (%,.0f rows/s), Lucene %.2f s%n", count, rows, chars / 1e6, s, count / s,
          db, rows / db, s - db);

      long t2 = System.nanoTime();
      SaveResult again = store.save(batch, List.of(), "bulk-again");
      System.out.printf("re-saving the same %,d (all duplicates) took %.2f s%n", count,
          (System.nanoTime() - t2) / 1e9);
      assertEquals(count, again.skippedDuplicates().size());

      assertEquals(count, store.articleCount());
      assertEquals(count, store.search("Article", 1).total());
      long ts = System.nanoTime();
      SearchResults found = store.search("Kursk AND ceasefire", 10);
      System.out.printf("search 'Kursk AND ceasefire': %,d hits, 10 highlighted, in %.3f s%n", found.total(),
          (System.nanoTime() - ts) / 1e9);
      long t3 = System.nanoTime();
      List<TimelineEntry> kursk = store.timeline("place:kursk", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1));
      System.out.printf("timeline of Kursk for June 2024: %d entries in %.3f s%n", kursk.size(),
          (System.nanoTime() - t3) / 1e9);
      long t4 = System.nanoTime();
      List<EntityRecord> top = store.topEntities(5);
      System.out.printf("top entities in %.3f s: %s%n", (System.nanoTime() - t4) / 1e9,
          top.stream().map(e -> e.entity().name() + " " + e.articleCount()).toList());
    }
    long t5 = System.nanoTime();
    try (NewsStore store = NewsStore.open(dir)) {
      System.out.printf("reopening (index already up to date) took %.2f s%n", (System.nanoTime() - t5) / 1e9);
    }
    deleteIndex();
    long t6 = System.nanoTime();
    try (NewsStore store = NewsStore.open(dir)) {
      System.out.printf("reopening with the index deleted (rebuilt from the tables) took %.2f s%n",
          (System.nanoTime() - t6) / 1e9);
      assertEquals(count, store.search("Article", 1).total());
    }
  }
}
