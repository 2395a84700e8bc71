package org.newsgraph.app.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.app.json.Answers.StoreAnswer;
import org.newsgraph.app.json.Answers.StoredArticle;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.DocumentError;
import org.newsgraph.core.Stage;
import org.newsgraph.ingest.PageDumpParser;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SaveResult;

/**
 * {@code POST /api/articles}: analyses the text of the request body (as {@code /api/analyze} does) and stores it.
 * A write: it needs the server's write token ({@code server.writeToken}) as {@code Authorization: Bearer TOKEN}. A
 * server without a token refuses every write. Articles whose text is stored already are reported as duplicates.
 * Near-duplicates are not looked for here (that is {@code newsgraph ingest}'s job, with its MinHash index).
 */
final class IngestEndpoint {
  private final NewsStore store;
  private final Supplier<Stage> pipeline;
  private final byte[] token;

  IngestEndpoint(NewsStore store, Supplier<Stage> pipeline, String writeToken) {
    this.store = store;
    this.pipeline = pipeline;
    this.token = writeToken == null || writeToken.isEmpty() ? null : writeToken.getBytes(StandardCharsets.UTF_8);
  }

  /** Throws 403 when writes are off or the token is wrong, 401 when none was sent. */
  void authorise(Context ctx) {
    if (token == null) {
      throw new ApiException(403, "storing is turned off on this server: it has no write token (set"
          + " server.writeToken in its configuration to allow it)");
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"newsgraph\"");
      throw new ApiException(401, "storing needs the server's write token: send it as Authorization: Bearer TOKEN");
    }
    // compared in constant time, so the answer's timing says nothing about how much of a guess was right
    byte[] sent = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(sent, token)) {
      throw new ApiException(403, "wrong write token");
    }
  }

  StoreAnswer handle(Request request) {
    Context ctx = request.context();
    authorise(ctx);
    String body = request.body();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String source = "web:" + now;
    ReadResult read = PageDumpParser.parse(body, source);
    if (read.articles().isEmpty()) {
      throw new ApiException(422, read.problems().isEmpty() ? "no article found" : read.problems().get(0).message());
    }
    Stage p = pipeline.get();
    List<AnalyzedArticle> analysed = new ArrayList<>();
    for (Article a : read.articles()) {
      analysed.add(p.apply(AnalyzedArticle.of(a)));
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
