package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into the input files to read (folders recursively, in a stable order, hidden
 * files skipped), and reads each file into articles. Every problem names its file; one bad file never stops the
 * rest.
 */
public final class Sources {
  private static final long MAX_TEXT_BYTES = 50L * 1024 * 1024;

  private Sources() {}

  /** The files under {@code paths}, sorted; a missing path is reported as a problem. */
  public static Listing list(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<ReadResult.Problem> problems = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        problems.add(new ReadResult.Problem(p.toString(), "no such file or folder"));
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> !Files.isDirectory(f))
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(f -> !isDocumentation(f))
              .sorted()
              .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          problems.add(new ReadResult.Problem(p.toString(), "cannot list folder: " + reason(e)));
        }
      } else {
        files.add(p);
      }
    }
    return new Listing(files, problems);
  }

  /** Corpus folders carry their own README/licence files; those are not articles. */
  private static boolean isDocumentation(Path f) {
    String n = f.getFileName().toString().toUpperCase(java.util.Locale.ROOT);
    return n.startsWith("README") || n.startsWith("LICENSE") || n.startsWith("LICENCE");
  }

  /** The files to read and the paths that could not be listed. */
  public record Listing(List<Path> files, List<ReadResult.Problem> problems) {}

  /** Reads one file, its format sniffed from its content. */
  public static ReadResult read(Path file) {
    return read(file, ReadOptions.defaults());
  }

  /** Reads one file in {@code format} (null: sniffed from the content) into a list. */
  public static ReadResult read(Path file, Format format) {
    return read(file, new ReadOptions(format, null, 0));
  }

  /** Reads one file as {@code options} say into a list. */
  public static ReadResult read(Path file, ReadOptions options) {
    List<org.newsgraph.core.Article> articles = new ArrayList<>();
    List<ReadResult.Problem> problems = new ArrayList<>();
    read(file, options, new ArticleSink() {
      @Override
      public void article(org.newsgraph.core.Article a) {
        articles.add(a);
      }

      @Override
      public void problem(ReadResult.Problem p) {
        problems.add(p);
      }
    });
    return new ReadResult(articles, problems);
  }

  /**
   * Streams one file into {@code sink}: its format is {@code format}, else sniffed from its first bytes (not its
   * name). {@code fields} maps JSON Lines fields (null: the usual names). Never throws for bad input: every problem
   * goes to the sink naming the file (and record).
   */
  public static void read(Path file, Format format, org.newsgraph.ingest.JsonlFields fields,
      ArticleSink sink) {
    read(file, new ReadOptions(format, fields, 0), sink);
  }

  /** Streams one file into {@code sink} as {@code options} say; never throws for bad input. */
  public static void read(Path file, ReadOptions options, ArticleSink sink) {
    String name = file.toString();
    Format f = options.format();
    try {
      if (Files.size(file) == 0) {
        sink.problem(new ReadResult.Problem(name, "empty file"));
        return;
      }
      if (f == null) {
        f = Format.sniff(file);
      }
      switch (f) {
        case WARC -> org.newsgraph.ingest.warc.WarcArticles.read(file, options, sink);
        case REUTERS -> org.newsgraph.ingest.reuters.ReutersReader.read(file, sink);
        case JSONL -> new org.newsgraph.ingest.jsonl.JsonlReader(options.fields()).read(file, sink);
        case FEED -> org.newsgraph.ingest.feed.FeedReader.read(Compressed.readAll(file, MAX_TEXT_BYTES), name,
            sink);
        case HTML -> {
          byte[] page;
          try {
            page = Compressed.readAll(file, options.maxPageBytes());
          } catch (Compressed.TooLarge e) {
            sink.problem(new ReadResult.Problem(name, options.tooLarge(e.bytes())));
            return;
          }
          org.newsgraph.ingest.html.HtmlPages.read(page, null, name, null, null, options, sink);
        }
        default -> {
          ReadResult r = readText(file);
          r.articles().forEach(sink::article);
          r.problems().forEach(sink::problem);
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.problem(new ReadResult.Problem(name, (f == null ? "cannot read: " : "cannot read as " + f.name()
          .toLowerCase(java.util.Locale.ROOT) + ": ") + reason(e)));
    } catch (OutOfMemoryError e) {
      sink.problem(new ReadResult.Problem(name, "too large to read in the memory given (raise -Xmx)"));
    }
  }

  /** Reads one file as text articles (page dumps or headline-first plain text). */
  static ReadResult readText(Path file) {
    String name = file.toString();
    try {
      byte[] bytes;
      try {
        bytes = Compressed.readAll(file, MAX_TEXT_BYTES);
      } catch (Compressed.TooLarge e) {
        return failed(name, e.getMessage().replace("too large", "too large for a text article"));
      }
      DecodedText decoded = TextDecoder.decode(bytes);
      return PageDumpParser.parse(decoded.text(), name);
    } catch (TextDecoder.NotTextException e) {
      return failed(name, e.getMessage());
    } catch (IOException e) {
      return failed(name, "cannot read: " + reason(e));
    }
  }

  private static ReadResult failed(String source, String message) {
    return new ReadResult(List.of(), List.of(new ReadResult.Problem(source, message)));
  }

  static String reason(Exception e) {
    Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof NoSuchFileException) {
      return "no such file";
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }
}
