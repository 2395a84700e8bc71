package org.newsgraph.eval.coref;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard ECB+ topic split (Cybulska and Vossen 2015, as the corpus README gives it) for the parts we may look
 * at: train and dev. The test topics are held out and are never named here.
 */
public enum EcbSplit {
  TRAIN(Set.of(1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33)),
  DEV(Set.of(2, 5, 12, 18, 21, 23, 34, 35));

  private static final Pattern TOPIC = Pattern.compile("(\\d+)_.*");
  private final Set<Integer> topics;

  EcbSplit(Set<Integer> topics) {
    this.topics = topics;
  }

  /** "train" or "dev", any case. */
  public static EcbSplit of(String name) {
    for (EcbSplit s : values()) {
      if (s.name().equalsIgnoreCase(name.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException("no ECB+ split '" + name + "': train or dev (the test topics are held out)");
  }

  public Set<Integer> topics() {
    return topics;
  }

  /** The files of {@code split}'s topics, in their order; every file when {@code split} is null. */
  public static List<Path> select(List<Path> files, EcbSplit split) {
    if (split == null) {
      return files;
    }
    return files.stream().filter(f -> {
      Matcher m = TOPIC.matcher(f.getFileName().toString());
      return m.matches() && split.topics.contains(Integer.parseInt(m.group(1)));
    }).toList();
  }
}
