package org.newsgraph.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.app.json.Listings.ClaimList;
import org.newsgraph.app.json.SourceLabels;
import org.newsgraph.core.Periods;
import org.newsgraph.store.ClaimRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph claims}: who said what, with stance and date. */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "List stored claims: who said what, when, with what stance.")
final class ClaimsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin JsonOutput output;

  @Option(names = "--source", paramLabel = "ENTITY", description = "Only claims made by this entity; a country also"
      + " gives the claims of unnamed groups of it (\"Ukrainian officials\", \"officials in Kyiv\").")
  String source;

  @Option(names = "--about", paramLabel = "ENTITY", description = "Only claims whose words mention this entity.")
  String about;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD",
      description = "Said in a period that reaches this day or later (\"said in December\" is all of December).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Said in a period that begins before this day.")
  LocalDate to;

  @Option(names = "--min-confidence", paramLabel = "P", description = "Only claims at least this sure, from 0 to 1 "
      + "(of the claims given 0.8, about 80%% are fully right); claims of unknown confidence are left out.")
  Double minConfidence;

  @Option(names = "--limit", description = "Most claims to list (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Override
  public Integer call() {
    if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("--min-confidence must lie between 0 and 1, not " + minConfidence);
    }
    try (StoreSession s = StoreSession.existing(common)) {
      List<ClaimRecord> claims = s.store().claims(s.entityId(source), s.entityId(about), from, to, minConfidence,
          limit);
      if (output.printedJson(ClaimList.of(claims, SourceLabels.names(s.store())))) {
        return Main.OK;
      }
      PrintWriter out = output.out();
      if (claims.isEmpty()) {
        out.println("no claims match");
      }
      for (ClaimRecord c : claims) {
        ClaimRecord.ReportedBy by = c.reportedBy();
        out.printf("%-10s  %-11s %s %s %s%s: \"%s\"%s%n", Periods.label(c.claim().said(), c.claim().saidUntil()),
            c.claim().stance().name().toLowerCase(Locale.ROOT), confidence(c),
            c.source() == null ? "(unattributed)" : SourceLabels.of(c.source(), c.claim().sourceEntityId(),
                SourceLabels.names(s.store())), c.cue(), tag(c),
            TimelineCommand.shorten(c.content(), 120), by == null ? "" : " (reported by "
                + (by.sourceText() == null ? "an unattributed claim" : SourceLabels.of(by.sourceText(), by.entityId(),
                SourceLabels.names(s.store()))) + ")");
      }
      return Main.OK;
    }
  }

  /** The confidence to two decimals, or "  ?" when unknown. */
  static String confidence(ClaimRecord c) {
    return c.claim().confidence() == null ? "   ?" : String.format(Locale.ROOT, "%.2f", c.claim().confidence());
  }

  /** " [org:nis-kor]" for a named source, " [group: KOR, UKR]" for an unnamed group of those countries, else "". */
  static String tag(ClaimRecord c) {
    if (c.claim().sourceEntityId() != null) {
      return " [" + c.claim().sourceEntityId() + "]";
    }
    List<String> countries = c.claim().sourceCountries();
    return countries.isEmpty() ? "" : " [group: " + String.join(", ",
        countries.stream().map(id -> id.substring(id.indexOf(':') + 1)).toList()) + "]";
  }
}
