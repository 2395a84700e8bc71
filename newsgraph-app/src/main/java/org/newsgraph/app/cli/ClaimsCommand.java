package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.Json;
import org.newsgraph.core.NewsgraphConfig;
import org.newsgraph.store.ClaimRecord;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph claims}: who said what, with stance and date. */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "List stored claims: who said what, when, with what stance.")
final class ClaimsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--source", paramLabel = "ENTITY", description = "Only claims made by this entity.")
  String source;

  @Option(names = "--about", paramLabel = "ENTITY", description = "Only claims whose words mention this entity.")
  String about;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Said on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Said before this day.")
  LocalDate to;

  @Option(names = "--limit", description = "Most claims to list (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    NewsgraphConfig cfg = common.config();
    common.logging(cfg.store().dir());
    PrintWriter out = spec.commandLine().getOut();
    try (NewsStore store = Stores.openExisting(cfg)) {
      List<ClaimRecord> claims = store.claims(resolve(store, source), resolve(store, about), from, to, limit);
      if (json) {
        out.println(Json.pretty(claims));
        return Main.OK;
      }
      if (claims.isEmpty()) {
        out.println("no claims match");
      }
      for (ClaimRecord c : claims) {
        out.printf("%s  %-11s %s %s%s: \"%s\"%n", c.claim().said() == null ? "          " : c.claim().said(),
            c.claim().stance().name().toLowerCase(java.util.Locale.ROOT),
            c.source() == null ? "(unattributed)" : c.source(), c.cue(),
            c.claim().sourceEntityId() == null ? "" : " [" + c.claim().sourceEntityId() + "]",
            TimelineCommand.shorten(c.content(), 120));
      }
      return Main.OK;
    }
  }

  /** An entity option given by id or name; an unknown one is a usage error naming it. */
  static String resolve(NewsStore store, String key) {
    if (key == null) {
      return null;
    }
    return store.entity(key).map(EntityRecord::entity).map(e -> e.id())
        .orElseThrow(() -> new IllegalArgumentException("no entity named '" + key + "' in the store"));
  }
}
