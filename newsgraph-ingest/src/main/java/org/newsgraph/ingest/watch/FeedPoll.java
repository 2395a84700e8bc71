package org.newsgraph.ingest.watch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Article;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.web.UrlReader;

/**
 * One poll of one watched feed or page: a conditional request with the validators {@link WatchState} kept, and
 * only the items whose links it has not seen. Nothing is stored or remembered here: the caller stores the articles
 * first and then records the poll in the state, so that a kill in between loses nothing.
 *
 * @param url       the feed or page
 * @param polled    how the request went: read, not modified, or failed (and why)
 * @param articles  the new items (or the changed page) as articles
 * @param problems  items or pages that could not be read (the failure that ended the poll among them)
 * @param skipped   items with nothing to analyse
 */
public record FeedPoll(String url, UrlReader.Polled polled, List<Article> articles,
    List<ReadResult.Problem> problems, List<ReadResult.Problem> skipped) {
  public FeedPoll {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
    skipped = List.copyOf(skipped);
  }

  /** Polls {@code url} with {@code reader}, asking {@code state} for its validators and the links seen. */
  public static FeedPoll of(String url, UrlReader reader, WatchState state) {
    List<Article> articles = new ArrayList<>();
    List<ReadResult.Problem> problems = new ArrayList<>();
    List<ReadResult.Problem> skipped = new ArrayList<>();
    UrlReader.Polled polled = reader.read(URI.create(url), state.validators(url), link -> !state.seen(url, link),
        new ArticleSink() {
          @Override
          public void article(Article a) {
            articles.add(a);
          }

          @Override
          public void problem(ReadResult.Problem p) {
            problems.add(p);
          }

          @Override
          public void skipped(ReadResult.Problem p) {
            skipped.add(p);
          }
        });
    return new FeedPoll(url, polled, articles, problems, skipped);
  }

  /** Replays what was read into {@code sink}. */
  public void replay(ArticleSink sink) {
    problems.forEach(sink::problem);
    skipped.forEach(sink::skipped);
    articles.forEach(sink::article);
  }
}
