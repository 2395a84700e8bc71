package org.newsgraph.extract.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.coref.Resolution;

/**
 * What the {@link ClaimConfidence} model knows of a claim, from what the stage already computed: the cue's kind,
 * lemma and lemma class and its cue-model score; how the source was found (a named mention, a pronoun or description
 * resolved by coreference, one left unresolved, an unnamed group, none) and where it stands; the quote state; the
 * content's length and shape; which {@link ReportingActs} class the cue verb belongs to; and the parse path from the
 * cue to its content and source. Names are plain strings, so the model file reads as text.
 */
final class ClaimFeatures {
  private ClaimFeatures() {}

  /** How the source was found; also what decides how it is shown ("unnamed source" for PRONOUN_UNRESOLVED). */
  enum SourceKind { NONE, NAMED, PRONOUN_RESOLVED, PRONOUN_UNRESOLVED, DESCRIPTION_RESOLVED, GROUP, DEFINITE,
    OTHER }

  static SourceKind sourceKind(String words, String entityId, List<String> countries, Resolution resolution) {
    if (words == null) {
      return SourceKind.NONE;
    }
    if (Coreference.namesNoOne(words)) {
      return entityId != null ? SourceKind.PRONOUN_RESOLVED : SourceKind.PRONOUN_UNRESOLVED;
    }
    if (entityId != null) {
      return resolution != null && resolution.named() ? SourceKind.DESCRIPTION_RESOLVED : SourceKind.NAMED;
    }
    if (!countries.isEmpty()) {
      return SourceKind.GROUP;
    }
    String first = words.strip().toLowerCase(Locale.ROOT).split("\\s+")[0];
    return DEFINITE.contains(first) ? SourceKind.DEFINITE : SourceKind.OTHER;
  }

  private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "this", "that", "these", "those",
      "his", "her", "its", "their", "our");

  /**
   * The features of one claim.
   *
   * @param cueScore   the cue model's score of the cue verb (0 for other cues)
   * @param resolution the coreference resolution of the source, or null when it was linked otherwise
   */
  static Map<String, Double> of(String text, QuoteMarks quotes, Draft d, Claim c, double cueScore,
      Resolution resolution) {
    Map<String, Double> f = new TreeMap<>();
    Token v = d.cueToken();
    String lemma = CueRules.lemma(v);
    String cueKind = v.isVerb() ? "verb" : lemma.equals("according") ? "according" : v.word().equals(":")
        ? "colon" : Cues.DASHES.contains(v.word()) ? "dash" : v.pos().startsWith("NN") ? "noun" : "other";
    on(f, "cue=" + cueKind);
    on(f, "lemma=" + lemma);
    on(f, "class=" + lemmaClass(lemma, v));
    on(f, "acts=" + ReportingActs.classOf(lemma));
    f.put("cue_score", Math.max(-3, Math.min(3, cueScore / 10)));
    on(f, "cue_rel=" + v.deprel());
    on(f, "cue_pos=" + v.pos());
    boolean cueQuoted = quotes.inside(v.span().begin());
    on(f, "cue_in_quote=" + cueQuoted);
    String words = c.source() == null ? null : c.source().of(text);
    SourceKind sk = sourceKind(words, c.sourceEntityId(), c.sourceCountries(), resolution);
    on(f, "source=" + sk);
    on(f, "source|cue=" + sk + "|" + cueKind);
    if (resolution != null) {
      f.put("resolution_confidence", resolution.confidence());
    }
    if (c.source() != null) {
      on(f, "source_after_cue=" + (c.source().begin() > c.cue().begin()));
      f.put("source_words", Math.min(8, words(text, c.source())) / 8.0);
      Token h = d.sourceHead();
      on(f, "source_rel=" + (h == null ? "none" : h.deprel()));
      on(f, "source_ner=" + (h == null || h.ner() == null ? "O" : h.ner()));
    }
    on(f, "kind=" + c.kind());
    on(f, "kind|source=" + c.kind() + "|" + sk);
    on(f, "stance=" + c.stance());
    on(f, "channel=" + (c.channel() != null));
    int n = 0;
    for (Span s : c.content()) {
      n += words(text, s);
    }
    f.put("content_words_log", Math.log1p(n) / 4);
    on(f, "content_short=" + (n <= 3));
    on(f, "content_pieces=" + Math.min(3, c.content().size()));
    Span first = c.content().get(0);
    Span last = c.content().get(c.content().size() - 1);
    on(f, "content_before_cue=" + (first.begin() < c.cue().begin()));
    on(f, "content_leaves_sentence=" + (first.begin() < d.tree().sentence().span().begin()
        || last.end() > d.tree().sentence().span().end()));
    String lead = first.of(text).strip().toLowerCase(Locale.ROOT);
    on(f, "content_starts_that=" + lead.startsWith("that "));
    on(f, "content_starts_to=" + lead.startsWith("to "));
    boolean verb = false;
    for (Token t : d.tree().tokens()) {
      verb |= t.isVerb() && c.content().stream().anyMatch(s -> s.contains(t.span()));
    }
    on(f, "content_has_verb=" + verb);
    on(f, "content_quoted=" + c.content().stream().anyMatch(quotes::hasQuote));
    Token head = d.contentHead();
    String path = head == null ? "none" : d.tree().head(head) == v ? "child:" + head.deprel()
        : d.tree().dominates(v, head) ? "below" : d.tree().head(v) == head ? "parent:" + v.deprel() : "apart";
    on(f, "content_path=" + path);
    on(f, "content_path|cue=" + path + "|" + cueKind);
    return f;
  }

  /** Reporting (the rules' list), believing, denying, confirming, a noun cue, or a verb only the cue model takes. */
  private static String lemmaClass(String lemma, Token v) {
    if (!v.isVerb()) {
      return Cues.REPORTING_NOUNS.contains(lemma) ? "reporting_noun" : "not_verb";
    }
    return Cues.DENYING.contains(lemma) ? "denying" : Cues.CONFIRMING.contains(lemma) ? "confirming"
        : Cues.BELIEVING.contains(lemma) ? "believing" : Cues.REPORTING.contains(lemma) ? "reporting" : "learnt";
  }

  private static void on(Map<String, Double> f, String name) {
    f.put(name.replace('\t', ' ').replace('|', '/'), 1.0);
  }

  private static int words(String text, Span s) {
    int n = 0;
    boolean in = false;
    for (int i = s.begin(); i < s.end() && i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      n += w && !in ? 1 : 0;
      in = w;
    }
    return n;
  }
}
