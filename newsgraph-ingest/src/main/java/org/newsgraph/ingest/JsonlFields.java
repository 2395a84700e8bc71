package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which field of a JSON Lines record holds each of ours ({@code url}, {@code title}, {@code text}, {@code html},
 * {@code published}, {@code outlet}): each maps to a list of names tried in order.
 */
public record JsonlFields(Map<String, List<String>> names) {
  public static JsonlFields defaults() {
    Map<String, List<String>> m = new HashMap<>();
    m.put("url", List.of("url", "link", "uri", "canonical_url", "source_url"));
    m.put("title", List.of("title", "headline", "name"));
    m.put("text", List.of("text", "body", "content", "maintext", "article", "articleBody", "description"));
    m.put("html", List.of("html", "raw_html", "page"));
    m.put("published", List.of("published", "date", "date_publish", "datePublished", "pubDate",
        "published_at", "publish_date", "timestamp"));
    m.put("outlet", List.of("outlet", "source", "publisher", "site_name", "source_domain", "domain"));
    return new JsonlFields(m);
  }

  /** The defaults with {@code ours=theirs} pairs ("text=story,title=hed") put first. */
  public static JsonlFields parse(String spec) {
    JsonlFields d = defaults();
    Map<String, List<String>> m = new HashMap<>(d.names());
    if (spec != null && !spec.isBlank()) {
      for (String pair : spec.split(",")) {
        String[] kv = pair.split("=", 2);
        if (kv.length != 2 || !m.containsKey(kv[0].strip())) {
          throw new IllegalArgumentException("bad field map entry '" + pair + "': use ours=theirs with ours one "
              + "of " + new java.util.TreeSet<>(m.keySet()));
        }
        List<String> l = new ArrayList<>();
        l.add(kv[1].strip());
        l.addAll(m.get(kv[0].strip()));
        m.put(kv[0].strip(), l);
      }
    }
    return new JsonlFields(m);
  }
}
