package org.newsgraph.ingest.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.MiniJson;
import org.newsgraph.ingest.web.UrlReader.Validators;

/**
 * What {@code newsgraph watch} remembers between runs, per feed or page: its validators (ETag, Last-Modified), when
 * to poll it next, how many polls in a row failed, and the item links already seen (the most recent
 * {@code maxSeen}, so memory stays bounded). Kept as a small JSON file beside the store ({@link #FILE}), written
 * whole to a temporary file and moved over the old one, so that a kill at any moment leaves the old state or the
 * new, never half of one. It is saved after what a poll read is stored: a kill in between polls that feed again,
 * and the store skips what it has.
 */
public final class WatchState {
  public static final String FILE = "watch-state.json";

  private final Path file;
  private final int maxSeen;
  private final Map<String, Feed> feeds = new LinkedHashMap<>();

  /** One feed's entry. */
  private static final class Feed {
    Validators validators = Validators.NONE;
    Instant nextPoll;
    int failures;
    final LinkedHashSet<String> seen = new LinkedHashSet<>();
  }

  private WatchState(Path file, int maxSeen) {
    this.file = file;
    this.maxSeen = maxSeen;
  }

  /**
   * The state saved in {@code dir}, or an empty one when there is none. A file that cannot be read is set aside
   * as {@code watch-state.json.bad} and the state starts empty (every feed polled again; the store skips what it
   * has), with {@code onProblem} told why.
   */
  public static WatchState load(Path dir, int maxSeen, java.util.function.Consumer<String> onProblem) {
    WatchState s = new WatchState(dir.resolve(FILE), maxSeen);
    if (!Files.exists(s.file)) {
      return s;
    }
    try {
      Object root = MiniJson.parse(Files.readString(s.file, StandardCharsets.UTF_8));
      if (!(root instanceof Map<?, ?> m) || !(m.get("feeds") instanceof Map<?, ?> feeds)) {
        throw new IllegalArgumentException("no \"feeds\" object");
      }
      for (Map.Entry<?, ?> e : feeds.entrySet()) {
        if (e.getValue() instanceof Map<?, ?> f) {
          s.feeds.put(e.getKey().toString(), feed(f));
        }
      }
    } catch (IOException | RuntimeException e) {
      onProblem.accept(s.file + ": cannot read the watch state (" + e.getMessage() + "); it is kept as "
          + FILE + ".bad and every feed is polled afresh");
      try {
        Files.move(s.file, s.file.resolveSibling(FILE + ".bad"), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException ignored) {
        // the next save overwrites it
      }
      s.feeds.clear();
    }
    return s;
  }

  private static Feed feed(Map<?, ?> f) {
    Feed x = new Feed();
    x.validators = new Validators(text(f.get("etag")), text(f.get("last_modified")));
    String next = text(f.get("next_poll"));
    x.nextPoll = next == null ? null : Instant.parse(next);
    x.failures = f.get("failures") instanceof Number n ? n.intValue() : 0;
    if (f.get("seen") instanceof List<?> seen) {
      for (Object o : seen) {
        x.seen.add(o.toString());
      }
    }
    return x;
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }

  private Feed feed(String url) {
    return feeds.computeIfAbsent(url, u -> new Feed());
  }

  public synchronized Validators validators(String url) {
    return feed(url).validators;
  }

  /** When {@code url} is due; null when it was never polled. */
  public synchronized Instant nextPoll(String url) {
    Feed f = feeds.get(url);
    return f == null ? null : f.nextPoll;
  }

  public synchronized int failures(String url) {
    Feed f = feeds.get(url);
    return f == null ? 0 : f.failures;
  }

  /** Whether an item with {@code link} was seen in an earlier poll of {@code url}. */
  public synchronized boolean seen(String url, String link) {
    Feed f = feeds.get(url);
    return f != null && f.seen.contains(link);
  }

  /** A poll that went through: its validators, the item links now seen, the next poll. */
  public synchronized void polled(String url, Validators validators, Collection<String> links, Instant next) {
    Feed f = feed(url);
    f.validators = validators;
    f.failures = 0;
    f.nextPoll = next;
    for (String l : links) {
      f.seen.remove(l); // seen again: the most recent
      f.seen.add(l);
    }
    Iterator<String> oldest = f.seen.iterator();
    for (int extra = f.seen.size() - maxSeen; extra > 0; extra--) {
      oldest.next();
      oldest.remove();
    }
  }

  /** A poll that failed; returns the failures in a row. */
  public synchronized int failed(String url, Instant next) {
    Feed f = feed(url);
    f.failures++;
    f.nextPoll = next;
    return f.failures;
  }

  /** Writes the state, whole, over the saved one. */
  public synchronized void save() throws IOException {
    StringBuilder b = new StringBuilder("{\"version\": 1, \"feeds\": {");
    List<String> urls = new ArrayList<>(feeds.keySet());
    for (int i = 0; i < urls.size(); i++) {
      Feed f = feeds.get(urls.get(i));
      b.append(i == 0 ? "\n" : ",\n").append("  ").append(MiniJson.quote(urls.get(i))).append(": {");
      b.append("\"etag\": ").append(quote(f.validators.etag()));
      b.append(", \"last_modified\": ").append(quote(f.validators.lastModified()));
      b.append(", \"next_poll\": ").append(quote(f.nextPoll == null ? null : f.nextPoll.toString()));
      b.append(", \"failures\": ").append(f.failures).append(", \"seen\": [");
      int n = 0;
      for (String l : f.seen) {
        b.append(n++ == 0 ? "" : ", ").append(MiniJson.quote(l));
      }
      b.append("]}");
    }
    b.append("\n}}\n");
    Path tmp = file.resolveSibling(FILE + ".tmp");
    Files.writeString(tmp, b, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String quote(String s) {
    return s == null ? "null" : MiniJson.quote(s);
  }
}
