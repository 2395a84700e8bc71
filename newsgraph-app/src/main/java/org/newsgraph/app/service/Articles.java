package org.newsgraph.app.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Article;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.Sources;

/** Reads the user's paths into articles, collecting every problem with the input it came from. */
public final class Articles {
  private Articles() {}

  /** Reads every file in the format its content shows, with the default limits. */
  public static ReadResult read(List<Path> paths) {
    return read(paths, ReadOptions.defaults());
  }

  /** Reads every file as {@code options} say (format, limits: see {@link ReadOptions#of}). */
  public static ReadResult read(List<Path> paths, ReadOptions options) {
    Sources.Listing listing = Sources.list(paths);
    List<Article> articles = new ArrayList<>();
    List<ReadResult.Problem> problems = new ArrayList<>(listing.problems());
    for (Path f : listing.files()) {
      ReadResult r = Sources.read(f, options);
      articles.addAll(r.articles());
      problems.addAll(r.problems());
    }
    return new ReadResult(articles, problems);
  }
}
