package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.http.WatchArticles;
import org.newsgraph.app.json.Json;
import org.newsgraph.store.NewsStore;

/** {@code newsgraph watchlist add|list|remove} and {@code newsgraph alerts} on a store of hand-made reports. */
class WatchlistCliTest {
  @TempDir Path dir;

  private void save(String date, String verb, String type, String place) {
    try (NewsStore s = NewsStore.open(dir)) {
      s.save(List.of(WatchArticles.report(date, verb, type, place)), List.of(), "run-" + date);
    }
  }

  private static JsonNode json(Cli.Run r) throws Exception {
    assertEquals(0, r.exit(), r.err());
    return Json.MAPPER.readTree(r.out());
  }

  @Test
  void alerts_list_what_was_stored_after_the_watchlist_was_saved_and_since_a_given_time() throws Exception {
    save("2025-02-13", "withdrew", "RETREAT", "Kursk");
    String store = dir.toString();
    JsonNode added = json(Cli.run("watchlist", "add", "Retreats", "--store", store, "--entity", "North Korea",
        "--type", "retreat", "--json"));
    String id = added.get("id").asText();
    assertEquals("country:PRK", added.get("entities").get(0).asText());
    Cli.Run none = Cli.run("alerts", "--store", store);
    assertEquals(0, none.exit(), none.err());
    assertTrue(none.out().contains("Retreats (" + id + "): 0 new"), none.out());
    save("2025-03-02", "pulled back", "RETREAT", "Sudzha");
    save("2025-03-03", "massed", "MOBILIZE", "Sudzha");
    JsonNode alerts = json(Cli.run("alerts", "--store", store, "--watchlist", id, "--json"));
    JsonNode matches = alerts.get("alerts").get(0).get("matches");
    assertEquals(1, matches.size(), alerts.toString());
    assertTrue(matches.get(0).get("sentence").asText().contains("pulled back near Sudzha"), matches.toString());
    assertEquals(2, json(Cli.run("alerts", "--store", store, "--since", "2000-01-01", "--json")).get("alerts").get(0)
        .get("total").asInt(), "both retreats since 2000");
    Cli.Run text = Cli.run("alerts", "--store", store, "--since", "7d");
    assertTrue(text.out().contains("retreat (claimed)") && text.out().contains("Sudzha"), text.out());
    Cli.Run list = Cli.run("watchlist", "list", "--store", store);
    assertTrue(list.out().contains(id) && list.out().contains("types retreat"), list.out());
    assertEquals(0, Cli.run("watchlist", "remove", "--store", store, id).exit());
    Cli.Run again = Cli.run("watchlist", "remove", "--store", store, id);
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("no watchlist with id " + id), again.err());
  }

  @Test
  void a_watchlist_of_an_unknown_name_or_a_bad_time_is_a_usage_error_that_says_why() {
    save("2025-02-13", "withdrew", "RETREAT", "Kursk");
    Cli.Run unknown = Cli.run("watchlist", "add", "x", "--store", dir.toString(), "--entity", "Atlantis");
    assertEquals(2, unknown.exit(), unknown.out());
    assertTrue(unknown.err().contains("Atlantis"), unknown.err());
    Cli.Run level = Cli.run("watchlist", "add", "x", "--store", dir.toString(), "--words", "troops", "--min-level",
        "sure");
    assertEquals(2, level.exit());
    assertTrue(level.err().contains("single_source or corroborated"), level.err());
    Cli.Run since = Cli.run("alerts", "--store", dir.toString(), "--since", "last week");
    assertEquals(2, since.exit());
    assertTrue(since.err().contains("24h"), since.err());
  }
}
