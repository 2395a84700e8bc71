package org.newsgraph.app.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Article;
import org.newsgraph.ingest.Format;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.Sources;

/** Reads the user's paths into articles, collecting every problem with the input it came from. */
public final class Articles {
  private Articles() {}

  /** Reads every file in the format its content shows. */
  public static ReadResult read(List<Path> paths) {
    return read(paths, null);
  }

  /** Reads every file in {@code format} (null: by content). */
  public static ReadResult read(List<Path> paths, Format format) {
    Sources.Listing listing = Sources.list(paths);
    List<Article> articles = new ArrayList<>();
    List<ReadResult.Problem> problems = new ArrayList<>(listing.problems());
    for (Path f : listing.files()) {
      ReadResult r = Sources.read(f, format);
      articles.addAll(r.articles());
      problems.addAll(r.problems());
    }
    return new ReadResult(articles, problems);
  }
}
