package org.newsgraph.eval.confidence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.app.json.SourceLabels;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Entity;
import org.newsgraph.eval.precision.CorpusDocuments;
import org.newsgraph.eval.precision.PrecisionSample;
import org.newsgraph.extract.coref.Coreference;

/**
 * How the standard analysis shows claim sources over a slice of the BBC and Reuters corpora: of the claims with a
 * source, how many have words that name no one on their own (a pronoun, a partitive), how many of those coreference
 * resolved, and how many are <b>shown</b> (by {@link SourceLabels}, which the page, the API and the CLI use) as a bare
 * pronoun, which must be none.
 */
public final class ShownSources {
  private ShownSources() {}

  /** The counts, and the shown labels that are bare pronouns (each with its document). */
  public record Counts(int articles, int claims, int withSource, int pronounWords, int pronounsResolved,
      int shownUnnamed, int shownConfidenceBelowHalf, List<String> shownPronouns) {
    public String text() {
      return String.format(Locale.ROOT, "%d articles, %d claims, %d with a source%n"
          + "  source words that name no one (pronouns, partitives): %d, resolved by coreference to an entity: %d%n"
          + "  shown as \"%s\": %d (of which %d with confidence below 0.5)%n"
          + "  shown as a bare pronoun: %d%s%n", articles, claims, withSource, pronounWords, pronounsResolved,
          SourceLabels.UNNAMED, shownUnnamed, shownConfidenceBelowHalf, shownPronouns.size(),
          shownPronouns.isEmpty() ? "" : " " + shownPronouns);
    }
  }

  /** The first {@code perStratum} documents of each stratum of the labelled set's sample, analysed. */
  public static Counts count(CorpusDocuments corpora, int perStratum, Function<Article, AnalyzedArticle> analysis,
      Consumer<String> log) throws IOException {
    int articles = 0;
    int claims = 0;
    int withSource = 0;
    int pronouns = 0;
    int resolved = 0;
    int unnamed = 0;
    int unsure = 0;
    List<String> shown = new ArrayList<>();
    for (PrecisionSample.Stratum s : PrecisionSample.STRATA) {
      List<String> docs = PrecisionSample.documents(corpora, s.name());
      for (String doc : docs.subList(0, Math.min(perStratum, docs.size()))) {
        AnalyzedArticle a;
        try {
          a = analysis.apply(corpora.read(doc));
        } catch (IOException | RuntimeException e) {
          log.accept("skipped " + doc + ": " + e.getMessage());
          continue;
        }
        articles++;
        for (Claim c : a.claims()) {
          claims++;
          if (c.source() == null) {
            continue;
          }
          withSource++;
          String words = c.source().of(a.text());
          boolean noOne = Coreference.namesNoOne(words);
          pronouns += noOne ? 1 : 0;
          resolved += noOne && c.sourceEntityId() != null ? 1 : 0;
          String label = SourceLabels.of(words, c.sourceEntityId(),
              id -> a.entity(id).map(Entity::name).orElse(null));
          if (SourceLabels.UNNAMED.equals(label)) {
            unnamed++;
            unsure += c.lowConfidence() ? 1 : 0;
          } else if (Coreference.namesNoOne(label)) {
            shown.add(doc + " \"" + label + "\"");
          }
        }
      }
    }
    return new Counts(articles, claims, withSource, pronouns, resolved, unnamed, unsure, shown);
  }
}
