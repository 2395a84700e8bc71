package org.newsgraph.core;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A pipeline run within the limits of the configuration ({@link NewsgraphConfig.Limits}), so that no input can hang
 * the run that reads it: what every runner (ingest, the server, the Spark job) analyses with.
 *
 * <ul>
 *   <li>A text over {@code limits.maxDocumentChars} is analysed up to the last paragraph break before the limit (else
 *       the last sentence end, else the last space); the article keeps its whole text, and a note says how much was
 *       analysed.</li>
 *   <li>Each stage runs with a deadline: {@code limits.stageSeconds}, and no later than {@code
 *       limits.documentSeconds} after the document began (or the caller's own deadline). A stage still running then
 *       is interrupted (CoreNLP and our stages stop at their next step: {@link Work}); the document keeps what the
 *       stages before it found, a note names the stage, and the stages after it run if what they need is there.</li>
 *   <li>A stage that fails (throws) fails the document, as in {@link Pipeline#apply}: the runner records it and
 *       goes on with the others.</li>
 * </ul>
 * Sentence limits (tokens per sentence, sentences per document) are the NLP stage's, which cuts before it parses.
 */
public final class BoundedAnalysis implements Stage {
  /** One thread for the whole JVM that interrupts stages past their deadline. */
  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  private final Pipeline pipeline;
  private final NewsgraphConfig.Limits limits;

  public BoundedAnalysis(Pipeline pipeline, NewsgraphConfig.Limits limits) {
    this.pipeline = pipeline;
    this.limits = limits;
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "newsgraph-deadlines");
      t.setDaemon(true);
      return t;
    });
    w.setRemoveOnCancelPolicy(true);
    return w;
  }

  /** The stages run, unbounded. */
  public Pipeline pipeline() {
    return pipeline;
  }

  public NewsgraphConfig.Limits limits() {
    return limits;
  }

  @Override
  public String id() {
    return pipeline.id();
  }

  @Override
  public Set<Facet> requires() {
    return pipeline.requires();
  }

  @Override
  public Set<Facet> provides() {
    return pipeline.provides();
  }

  @Override
  public void load() {
    pipeline.stages().forEach(Stage::load);
  }

  /** Analyses within the document's own time budget ({@code limits.documentSeconds}). */
  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    return apply(in, System.nanoTime() + nanos(limits.documentSeconds()));
  }

  /**
   * Analyses so that every stage ends by {@code deadline} ({@link System#nanoTime()} time) as well as within the
   * limits: the server passes its request's deadline, so that it answers with what is done by then.
   */
  public AnalyzedArticle apply(AnalyzedArticle in, long deadline) {
    Article whole = in.article();
    long documentEnd = Math.min(deadline, System.nanoTime() + nanos(limits.documentSeconds()));
    AnalyzedArticle value = in;
    int cut = cutAt(whole, limits.maxDocumentChars());
    if (cut < whole.text().length()) {
      value = new AnalyzedArticle(prefix(whole, cut), in.sentences(), in.entities(), in.mentions(), in.times(),
          in.claims(), in.events(), in.facets(), in.stageIds(), in.geography(), in.notes())
          .withNote(String.format(Locale.ROOT, "analysed the first %,d of %,d characters (limits.maxDocumentChars"
              + " = %,d); the rest of the text is kept but not analysed", cut, whole.text().length(),
              limits.maxDocumentChars()));
    }
    String stopped = null;
    for (Stage s : pipeline.stages()) {
      if (!value.facets().containsAll(s.requires())) {
        value = value.withNote(s.id() + " did not run: it needs what " + (stopped == null ? "an earlier stage"
            : stopped) + " did not finish");
        continue;
      }
      s.load();
      long now = System.nanoTime();
      long stageEnd = Math.min(documentEnd, now + nanos(limits.stageSeconds()));
      if (stageEnd <= now) {
        value = value.withNote(s.id() + " did not run: the document's time was up ("
            + seconds(limits.documentSeconds()) + ", limits.documentSeconds, or the request's deadline)");
        stopped = stopped == null ? s.id() : stopped;
        continue;
      }
      Deadline d = Deadline.at(Thread.currentThread(), stageEnd - now);
      try {
        value = s.apply(value);
      } catch (RuntimeException | StackOverflowError e) {
        if (!d.fired()) {
          d.close();
          throw e instanceof StageFailure f ? f : new StageFailure(s.id(), whole.source(), e);
        }
        stopped = stopped == null ? s.id() : stopped;
        value = value.withNote(String.format(Locale.ROOT, "%s was stopped after %s (%s): the article is kept with"
            + " what the stages before it found", s.id(), seconds((System.nanoTime() - now) / 1e9),
            stageEnd - now < nanos(limits.stageSeconds()) ? "the document's time was up" : "limits.stageSeconds"));
      } finally {
        d.close();
      }
    }
    return cut < whole.text().length() ? value.withArticle(whole) : value;
  }

  /**
   * Where the analysed part of {@code a} ends: its whole length when within {@code max}, else the end of the last
   * paragraph that ends by {@code max}, else the last sentence end or space before it, else {@code max} itself (never
   * inside a surrogate pair).
   */
  static int cutAt(Article a, int max) {
    String text = a.text();
    if (text.length() <= max) {
      return text.length();
    }
    int best = 0;
    for (Span p : a.paragraphs()) {
      if (p.end() <= max) {
        best = Math.max(best, p.end());
      }
    }
    if (best > max / 2) {
      return best;
    }
    int space = -1;
    for (int i = max - 1; i > max / 2; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) && ".!?\u3002".indexOf(text.charAt(i - 1)) >= 0) {
        return i;
      }
      if (space < 0 && Character.isWhitespace(c)) {
        space = i;
      }
    }
    if (space > 0) {
      return space;
    }
    return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
  }

  /** The article over its first {@code cut} characters: its paragraphs clipped there, the rest as it is. */
  private static Article prefix(Article a, int cut) {
    List<Span> paragraphs = a.paragraphs().stream().filter(p -> p.begin() < cut)
        .map(p -> p.end() <= cut ? p : new Span(p.begin(), cut)).toList();
    return new Article(a.id(), a.source(), a.outlet(), a.headline(), a.dateline(), a.agency(), a.published(),
        a.updated(), a.bullets(), a.captions(), paragraphs, a.language(), a.text().substring(0, cut));
  }

  private static long nanos(double seconds) {
    return (long) Math.min(Long.MAX_VALUE / 4, seconds * 1e9);
  }

  private static String seconds(double s) {
    return s >= 10 ? String.format(Locale.ROOT, "%.0f s", s) : String.format(Locale.ROOT, "%.1f s", s);
  }

  /**
   * Interrupts a thread when its time is up, unless closed first. Closing after it fired clears the interrupt, so
   * that the thread goes on (with the next stage) as if nothing had happened to it.
   */
  private static final class Deadline {
    private final Thread thread;
    private ScheduledFuture<?> task;
    private boolean fired;
    private boolean closed;

    private Deadline(Thread thread) {
      this.thread = thread;
    }

    static Deadline at(Thread thread, long inNanos) {
      Deadline d = new Deadline(thread);
      d.task = WATCHDOG.schedule(d::fire, inNanos, TimeUnit.NANOSECONDS);
      return d;
    }

    private synchronized void fire() {
      if (!closed) {
        fired = true;
        thread.interrupt();
      }
    }

    synchronized boolean fired() {
      return fired;
    }

    synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      task.cancel(false);
      if (fired) {
        Thread.interrupted(); // ours, not the caller's: clear it
      }
    }
  }
}
