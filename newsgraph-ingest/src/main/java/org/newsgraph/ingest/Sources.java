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

  /** Reads one file as text articles (page dumps or headline-first plain text). */
  public static ReadResult read(Path file) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > MAX_TEXT_BYTES) {
        return failed(name, "too large for a text article (" + size / (1024 * 1024) + " MiB; limit "
            + MAX_TEXT_BYTES / (1024 * 1024) + " MiB)");
      }
      byte[] bytes = Files.readAllBytes(file);
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
