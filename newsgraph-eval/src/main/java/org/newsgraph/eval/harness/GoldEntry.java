package org.newsgraph.eval.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a gold data set, read only when the harness reaches it, so that a file that does not parse is one
 * skipped item with its reason rather than a failed run.
 */
public interface GoldEntry<I, G> {
  /** How messages name the entry before it is read (a file name, a line number). */
  String name();

  /** Reads the entry; throws with a message a person can act on when it cannot. */
  GoldItem<I, G> read() throws IOException;

  /** One entry per file, named by the file's name, read by {@code reader} when the harness reaches it. */
  static <I, G> List<GoldEntry<I, G>> files(List<Path> files, FileReader<I, G> reader) {
    List<GoldEntry<I, G>> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      out.add(new GoldEntry<>() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public GoldItem<I, G> read() throws IOException {
          return reader.read(name, f);
        }
      });
    }
    return out;
  }

  /** Reads the gold item a file holds. */
  @FunctionalInterface
  interface FileReader<I, G> {
    GoldItem<I, G> read(String name, Path file) throws IOException;
  }

  /** An entry whose item is already in hand. */
  static <I, G> GoldEntry<I, G> of(GoldItem<I, G> item) {
    return new GoldEntry<>() {
      @Override
      public String name() {
        return item.name();
      }

      @Override
      public GoldItem<I, G> read() {
        return item;
      }
    };
  }
}
