package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.WatchViews.Removed;
import org.newsgraph.app.json.WatchViews.WatchlistBody;
import org.newsgraph.app.json.WatchViews.WatchlistList;
import org.newsgraph.app.json.WatchViews.WatchlistView;
import org.newsgraph.store.Watchlist;
import org.newsgraph.store.Watchlists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph watchlist add|list|remove}: the saved queries whose new matches {@code alerts} lists. */
@Command(name = "watchlist", mixinStandardHelpOptions = true,
    description = "Save, list and remove watchlists: saved queries whose new claims and events `newsgraph alerts`"
        + " lists and whose Atom feed the server gives at /feeds/ID.atom.",
    subcommands = {WatchlistCommand.Add.class, WatchlistCommand.ListAll.class, WatchlistCommand.Remove.class})
final class WatchlistCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say add, list or remove");
  }

  /** {@code newsgraph watchlist add NAME --entity … --type … --source … --words … --min-level … --min-confidence …}. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Save a watchlist; prints its id.")
  static final class Add implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Mixin JsonOutput output;

    @Parameters(index = "0", paramLabel = "NAME", description = "What to call it.")
    String name;

    @Option(names = "--entity", paramLabel = "ENTITY", description = "Events it takes part in or that happen at it,"
        + " claims it makes or whose words name it (id or name; repeatable: any of them).")
    List<String> entities = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", description = "Only events of this PLOVER type (repeatable);"
        + " claims are then left out.")
    List<String> types = new ArrayList<>();

    @Option(names = "--source", paramLabel = "ENTITY", description = "Claims of this source, and events reported"
        + " through them (id or name; a country also gives its unnamed groups; repeatable).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--words", paramLabel = "QUERY", description = "Only the claims and events of the articles this"
        + " search finds (as `newsgraph search` reads it).")
    String words;

    @Option(names = "--min-level", paramLabel = "LEVEL", description = "single_source or corroborated: only facts"
        + " at least this corroborated on their story's board.")
    String minLevel;

    @Option(names = "--min-confidence", paramLabel = "P", description = "Only claims and events at least this sure"
        + " (0 to 1).")
    Double minConfidence;

    @Override
    public Integer call() {
      Watchlist.Query query = new WatchlistBody(name, entities, types, sources, words, minLevel, minConfidence)
          .query();
      try (StoreSession s = StoreSession.existing(common)) {
        Watchlist w = Watchlists.add(s.store(), name, query);
        if (!output.printedJson(WatchlistView.of(w))) {
          output.out().println("saved watchlist " + w.id() + " (" + w.name() + "); its feed is /feeds/" + w.id()
              + ".atom when served; `newsgraph alerts --watchlist " + w.id() + "` lists what is new");
        }
        return Main.OK;
      }
    }
  }

  /** {@code newsgraph watchlist list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved watchlists.")
  static final class ListAll implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Mixin JsonOutput output;

    @Override
    public Integer call() {
      try (StoreSession s = StoreSession.existing(common)) {
        List<Watchlist> all = Watchlists.list(s.store());
        if (output.printedJson(WatchlistList.of(all))) {
          return Main.OK;
        }
        PrintWriter out = output.out();
        if (all.isEmpty()) {
          out.println("no watchlists (newsgraph watchlist add NAME --entity … saves one)");
        }
        for (Watchlist w : all) {
          out.printf("%s  %-24s %s%n", w.id(), w.name(), describe(w.query()));
        }
        return Main.OK;
      }
    }
  }

  /** {@code newsgraph watchlist remove ID}. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a watchlist.")
  static final class Remove implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Mixin JsonOutput output;

    @Parameters(index = "0", paramLabel = "ID", description = "Its id, as `newsgraph watchlist list` prints it.")
    String id;

    @Override
    public Integer call() {
      try (StoreSession s = StoreSession.existing(common)) {
        if (!Watchlists.remove(s.store(), id)) {
          throw new IllegalArgumentException("no watchlist with id " + id + " (newsgraph watchlist list lists them)");
        }
        if (!output.printedJson(new Removed(id, true))) {
          output.out().println("removed watchlist " + id);
        }
        return Main.OK;
      }
    }
  }

  /** The query in a line: "entities country:PRK; types RETREAT; words "troops"; at least corroborated". */
  static String describe(Watchlist.Query q) {
    List<String> parts = new ArrayList<>();
    if (!q.entities().isEmpty()) {
      parts.add("entities " + String.join(", ", q.entities()));
    }
    if (!q.eventTypes().isEmpty()) {
      parts.add("types " + String.join(", ", q.eventTypes()).toLowerCase(java.util.Locale.ROOT));
    }
    if (!q.sources().isEmpty()) {
      parts.add("sources " + String.join(", ", q.sources()));
    }
    if (q.words() != null) {
      parts.add("words \"" + q.words() + "\"");
    }
    if (q.minLevel() != null) {
      parts.add("at least " + q.minLevel().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (q.minConfidence() != null) {
      parts.add("confidence ≥ " + q.minConfidence());
    }
    return String.join("; ", parts);
  }
}
