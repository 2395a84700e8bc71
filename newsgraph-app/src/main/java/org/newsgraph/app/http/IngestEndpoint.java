package org.newsgraph.app.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.newsgraph.app.json.Answers.StoreAnswer;
import org.newsgraph.app.json.Answers.StoredArticle;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.DocumentError;
import org.newsgraph.ingest.PageDumpParser;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SaveResult;

/**
 * {@code POST /api/articles}: analyses the text of the request body (as {@code /api/analyze} does) and stores it.
 * A write: it needs the server's write token ({@code server.writeToken}) as {@code Authorization: Bearer TOKEN}. A
 * server without a token refuses every write. The analysis runs on the server's bounded pool ({@link AnalysisPool}),
 * within its deadline; the body gets the same checks as a file given to {@code newsgraph ingest}. Articles whose
 * text is stored already are reported as duplicates. Near-duplicates are not looked for here (that is {@code
 * newsgraph ingest}'s job, with its MinHash index).
 */
final class IngestEndpoint {
  private final NewsStore store;
  private final AnalysisPool analyses;
  private final Access access;

  IngestEndpoint(NewsStore store, AnalysisPool analyses, Access access) {
    this.store = store;
    this.analyses = analyses;
    this.access = access;
  }

  StoreAnswer handle(Request request) {
    Context ctx = request.context();
    access.write(ctx);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ReadResult read;
    List<AnalyzedArticle> analysed;
    try (AnalysisPool.Permit place = analyses.admit()) {
      read = PageDumpParser.parse(request.body(), "web:" + now);
      if (read.articles().isEmpty()) {
        throw new ApiException(422, read.problems().isEmpty() ? "no article found"
            : read.problems().get(0).message());
      }
      analysed = analyses.analyse(place, read.articles());
    }
    List<DocumentError> problems = read.problems().stream()
        .map(x -> new DocumentError(x.source(), null, "read", x.message())).toList();
    SaveResult saved = store.save(analysed, problems, "web-" + now);
    List<StoredArticle> articles = analysed.stream().map(a -> new StoredArticle(a.article().id(),
        a.article().headline(), saved.stored().contains(a.article().id()))).toList();
    ctx.status(saved.stored().isEmpty() ? 200 : 201);
    return new StoreAnswer(saved.stored(), saved.skippedDuplicates(), articles);
  }
}
