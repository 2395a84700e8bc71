package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * "Yonhap, citing the NIS, said …", "…, Reuters reported, citing officials": the teller carries a claim of the
 * source it cites. Marks such a claim with the cited source ({@link Claim#cited()}), linked to the entity a mention in
 * its words names; the claim's own source stays the teller (the carrier). "citing" counts only next to the claim's
 * source or cue (a few words apart, with no verb between), so "citing" inside what is said ("he said officials were
 * citing security") is not a citation.
 */
public final class CitedSources {
  /** At most this many tokens between the source or cue and "citing" ("Reuters reported on Friday, citing"). */
  private static final int MAX_GAP = 4;
  /** At most this many tokens name the cited source. */
  private static final int MAX_WORDS = 8;
  /** Words that end the cited source's name: "citing officials as saying", "citing sources who". */
  private static final Set<String> ENDS = Set.of("as", "who", "that", "which", "on", "in", "and", "but", "to");

  /**
   * Nouns that name a teller: the cited words must hold one of these or an entity mention, so "citing security
   * concerns" (a reason) is no citation.
   */
  private static final Set<String> TELLERS = Set.of("official", "source", "agency", "ministry", "report", "media",
      "intelligence", "police", "military", "spokesman", "spokeswoman", "spokesperson", "witness", "resident",
      "diplomat", "analyst", "government", "people", "person", "aide", "document", "statement", "newspaper",
      "television", "tv", "radio", "broadcaster", "daily", "website", "officer", "authority", "lawmaker",
      "service", "office", "army", "command", "survey", "study", "committee");

  private CitedSources() {}

  /** {@code claims} of {@code in}, those whose teller cites a source marked with it. */
  public static List<Claim> mark(AnalyzedArticle in, List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      Claim.Cited cited = c.cited() == null && c.sentence() >= 0 && c.sentence() < in.sentences().size()
          ? cited(in, in.sentences().get(c.sentence()), c) : null;
      out.add(cited == null ? c : c.withCited(cited));
    }
    return out;
  }

  private static Claim.Cited cited(AnalyzedArticle in, Sentence s, Claim c) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (!t.get(i).word().toLowerCase(Locale.ROOT).equals("citing") || !nextTo(t, i, c)) {
        continue;
      }
      int end = i + 1;
      while (end < t.size() && end - i <= MAX_WORDS && !stops(t.get(end))) {
        end++;
      }
      if (end == i + 1) {
        return null;
      }
      Span words = new Span(t.get(i + 1).span().begin(), t.get(end - 1).span().end());
      String entity = entity(in, words);
      boolean teller = entity != null || t.subList(i + 1, end).stream()
          .anyMatch(k -> k.pos().startsWith("NN") && TELLERS.contains(k.lemma().toLowerCase(Locale.ROOT)));
      return teller ? new Claim.Cited(words, entity) : null;
    }
    return null;
  }

  /** Whether "citing" at {@code i} follows the claim's source or cue closely, with no other verb between. */
  private static boolean nextTo(List<Token> t, int i, Claim c) {
    int anchor = -1;
    for (int k = 0; k < i; k++) {
      Span at = t.get(k).span();
      if (at.overlaps(c.cue()) || c.source() != null && at.overlaps(c.source())) {
        anchor = k;
      }
    }
    if (anchor < 0 || i - anchor - 1 > MAX_GAP) {
      return false;
    }
    for (int k = anchor + 1; k < i; k++) {
      if (t.get(k).isVerb()) {
        return false;
      }
    }
    return true;
  }

  private static boolean stops(Token k) {
    String w = k.word().toLowerCase(Locale.ROOT);
    return k.isVerb() || ENDS.contains(w) || k.pos().equals(",") || k.pos().equals(".") || k.pos().equals(":")
        || w.equals(",") || w.equals(".") || w.equals(";");
  }

  /** The entity of the first mention inside the cited words, or null. */
  private static String entity(AnalyzedArticle in, Span words) {
    for (Mention m : in.mentions()) {
      if (words.contains(m.span())) {
        return m.entityId();
      }
    }
    return null;
  }
}
